/**
 * Search across the whole catalogue: parameters of every endpoint, products,
 * error codes and statuses, and push notification fields. Support staff ask
 * things like "what does -55 mean on AutoApplyOrder?": numbers match codes,
 * endpoint names narrow the search, the other words must all appear.
 */
import { REQUEST_ENDPOINT_IDS, paramsOf } from './endpoints';
import { ERRORS, STATUSES, UNNUMBERED_ERRORS } from './errors';
import { PRODUCT_SPECS } from './products';
import { PUSH_FIELDS, PUSH_STATUSES } from './push';
import type {
  EndpointId,
  ErrorSpec,
  ParamSpec,
  ProductSpec,
  PushStatusSpec,
  RequestEndpointId,
  ResponseFieldSpec,
  UnnumberedErrorSpec,
} from './types';

export type CatalogueEntry =
  | { readonly kind: 'param'; readonly endpoint: RequestEndpointId; readonly param: ParamSpec }
  | { readonly kind: 'product'; readonly product: ProductSpec }
  | { readonly kind: 'error'; readonly endpoint: RequestEndpointId; readonly error: ErrorSpec }
  | { readonly kind: 'status'; readonly endpoint: RequestEndpointId; readonly status: ErrorSpec }
  | {
      readonly kind: 'unnumbered-error';
      readonly endpoint: RequestEndpointId;
      readonly error: UnnumberedErrorSpec;
    }
  | { readonly kind: 'push-status'; readonly status: PushStatusSpec }
  | { readonly kind: 'push-field'; readonly field: ResponseFieldSpec };

export type CatalogueKind = CatalogueEntry['kind'];

function buildCatalogue(): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  for (const endpoint of REQUEST_ENDPOINT_IDS) {
    const params = paramsOf(endpoint);
    for (const param of params) entries.push({ kind: 'param', endpoint, param });
  }
  for (const endpoint of REQUEST_ENDPOINT_IDS) {
    const errors: readonly ErrorSpec[] = ERRORS[endpoint];
    for (const error of errors) entries.push({ kind: 'error', endpoint, error });
    const statuses: readonly ErrorSpec[] = STATUSES[endpoint];
    for (const status of statuses) entries.push({ kind: 'status', endpoint, status });
  }
  for (const unnumbered of UNNUMBERED_ERRORS as readonly (UnnumberedErrorSpec & {
    endpoint: RequestEndpointId;
  })[]) {
    entries.push({ kind: 'unnumbered-error', endpoint: unnumbered.endpoint, error: unnumbered });
  }
  for (const product of PRODUCT_SPECS) entries.push({ kind: 'product', product });
  for (const status of PUSH_STATUSES as readonly PushStatusSpec[]) {
    entries.push({ kind: 'push-status', status });
  }
  for (const field of PUSH_FIELDS as readonly ResponseFieldSpec[]) {
    entries.push({ kind: 'push-field', field });
  }
  return entries;
}

let catalogue: CatalogueEntry[] | undefined;
/** Every entry, built once. */
export function getCatalogue(): readonly CatalogueEntry[] {
  catalogue ??= buildCatalogue();
  return catalogue;
}

export function entryEndpoint(entry: CatalogueEntry): EndpointId | undefined {
  switch (entry.kind) {
    case 'product':
      return entry.product.endpoint;
    case 'push-status':
    case 'push-field':
      return 'Push';
    default:
      return entry.endpoint;
  }
}

/** The text a word query is matched against. */
function entryText(entry: CatalogueEntry): string {
  switch (entry.kind) {
    case 'param': {
      const { param } = entry;
      return [
        param.name,
        ...(param.aliases ?? []),
        param.label,
        param.group,
        param.description,
        param.condition ?? '',
        ...(param.values ?? []).flatMap((value) => [value.value, value.label]),
      ].join(' ');
    }
    case 'product': {
      const { product } = entry;
      return [
        product.name,
        product.brand ?? '',
        product.family,
        product.validation ?? '',
        product.wildcard ? 'wildcard' : '',
        product.multiDomain ? 'multi-domain multidomain' : '',
        product.ucc ? 'ucc unified communications' : '',
        product.family === 'smime' ? 's/mime smime email' : '',
      ].join(' ');
    }
    case 'error':
    case 'status':
      return [
        'error',
        entry.kind === 'error' ? entry.error.message : entry.status.message,
        (entry.kind === 'error' ? entry.error.description : entry.status.description) ?? '',
      ].join(' ');
    case 'unnumbered-error':
      return `error ${entry.error.description}`;
    case 'push-status':
      return `push webhook ${entry.status.status} ${entry.status.statusDesc}`;
    case 'push-field':
      return `push webhook ${entry.field.name} ${entry.field.meaning}`;
  }
}

function entryCodes(entry: CatalogueEntry): number[] {
  switch (entry.kind) {
    case 'product':
      return [entry.product.code];
    case 'error':
      return [entry.error.code];
    case 'status':
      return [entry.status.code];
    case 'push-status':
      return entry.status.statusCode === null ? [] : [entry.status.statusCode];
    default:
      return [];
  }
}

const ENDPOINT_WORDS: readonly [string, EndpointId][] = [
  ['requestandcollectsmime', 'RequestAndCollectSMIME'],
  ['autoreplacesmime', 'AutoReplaceSMIME'],
  ['autoapplyorder', 'AutoApplyOrder'],
  ['autoapplyssl', 'AutoApplyOrder'],
  ['placeorder', 'PlaceOrder'],
  ['webhook', 'Push'],
  ['push', 'Push'],
];

/** Words of a question that say nothing about what is asked for. */
const STOP_WORDS = new Set(
  'what does do is are the a an on in for of mean means meaning code error errors status to with by how which'.split(
    ' ',
  ),
);

export interface CatalogueQuery {
  readonly endpoints: readonly EndpointId[];
  readonly codes: readonly number[];
  readonly words: readonly string[];
}

/** Splits a free-text question into endpoint names, numbers and words. */
export function parseCatalogueQuery(text: string): CatalogueQuery {
  const endpoints: EndpointId[] = [];
  const codes: number[] = [];
  const words: string[] = [];
  // Bounded: a search box never needs more than a short question.
  for (const raw of text
    .slice(0, 500)
    .toLowerCase()
    .split(/[\s,;?]+/)) {
    const token = raw.replace(/^[!'"(]+|[)'".:!]+$/g, '');
    if (!token) continue;
    const endpoint = ENDPOINT_WORDS.find(([word]) => token === word || token === `!${word}`);
    if (endpoint) {
      if (!endpoints.includes(endpoint[1])) endpoints.push(endpoint[1]);
    } else if (/^[-+]?\d{1,9}$/.test(token)) {
      codes.push(Number(token));
    } else if (!STOP_WORDS.has(token)) {
      words.push(token);
    }
  }
  return { endpoints, codes, words };
}

export interface CatalogueSearchOptions {
  readonly endpoint?: EndpointId;
  readonly kinds?: readonly CatalogueKind[];
}

/**
 * Entries matching the query, best first. A number matches an entry whose code
 * is that number (a positive number also finds the negative error code, since
 * people drop the sign); words must all appear in the entry's text; an exact
 * parameter-name match ranks first.
 */
export function searchCatalogue(
  text: string,
  options: CatalogueSearchOptions = {},
): CatalogueEntry[] {
  const query = parseCatalogueQuery(text);
  const endpoints = options.endpoint ? [options.endpoint] : query.endpoints;
  const scored: { entry: CatalogueEntry; score: number; order: number }[] = [];
  getCatalogue().forEach((entry, order) => {
    if (options.kinds && !options.kinds.includes(entry.kind)) return;
    const endpoint = entryEndpoint(entry);
    if (endpoints.length > 0 && (!endpoint || !endpoints.includes(endpoint))) return;
    let score = 0;
    if (query.codes.length > 0) {
      const codes = entryCodes(entry);
      const exact = query.codes.some((code) => codes.includes(code));
      const unsigned = query.codes.some((code) => code > 0 && codes.includes(-code));
      if (!exact && !unsigned) return;
      score += exact ? 100 : 50;
    }
    if (query.words.length > 0) {
      const haystack = entryText(entry).toLowerCase();
      if (!query.words.every((word) => haystack.includes(word))) return;
      if (entry.kind === 'param') {
        const names = [entry.param.name, ...(entry.param.aliases ?? [])].map((n) =>
          n.toLowerCase(),
        );
        if (query.words.some((word) => names.includes(word))) score += 200;
        else if (query.words.some((word) => names.some((name) => name.includes(word)))) score += 20;
      }
      score += 1;
    }
    if (query.codes.length === 0 && query.words.length === 0 && endpoints.length === 0) return;
    scored.push({ entry, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map(({ entry }) => entry);
}
