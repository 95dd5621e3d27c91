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
export type { KeyAlgorithm } from './pki/keyAlgorithm';

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

// Keys and CSRs (WebCrypto + @peculiar/x509). UI code loads these with a dynamic
// import() so the PKI libraries stay out of the first page load.
export { KEY_ALGORITHMS, KEY_ALGORITHM_IDS } from './pki/algorithms';
export {
  generateKeyAndCsr,
  createCsr,
  checkCsrRequest,
  InvalidCsrRequestError,
  type CsrRequest,
} from './pki/generateKeyAndCsr';
export { encryptPrivateKey, checkPassphrase, PBKDF2_ITERATIONS } from './pki/encryptPrivateKey';
export { readPrivateKey, type ReadPrivateKeyResult } from './pki/readPrivateKey';
export { opensslReqCommand } from './pki/opensslCommand';
export { SUBJECT_FIELDS, type CsrSubject } from './pki/subject';
export { inspectCsr, type InspectResult, type Finding } from './pki/inspectCsr';
export { computeDcv } from './pki/dcv';

// Requests: buildRequest and the outputs it is made of.
export * from './order';

// Responses: decodeResponse, batch decoding and the parsers behind them.
export * from './response';

// Certificates in responses: decoding, chain and validity checks, PKCS#12.
export * from './cert';
export { checkKeyAgainstCsr, type KeyMatch } from './pki/checkKeyAgainstCsr';
