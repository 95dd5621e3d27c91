/**
 * Request building (issue 5): what src/core/index.ts re-exports from this
 * folder. Everything else here is internal.
 */
export type {
  BuildRequestOptions,
  BuiltRequest,
  FormPost,
  OrderEndpointId,
  OrderIssue,
} from './types';
export { buildRequest } from './buildRequest';
export { valuesFromQuery } from './valuesFromQuery';
export { SECRET_MASK } from './maskSecrets';
export {
  toCurl,
  shellQuote,
  secretSetup,
  DEFAULT_SECRET_FILE,
  DEFAULT_SECRET_VARIABLE,
  type SecretSource,
} from './toCurl';
export { toHtmlForm, escapeHtml } from './toHtmlForm';
export { toOrderingUrl, MAX_SAFE_URL_LENGTH } from './toOrderingUrl';
