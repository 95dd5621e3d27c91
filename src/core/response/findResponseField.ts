/**
 * Case-insensitive look-ups in the response field tables (Sectigo ignores the
 * case of names: shared/api-docs/README.md). Maps keyed by lower-case name, so
 * a field called `__proto__` or `constructor` is just a name.
 */
import { PUSH_FIELDS } from '../spec/push';
import { RESPONSE_FIELDS } from '../spec/responses';
import type { EndpointId, ResponseFieldSpec } from '../spec/types';

export const ENDPOINT_IDS: readonly EndpointId[] = [
  'PlaceOrder',
  'AutoApplyOrder',
  'AutoReplaceSMIME',
  'RequestAndCollectSMIME',
  'Push',
];

const TABLES: Record<EndpointId, readonly ResponseFieldSpec[]> = {
  ...RESPONSE_FIELDS,
  Push: PUSH_FIELDS,
};

const BY_ENDPOINT = new Map<EndpointId, ReadonlyMap<string, ResponseFieldSpec>>(
  ENDPOINT_IDS.map((endpoint) => [
    endpoint,
    new Map(TABLES[endpoint].map((spec) => [spec.name.toLowerCase(), spec])),
  ]),
);

const SPELLING = new Map<string, string>();
const KNOWN_BY = new Map<string, EndpointId[]>();
for (const endpoint of ENDPOINT_IDS) {
  for (const spec of TABLES[endpoint]) {
    const key = spec.name.toLowerCase();
    if (!SPELLING.has(key)) SPELLING.set(key, spec.name);
    const endpoints = KNOWN_BY.get(key) ?? [];
    endpoints.push(endpoint);
    KNOWN_BY.set(key, endpoints);
  }
}

/** The documented field of `endpoint` called `name` (any case). */
export function findResponseField(
  endpoint: EndpointId,
  name: string,
): ResponseFieldSpec | undefined {
  return BY_ENDPOINT.get(endpoint)?.get(name.toLowerCase());
}

/** The documented spelling of a field name on any endpoint. */
export function documentedSpelling(name: string): string | undefined {
  return SPELLING.get(name.toLowerCase());
}

/** The endpoints whose tables list a field of this name (any case). */
export function endpointsKnowingField(name: string): readonly EndpointId[] {
  return KNOWN_BY.get(name.toLowerCase()) ?? [];
}

export function isEndpointId(value: unknown): value is EndpointId {
  return typeof value === 'string' && (ENDPOINT_IDS as readonly string[]).includes(value);
}
