/**
 * The reseller API as typed data, each entry citing its document in
 * test/fixtures/api-docs: endpoints and their parameters, products, value
 * lists, error codes, push statuses, response fields and samples, and the
 * rules that span fields. The bottom layer of the core: it imports nothing
 * else from it, and it is free of @peculiar/x509.
 */
export type {
  AllowedValue,
  Applicability,
  EndpointId,
  EndpointSpec,
  ErrorSpec,
  ParamFormat,
  ParamSpec,
  ParamType,
  ProductFamily,
  ProductSpec,
  PushStatusSpec,
  RequestEndpointId,
  Severity,
  Requirement,
  ResponseFieldSpec,
  Source,
  SourceDoc,
  UnnumberedErrorSpec,
  ValidationLevel,
  ValueList,
} from './types';
export { ENDPOINTS, REQUEST_ENDPOINT_IDS, findParam, paramsOf } from './endpoints';
/**
 * !PlaceOrder's table alone (paramsOf('PlaceOrder') reaches every endpoint's):
 * the order result page reads it before it can show the outcome.
 */
export { PLACE_ORDER_PARAMS } from './params/placeOrder';
export { ERRORS, STATUSES, UNNUMBERED_ERRORS } from './errors';
export { PRODUCTS, PRODUCT_SPECS, findProduct, productsOrderedWith } from './products';
export { PUSH_FIELDS, PUSH_STATUSES, CALLBACK_LINKS } from './push';
export { RESPONSE_FIELDS, SAMPLE_RESPONSES, type SampleResponse } from './responses';
export * as values from './values';
/**
 * The languages Sectigo emails in, by name as well: the first load needs this
 * list alone, and a bundler keeps a whole namespace object it is read through.
 */
export { LANGUAGES } from './languages';
export {
  CROSS_FIELD_RULES,
  PRESELECTS,
  checkCrossFieldRules,
  paramValues,
  type CrossFieldRule,
  type ParamValues,
  type RuleViolation,
} from './rules';
export { ISO_3166_ALPHA2, isIso3166Alpha2 } from './iso3166';
export { VALIDITY_LINE } from './validityLine';
export {
  searchCatalogue,
  parseCatalogueQuery,
  getCatalogue,
  entryEndpoint,
  type CatalogueEntry,
  type CatalogueKind,
  type CatalogueQuery,
  type CatalogueSearchOptions,
} from './searchCatalogue';
