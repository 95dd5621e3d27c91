/**
 * The public core API of the order desk (contract: shared/DESIGN.md). Pure
 * TypeScript with no DOM: it runs in the browser and on Node >= 20, so
 * resellers can reuse it on a back end. Everything not exported here is internal.
 */
export type {
  AllowedValue,
  EndpointId,
  EndpointSpec,
  ErrorSpec,
  ParamSpec,
  ProductSpec,
  PushStatusSpec,
  RequestEndpointId,
  ResponseFieldSpec,
  Source,
  SourceDoc,
} from './spec/types';

/** Key algorithms the app generates (shared/DESIGN.md; Sectigo accepts RSA 2048-8192 and P-256/384/521). */
export type KeyAlgorithm =
  'RSA-2048' | 'RSA-3072' | 'RSA-4096' | 'RSA-8192' | 'P-256' | 'P-384' | 'P-521';

export { ENDPOINTS, REQUEST_ENDPOINT_IDS, findParam } from './spec/endpoints';
export { ERRORS, STATUSES, UNNUMBERED_ERRORS } from './spec/errors';
export { PRODUCTS } from './spec/products';
export { PUSH_FIELDS, PUSH_STATUSES, CALLBACK_LINKS } from './spec/push';
export { RESPONSE_FIELDS, SAMPLE_RESPONSES } from './spec/responses';
export * as values from './spec/values';
export { CROSS_FIELD_RULES, checkCrossFieldRules } from './spec/rules';
export { isIso3166Alpha2 } from './spec/iso3166';
export { searchCatalogue, parseCatalogueQuery } from './spec/searchCatalogue';
export { paramSchema, endpointSchema } from './schema/paramSchema';
