/**
 * Checks one parameter's value against its table row: type, maximum length,
 * allowed values and format, through `paramSchema` (so the rules are the
 * tables'), plus the entries of the documents' "comma or white-space
 * separated" lists. The Sectigo code is -4 ("The value of the 'xxxx' argument
 * is invalid!"), or the endpoint's more specific one where it documents it:
 * -70 "Invalid Email Address!" for an email, -7 "'xx' is not a valid ISO-3166
 * country!" for a country.
 */
import * as v from 'valibot';
import { FORMAT_CHECKS, splitList } from '../schema/formats';
import { displayName, paramSchema } from '../schema/paramSchema';
import { unlistedValueRule } from '../spec/rules';
import { DCV_DOMAIN_TOKENS, DCV_MAGIC_TOKENS } from '../spec/values';
import type { ParamFormat, ParamSpec } from '../spec/types';
import { codeOf } from './documentedCode';
import { describeValue } from './describeValue';
import type { OrderEndpointId, OrderIssue, OrderParam } from './types';

/** The code a failed format check causes, where the endpoint documents a specific one. */
const FORMAT_CODES: Partial<Record<ParamFormat, number>> = {
  email: -70,
  emailList: -70,
  country: -7,
};

const DCV_TOKENS = new Set<string>(
  [...DCV_DOMAIN_TOKENS.values, ...DCV_MAGIC_TOKENS.values].map((token) => token.value),
);

/** RFC 5321 caps a path at 256 octets, so an address is at most 254 characters; longer is not tried (the check is quadratic). */
const MAX_EMAIL_LENGTH = 254;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function formatCode(endpoint: OrderEndpointId, format: ParamFormat | undefined) {
  const specific = format === undefined ? undefined : FORMAT_CODES[format];
  const code = specific === undefined ? {} : codeOf(endpoint, specific);
  return code.code === undefined ? codeOf(endpoint, -4) : code;
}

/**
 * Characters no output can carry exactly: NUL (an HTML parser turns it into
 * U+FFFD and a shell argument cannot contain it) and unpaired surrogates
 * (broken UTF-16, which becomes U+FFFD in UTF-8). Sectigo would receive
 * something other than what was typed, so these are errors.
 */
export function carriageIssues(field: string, text: string, what: 'name' | 'value'): OrderIssue[] {
  const issues: OrderIssue[] = [];
  if (text.includes('\u0000')) {
    issues.push({
      field,
      severity: 'error',
      message: `The ${what} of ${field} contains a NUL character (U+0000), which neither an HTML form nor a shell command can carry; remove it.`,
    });
  }
  if (LONE_SURROGATE.test(text)) {
    issues.push({
      field,
      severity: 'error',
      message: `The ${what} of ${field} contains a broken Unicode character (an unpaired surrogate), which cannot be sent as UTF-8; retype it.`,
    });
  }
  return issues;
}

/** Entries of an email list that are neither an address nor a documented DCV token. */
function listEntryIssue(
  endpoint: OrderEndpointId,
  param: OrderParam,
  spec: ParamSpec,
): OrderIssue | null {
  const format = spec.format;
  if (format !== 'emailList' && format !== 'tokenList') return null;
  const entries = splitList(param.value);
  const bad = entries.filter((entry) => {
    if (DCV_TOKENS.has(entry.toUpperCase())) return false;
    if (format === 'tokenList') return true;
    return entry.length > MAX_EMAIL_LENGTH || FORMAT_CHECKS.email(entry) !== null;
  });
  const first = bad[0];
  if (first === undefined) return null;
  const tokens = [...DCV_TOKENS].join(', ');
  const what =
    format === 'tokenList'
      ? `a DCV token (${tokens})`
      : `an email address or a DCV token (${tokens})`;
  const more = bad.length > 1 ? ` (and ${bad.length - 1} more)` : '';
  return {
    field: param.name,
    severity: 'error',
    message: `${param.name}: ${describeValue(first)}${more} is not ${what}.`,
    ...formatCode(endpoint, format),
  };
}

export function validateValue(endpoint: OrderEndpointId, param: OrderParam): OrderIssue[] {
  const issues = [
    ...(param.spec === undefined ? carriageIssues(param.name, param.name, 'name') : []),
    ...carriageIssues(param.name, param.value, 'value'),
  ];
  const spec = param.spec;
  if (spec === undefined) return issues;

  if (spec.deprecated === true) {
    issues.push({
      field: param.name,
      severity: 'warning',
      message: `${param.name} is deprecated in the documents: ${spec.description}`,
    });
  }

  // A value the documents mention without saying how to send it (spec/rules.ts): a warning, not a rejection.
  const unlisted = unlistedValueRule(endpoint, spec.name, param.value);
  if (unlisted !== undefined) {
    issues.push({
      field: param.name,
      severity: 'warning',
      message: `${param.name}=${param.value.trim()} ${unlisted.message}`,
      rule: unlisted.id,
    });
    return issues;
  }

  // Over the limit, only the length is reported: the other checks add nothing
  // and some (the email pattern) are slow on a huge paste.
  const tooLong = spec.maxLength !== undefined && param.value.length > spec.maxLength;
  const result = v.safeParse(paramSchema(spec), param.value, { abortPipeEarly: tooLong });
  const formatProblem =
    spec.format === undefined || tooLong ? null : FORMAT_CHECKS[spec.format](param.value);
  const label = displayName(spec);
  const formatMessage = formatProblem === null ? null : `${label} ${formatProblem}.`;
  for (const issue of result.issues ?? []) {
    // The schema names the parameter as in the table (`x_csr`); name it as sent (`1_csr`).
    const message = issue.message.startsWith(`${label} `)
      ? `${param.name}${issue.message.slice(label.length)}`
      : issue.message;
    issues.push({
      field: param.name,
      severity: 'error',
      message,
      ...(issue.message === formatMessage
        ? formatCode(endpoint, spec.format)
        : codeOf(endpoint, -4)),
    });
  }

  if (!tooLong && result.success) {
    const entryIssue = listEntryIssue(endpoint, param, spec);
    if (entryIssue !== null) issues.push(entryIssue);
  }
  return issues;
}
