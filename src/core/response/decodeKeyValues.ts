/**
 * Decodes responses made of named values: URL-encoded bodies and redirect
 * query strings, JSON (!AutoReplaceSMIME responseFormat=2), JavaScript
 * variables (RequestAndCollectSMIME responseEncoding=2) and push notifications.
 */
import { EXPECTED_DELIVERY_TIMES } from '../spec/values';
import type { EndpointId } from '../spec/types';
import { buildCallbackLinks } from './buildCallbackLinks';
import { collectCertificates } from './collectCertificates';
import type { Draft, ResolvedContext } from './draft';
import { explainError, explainStatus } from './explainError';
import { explainPushStatus } from './explainPushStatus';
import { FIELD_ROLES, rolesOf } from './fieldRoles';
import type { FieldNameOf } from './fieldRoles';
import { ENDPOINT_IDS, documentedSpelling, findResponseField } from './findResponseField';
import { describeGuess, guessEndpoint } from './guessEndpoint';
import type { SyntacticFormat } from './guessEndpoint';
import type { JsValueKind } from './parseJavaScriptVars';
import { parseStatusCode } from './parseStatusCode';
import { RESPONSE_FORMATS } from './responseFormats';
import type { DecodedField } from './types';

export interface NamedValue {
  readonly name: string;
  readonly value: string;
  /** For JavaScript variables: what kind of literal (or expression) the value was. */
  readonly kind?: JsValueKind;
}

export interface KeyValueInput {
  readonly format: Exclude<SyntacticFormat, 'lines'>;
  readonly values: readonly NamedValue[];
}

/** Lower-case names of every endpoint's status and message fields, for guessing. */
const ALL_ROLES = ENDPOINT_IDS.map(rolesOf);
const STATUS_NAMES = new Set(ALL_ROLES.map((roles) => roles.status.toLowerCase()));
const MESSAGE_NAMES = new Set(
  ALL_ROLES.flatMap((roles) => (roles.message === undefined ? [] : [roles.message.toLowerCase()])),
);
const ITEM_NAMES = new Set(
  ALL_ROLES.flatMap((roles) => (roles.item === undefined ? [] : [roles.item.toLowerCase()])),
);
const MAX_LISTED_NAMES = 10;

export function decodeKeyValues(
  draft: Draft,
  input: KeyValueInput,
  context: ResolvedContext,
): void {
  const { values } = input;
  const byName = new Map<string, NamedValue>();
  const repeated = new Set<string>();
  for (const entry of values) {
    const key = entry.name.toLowerCase();
    if (byName.has(key)) repeated.add(spelling(entry.name));
    else byName.set(key, entry);
  }

  const endpoint = context.endpoint ?? guess(draft, input, byName);
  draft.endpoint = endpoint;
  draft.format = endpoint === 'Push' && input.format === 'urlencoded' ? 'push' : input.format;
  const formats: readonly string[] = RESPONSE_FORMATS[endpoint].formats;
  if (!formats.includes(draft.format))
    draft.note(
      `${endpoint} does not document ${input.format} responses; decoded with its tables anyway.`,
    );

  const roles = rolesOf(endpoint);
  const get = (name: string | undefined) =>
    name === undefined ? undefined : byName.get(name.toLowerCase());
  // The endpoint's own field, else another endpoint's field for the same part
  // (errorCode sent where g_errorCode is documented, errorItem on !AutoApplyOrder ...).
  const either = (name: string | undefined, names: ReadonlySet<string>, part: string) => {
    const own = get(name);
    if (own !== undefined || endpoint === 'Push') return own;
    const other = firstOf(byName, names);
    if (other !== undefined)
      draft.note(
        `${endpoint} documents ${name ?? `no ${part} field`}; ${spelling(other.name)} was read as its ${part}.`,
      );
    return other;
  };

  const statusEntry = either(roles.status, STATUS_NAMES, 'status');
  readStatus(
    draft,
    endpoint,
    statusEntry,
    roles.successOnly.some((name) => get(name)),
  );
  const statusKey = (statusEntry?.name ?? roles.status).toLowerCase();
  const status = draft.status;
  if (endpoint === 'Push') decodePush(draft, get);

  if (status !== null && status < 0) {
    draft.error = explainError(endpoint, status, {
      ...optional('message', either(roles.message, MESSAGE_NAMES, 'error message')?.value),
      ...optional('item', either(roles.item, ITEM_NAMES, 'error item')?.value),
    });
  } else if (status !== null) {
    draft.statusInfo = explainStatus(endpoint, status);
  }

  const undocumented: string[] = [];
  for (const entry of values) {
    const spec = findResponseField(endpoint, entry.name);
    if (spec === undefined) undocumented.push(entry.name);
    const name = spec?.name ?? documentedSpelling(entry.name) ?? entry.name;
    const valueMeaning = meaningOfValue(draft, endpoint, name, entry.value, statusKey);
    const field: DecodedField = {
      name,
      value: entry.value,
      ...(spec === undefined ? {} : { meaning: spec.meaning }),
      ...(valueMeaning === undefined ? {} : { valueMeaning }),
      documented: spec !== undefined,
    };
    draft.fields.push(field);
    if (entry.kind === 'expression')
      draft.note(
        `${name} is not a literal value (${truncate(entry.value)}); it was kept as text and never evaluated.`,
      );
  }
  if (undocumented.length > 0) {
    const listed = undocumented
      .slice(0, MAX_LISTED_NAMES)
      .map((name) => JSON.stringify(truncate(name)));
    const more =
      undocumented.length > MAX_LISTED_NAMES
        ? ` and ${undocumented.length - MAX_LISTED_NAMES} more`
        : '';
    draft.note(`Not documented for ${endpoint}: ${listed.join(', ')}${more}.`);
  }
  if (repeated.size > 0)
    draft.note(
      `Given more than once (the first one counts): ${[...repeated]
        .slice(0, MAX_LISTED_NAMES)
        .map((name) => JSON.stringify(truncate(name)))
        .join(', ')}.`,
    );

  // Certificates, in the order the fields were given.
  const payload = new Set((roles.payload ?? []).map((name) => name.toLowerCase()));
  for (const entry of values) {
    const isPayload = payload.has(entry.name.toLowerCase());
    if (!isPayload && !entry.value.includes('BEGIN')) continue;
    const found = collectCertificates(draft, entry.value, {
      where: `in ${spelling(entry.name)}`,
      spacesMayBePlus: input.format === 'urlencoded',
      bareBase64: isPayload,
    });
    if (isPayload && !found && entry.value.trim() !== '')
      draft.note(`${spelling(entry.name)} holds no certificate data.`);
  }
}

function firstOf(
  byName: ReadonlyMap<string, NamedValue>,
  names: ReadonlySet<string>,
): NamedValue | undefined {
  for (const name of names) {
    const entry = byName.get(name);
    if (entry !== undefined) return entry;
  }
  return undefined;
}

function guess(
  draft: Draft,
  input: KeyValueInput,
  byName: ReadonlyMap<string, NamedValue>,
): EndpointId {
  let status: number | null = null;
  let message: string | undefined;
  let item: string | undefined;
  for (const [key, entry] of byName) {
    if (status === null && STATUS_NAMES.has(key)) status = parseStatusCode(entry.value) ?? null;
    if (message === undefined && MESSAGE_NAMES.has(key)) message = entry.value;
    if (item === undefined && ITEM_NAMES.has(key)) item = entry.value;
  }
  const result = guessEndpoint({
    format: input.format,
    fieldNames: [...byName.values()].map((entry) => entry.name),
    status,
    ...optional('message', message),
    ...optional('item', item),
  });
  draft.endpointGuessed = true;
  draft.endpointCandidates = result.candidates;
  draft.note(describeGuess(result));
  return result.endpoint;
}

function readStatus(
  draft: Draft,
  endpoint: EndpointId,
  statusEntry: NamedValue | undefined,
  hasSuccessOnlyField: boolean,
): void {
  const statusName =
    statusEntry === undefined ? rolesOf(endpoint).status : spelling(statusEntry.name);
  if (statusEntry !== undefined) {
    const code = statusEntry.kind === 'expression' ? undefined : parseStatusCode(statusEntry.value);
    if (code === undefined) {
      draft.note(`${statusName} is not a whole number, so the status is unknown.`);
      return;
    }
    draft.status = code;
    return;
  }
  if (endpoint === 'Push') {
    draft.note(`There is no ${statusName}: the certificate status is unknown.`);
    return;
  }
  if (hasSuccessOnlyField) {
    // placeorder-smime.txt: errorCode "is always present", yet its sample success
    // response is only "orderNumber=8151164"; a success-only field means success.
    draft.status = 0;
    draft.note(
      `${statusName} was absent; read as success (0) because a field sent only on success is present, as in the documented sample success response.`,
    );
    return;
  }
  draft.note(`${statusName} was absent, so the status is unknown.`);
}

/** Typed against the table, so a renamed field fails to compile. */
const DELIVERY_TIME: FieldNameOf<'AutoApplyOrder'> = 'expectedDeliveryTime';

function meaningOfValue(
  draft: Draft,
  endpoint: EndpointId,
  name: string,
  value: string,
  statusKey: string,
): string | undefined {
  const status = draft.status;
  if (name.toLowerCase() === statusKey && status !== null) {
    if (endpoint === 'Push') return draft.push?.documentedDesc;
    return draft.error?.message ?? draft.statusInfo?.message;
  }
  if (endpoint === 'AutoApplyOrder' && name === DELIVERY_TIME) {
    return EXPECTED_DELIVERY_TIMES.values.find((entry) => entry.value === value.trim())?.label;
  }
  return undefined;
}

function decodePush(draft: Draft, get: (name: string | undefined) => NamedValue | undefined): void {
  const roles = FIELD_ROLES.Push;
  const push = explainPushStatus(
    draft.status,
    get(roles.statusName)?.value,
    get(roles.statusDesc)?.value,
  );
  draft.push = push;
  if (!push.documented) draft.note('This statusCode / status pair is not in the documented list.');
  const orderNumber = get(roles.orderNumber)?.value;
  const verificationCode = get(roles.verificationCode)?.value;
  if (verificationCode !== undefined && verificationCode.trim() !== '') {
    if (orderNumber === undefined || orderNumber.trim() === '')
      draft.note(
        `${roles.verificationCode} was sent without an ${roles.orderNumber}: no callback link can be built.`,
      );
    else draft.callbackLinks = buildCallbackLinks(orderNumber.trim(), verificationCode.trim());
  }
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

/** A received name in its documented spelling, or shortened for a note. */
function spelling(name: string): string {
  return documentedSpelling(name) ?? truncate(name);
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
