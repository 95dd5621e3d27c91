/**
 * buildRequest: from the values a user typed, the
 * request for one of the four endpoints, checked against the tables in
 * spec/, and written as parameters, a GET ordering URL (!PlaceOrder only), a
 * form post, an HTML snippet and a curl command.
 *
 * User input never throws: every problem is an issue, and the outputs are
 * built anyway from what can be sent (unknown names are left out; invalid
 * values are kept, so nothing typed is lost).
 *
 *   buildRequest('AutoReplaceSMIME', { loginName: 'me', loginPassword: 'pw',
 *     orderNumber: '1234567', csr: pem, REVOKEOLDORDER: 'Y' })
 *   // params: [..., ['revokeOldOrder', 'Y']]; no url (POST only)
 */
import { ENDPOINTS } from '../spec/endpoints';
import { checkCrossFieldRules } from '../spec/rules';
import { checkApplicability } from './checkApplicability';
import { checkProductRules } from './checkProductRules';
import { checkRequired } from './checkRequired';
import { codeOf } from './documentedCode';
import { maskFields, showMaskInUrl } from './maskSecrets';
import { normalizeParams } from './normalizeParams';
import { resolveProducts } from './resolveProducts';
import { curlDataArgument, toCurl } from './toCurl';
import { toHtmlForm } from './toHtmlForm';
import { MAX_SAFE_URL_LENGTH, toOrderingUrl } from './toOrderingUrl';
import type {
  BuildRequestOptions,
  BuiltRequest,
  OrderEndpointId,
  OrderIssue,
  OrderParam,
} from './types';
import { validateValue } from './validateValue';

/** The submit button: the document's HTML example says "Place Order". */
const SUBMIT_LABELS: Record<OrderEndpointId, string> = {
  PlaceOrder: 'Place Order',
  AutoApplyOrder: 'Send order',
  AutoReplaceSMIME: 'Send replacement',
  RequestAndCollectSMIME: 'Send request',
};

/**
 * Linux limits one command-line argument to 128 KiB (MAX_ARG_STRLEN), so curl
 * cannot be given a longer `--data-urlencode` argument.
 */
const MAX_ARGUMENT_BYTES = 128 * 1024;

const encoder = new TextEncoder();

function crossFieldIssues(
  endpoint: OrderEndpointId,
  fields: readonly [string, string][],
): OrderIssue[] {
  return checkCrossFieldRules(endpoint, Object.fromEntries(fields)).map((violation) => ({
    field: violation.field,
    severity: violation.rule.severity,
    message: violation.message,
    ...(violation.rule.code === undefined ? {} : codeOf(endpoint, violation.rule.code)),
    rule: violation.rule.id,
  }));
}

/** The GET URL, withheld when it would carry a secret without the explicit opt-in. */
function orderingUrl(
  endpoint: OrderEndpointId,
  params: readonly OrderParam[],
  fields: readonly [string, string][],
  options: BuildRequestOptions,
): { url?: string; issues: OrderIssue[] } {
  const { url: action, methods } = ENDPOINTS[endpoint];
  // POST-only endpoints answer a GET with -17; they get no URL at all.
  if (!(methods as readonly string[]).includes('GET')) return { issues: [] };
  const issues: OrderIssue[] = [];
  const secrets = params.filter((param) => param.spec?.secret === true);
  const allowed = options.allowPasswordInUrl === true;
  for (const secret of secrets) {
    issues.push({
      field: secret.name,
      severity: 'warning',
      message: allowed
        ? `The ordering URL carries ${secret.name} in clear text, as you chose: anyone who sees the URL (browser history, bookmarks, server logs, Referer headers, a shared screen) can read it. Give it only to the account holder.`
        : `${secret.name} is not put into an ordering URL without your explicit choice: a URL is kept in browser history, bookmarks, server logs and Referer headers, so the URL is withheld. Use the form post or curl, or choose to include the password (the document recommends that only the end-customer, who owns the login, uses an ordering URL with login details).`,
    });
  }
  if (secrets.length > 0 && !allowed) return { issues };

  const url = toOrderingUrl(action, fields);
  if (url.length > MAX_SAFE_URL_LENGTH) {
    const longest = params.reduce<OrderParam | undefined>(
      (best, param) =>
        best === undefined || param.value.length > best.value.length ? param : best,
      undefined,
    );
    issues.push({
      field: longest?.name ?? '',
      severity: 'warning',
      message: `The ordering URL is ${url.length.toLocaleString('en')} characters long${longest === undefined ? '' : ` (${longest.name} is the longest value)`}; browsers, proxies and servers may cut URLs longer than ${MAX_SAFE_URL_LENGTH.toLocaleString('en')} characters. Use the form post instead.`,
    });
  }
  return { url, issues };
}

/** Arguments too long for curl on Linux; the form post has no such limit. */
function curlArgumentIssues(fields: readonly [string, string][]): OrderIssue[] {
  const issues: OrderIssue[] = [];
  for (const [name, value] of fields) {
    // A UTF-16 unit is at most 3 UTF-8 bytes (percent-encoding at most triples that): skip the exact count when it cannot matter.
    if ((name.length + value.length) * 9 < MAX_ARGUMENT_BYTES) continue;
    const [, argument] = curlDataArgument(name, value);
    if (encoder.encode(argument).length <= MAX_ARGUMENT_BYTES) continue;
    issues.push({
      field: name,
      severity: 'warning',
      message: `${name} is longer than one command-line argument may be on Linux (128 KiB), so the curl command would fail there; use the form post.`,
    });
  }
  return issues;
}

/** The same problem found twice (two CodeGuard products missing one `Domains`) is said once. */
function unique(issues: readonly OrderIssue[]): OrderIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.severity}\u0000${issue.field}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function buildRequest(
  endpoint: OrderEndpointId,
  values: Readonly<Record<string, string>>,
  options: BuildRequestOptions = {},
): BuiltRequest {
  if (!Object.hasOwn(ENDPOINTS, endpoint)) {
    // A programming error, not user input (DESIGN: only bugs throw).
    throw new TypeError(`buildRequest: ${endpoint} is not a request endpoint`);
  }
  const action = ENDPOINTS[endpoint].url;
  const { params, issues: nameIssues } = normalizeParams(endpoint, values);
  const fields = params.map((param): [string, string] => [param.name, param.value]);
  const order = resolveProducts(endpoint, params);
  const { url: realUrl, issues: urlIssues } = orderingUrl(endpoint, params, fields, options);

  const issues = unique([
    ...nameIssues,
    ...params.flatMap((param) => validateValue(endpoint, param)),
    ...order.issues,
    ...checkRequired(endpoint, params, order),
    ...checkProductRules(endpoint, params, order),
    ...checkApplicability(endpoint, params, order),
    ...crossFieldIssues(endpoint, fields),
    ...urlIssues,
    ...curlArgumentIssues(fields),
  ]);

  const secretFields = params
    .filter((param) => param.spec?.secret === true)
    .map((param) => param.name);
  const masked = options.mask === true;
  const shown = masked ? maskFields(fields, new Set(secretFields)) : fields;
  const url =
    realUrl === undefined
      ? undefined
      : masked
        ? showMaskInUrl(toOrderingUrl(action, shown))
        : realUrl;

  return {
    ok: !issues.some((issue) => issue.severity === 'error'),
    issues,
    params: shown,
    ...(url === undefined ? {} : { url }),
    form: { action, method: 'POST', fields: shown.map(([name, value]) => [name, value]) },
    html: toHtmlForm(action, shown, SUBMIT_LABELS[endpoint]),
    curl: toCurl(action, shown, {
      secretFields: new Set(secretFields),
      ...(options.curlSecrets === undefined ? {} : { secretSource: options.curlSecrets }),
    }),
    secretFields,
    masked,
  };
}
