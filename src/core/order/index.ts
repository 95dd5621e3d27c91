/**
 * Requests: buildRequest and the outputs it is made of (params in documented
 * order, ordering URL, form post, HTML snippet, curl). Free of @peculiar/x509.
 * Everything not exported here is internal.
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
export { SECRET_MASK, showMaskInUrl } from './maskSecrets';
export { appliesToOrder, isScoped } from './appliesToOrder';
export { paramNeed, type ParamNeed } from './paramNeed';
export { formUrlEncode } from './percentEncode';
export {
  toCurl,
  secretSetup,
  DEFAULT_SECRET_FILE,
  DEFAULT_SECRET_VARIABLE,
  type SecretSource,
} from './toCurl';
export { toHtmlForm, escapeHtml } from './toHtmlForm';
export { toOrderingUrl, MAX_SAFE_URL_LENGTH } from './toOrderingUrl';
export { orderTargetForCsr } from './orderTargetForCsr';
export {
  toCustomerForm,
  type CustomerForm,
  type CustomerFormField,
  type CustomerFormOptions,
  type FieldRole,
} from './toCustomerForm';
export {
  settingParams,
  pickSettings,
  readSettings,
  type ResellerSettings,
} from './resellerSettings';
