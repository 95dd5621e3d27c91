/**
 * The documented value lists shared by several parameters. A parameter table
 * refers to these by name, so a value is written once.
 */
import type { ValueList } from './types';

const yesNo = (yes: string, no: string) =>
  [
    { value: 'Y', label: yes },
    { value: 'N', label: no },
  ] as const;

// In modules of their own: the ordering page's first load needs these lists and no other.
export { LANGUAGES } from './languages';
export { RESELLER_CHARGES } from './resellerCharges';

/** `serverSoftware` codes; the guide recommends -1 as the default. */
export const SERVER_SOFTWARE = {
  values: [
    { value: '-1', label: 'OTHER' },
    { value: '2', label: 'Apache' },
    { value: '10', label: 'Java-based servers' },
    { value: '14', label: 'Microsoft IIS 5.x to 6.x' },
    { value: '35', label: 'Microsoft IIS 7.x and later' },
    { value: '36', label: 'nginx' },
    { value: '18', label: 'Oracle' },
    { value: '30', label: 'Plesk' },
    { value: '31', label: 'WHM/cPanel' },
  ],
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: serverSoftware' },
} as const satisfies ValueList;

/** `days` for certificate products (the web capture truncates this list; README says take the guide's). */
export const DAYS = {
  values: [
    { value: '30', label: '30 days' },
    { value: '90', label: '90 days' },
    { value: '365', label: '1 year (365 days)' },
    { value: '730', label: '2 years (730 days)' },
  ],
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: days' },
} as const satisfies ValueList;

/** `dcvMethod`, default EMAIL (guide; the web capture truncates the list). */
export const DCV_METHODS = {
  values: [
    { value: 'EMAIL', label: 'Email to an approved address' },
    { value: 'HTTP_CSR_HASH', label: 'HTTP(S) file with the CSR hash' },
    { value: 'CNAME_CSR_HASH', label: 'DNS CNAME record with the CSR hash' },
    { value: 'IP_ADDRESS_PRE', label: 'IP address pre-validation' },
  ],
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: dcvMethod' },
} as const satisfies ValueList;

/** Per-domain alternative DCV values inside `dcvEmailAddresses` / `validationTokens`. */
export const DCV_DOMAIN_TOKENS = {
  values: [
    { value: 'HTTPCSRHASH', label: 'HTTP(S) file with the CSR hash' },
    { value: 'CNAMECSRHASH', label: 'DNS CNAME record with the CSR hash' },
    { value: 'IPADDRESSPRE', label: 'IP address pre-validation' },
  ],
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: dcvEmailAddresses' },
} as const satisfies ValueList;

/** Magic tokens that set every domain to one method; must be the only value passed. */
export const DCV_MAGIC_TOKENS = {
  values: [
    { value: 'ALLHTTPCSRHASH', label: 'Every domain by HTTP(S) file' },
    { value: 'ALLCNAMECSRHASH', label: 'Every domain by DNS CNAME' },
    { value: 'ALLIPADDRESSPRE', label: 'Every domain by IP address pre-validation' },
  ],
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: dcvEmailAddresses' },
} as const satisfies ValueList;

/** `BusinessCategory` / `businessCategory` (EV Guidelines clause 5). */
export const BUSINESS_CATEGORIES = {
  values: [
    { value: 'b', label: 'Private Organization' },
    { value: 'c', label: 'Government Entity' },
    { value: 'd', label: 'Business Entity' },
  ],
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: businessCategory' },
} as const satisfies ValueList;

/** `isReturningCustomer` on !PlaceOrder. */
export const RETURNING_CUSTOMER = {
  values: yesNo('This customer already has an account', 'This is a new customer'),
  source: { doc: 'placeorder-smime.txt', section: 'isReturningCustomer' },
} as const satisfies ValueList;

/** `offerCode` on !PlaceOrder. */
export const OFFER_CODES = {
  values: [
    { value: 'FREE_EV_UPGRADE', label: 'FREE_EV_UPGRADE' },
    { value: 'FREE_EV_UPGRADE_REQUIRED', label: 'FREE_EV_UPGRADE_REQUIRED' },
    { value: 'EVSSLPREREGISTRATIONOFFER', label: 'EVSSLPREREGISTRATIONOFFER' },
    { value: 'FREE_HP_UPGRADE', label: 'FREE_HP_UPGRADE' },
  ],
  source: { doc: 'placeorder-smime.txt', section: 'offerCode' },
} as const satisfies ValueList;

/** `x_visibility` on !PlaceOrder. */
export const VISIBILITY = {
  values: [
    { value: '-1', label: 'Visible (default)' },
    { value: '0', label: 'Invisible' },
  ],
  source: { doc: 'placeorder-smime.txt', section: 'x_visibility' },
} as const satisfies ValueList;

/** `x_smimeSubjectCN` on !PlaceOrder (OV S/MIME), default N. */
export const SMIME_SUBJECT_CN = {
  values: yesNo(
    'Put the organization name in the Common Name',
    'No Common Name in the certificate subject',
  ),
  source: { doc: 'placeorder-smime.txt', section: 'x_smimeSubjectCN' },
} as const satisfies ValueList;

/** A plain Y/N flag whose meaning the parameter's description gives. */
export const YES_NO = {
  values: yesNo('Yes', 'No'),
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request (Y or N flags)' },
} as const satisfies ValueList;

/** `isCustomerValidated`: the guide allows only N. */
export const CUSTOMER_VALIDATED = {
  values: [{ value: 'N', label: 'No' }],
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: isCustomerValidated' },
} as const satisfies ValueList;

/** `callbackMethod` for OV/EV callback. */
export const CALLBACK_METHODS = {
  values: [
    { value: 'T', label: 'Telephone call to appRepTelephone with a verification code' },
    { value: 'L', label: 'Letter posted to the applicant representative with a verification code' },
  ],
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: callbackMethod' },
} as const satisfies ValueList;

/** `isAppRepValidated`. */
export const APP_REP_VALIDATED = {
  values: yesNo(
    'The partner has verified the representative’s contact details from an independent source (RA privileges needed)',
    'Sectigo verifies the representative’s contact details before the callback',
  ),
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: isAppRepValidated' },
} as const satisfies ValueList;

/** `isCallbackCompleted`. */
export const CALLBACK_COMPLETED = {
  values: yesNo(
    'The partner has completed the callback (RA privileges needed; needs isAppRepValidated=Y)',
    'Sectigo performs the callback with callbackMethod',
  ),
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: isCallbackCompleted' },
} as const satisfies ValueList;

/** `prioritiseCSRValues`, default Y. */
export const PRIORITISE_CSR_VALUES = {
  values: yesNo(
    'Use the CSR’s value where a field is in both',
    'Use the request parameter’s value where a field is in both',
  ),
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: prioritiseCSRValues' },
} as const satisfies ValueList;

/** `omitAdditionalFQDN`, default N. */
export const OMIT_ADDITIONAL_FQDN = {
  values: yesNo(
    'Do not add the extra www./bare FQDN',
    'Add www.<domain> (or <domain> for www.<domain>)',
  ),
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: omitAdditionalFQDN' },
} as const satisfies ValueList;

/** `responseFormat` on !AutoApplyOrder, default 0. */
export const AUTOAPPLY_RESPONSE_FORMATS = {
  values: [
    { value: '0', label: 'Newline-delimited (text/plain)' },
    { value: '1', label: 'URL-encoded' },
  ],
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: responseFormat' },
} as const satisfies ValueList;

/** `responseFormat` on !AutoReplaceSMIME, default 0. */
export const AUTOREPLACE_RESPONSE_FORMATS = {
  values: [
    { value: '0', label: 'Newline-delimited parameters' },
    { value: '1', label: 'URL-encoded parameters' },
    { value: '2', label: 'JSON' },
  ],
  source: { doc: 'autoreplacesmime.txt', section: 'responseFormat' },
} as const satisfies ValueList;

/** `signatureHash` on !AutoReplaceSMIME, default NO_PREFERENCE. */
export const SIGNATURE_HASHES = {
  values: [
    { value: 'NO_PREFERENCE', label: 'Let Sectigo decide' },
    {
      value: 'INFER_FROM_CSR',
      label: 'SHA-1 if the CSR is signed with SHA-1 or MD5, otherwise prefer SHA-2',
    },
    { value: 'PREFER_SHA2', label: 'SHA-2 if a suitable Sub-CA is available, otherwise SHA-1' },
    {
      value: 'REQUIRE_SHA2',
      label: 'SHA-2 only; issuance waits until a suitable Sub-CA is available',
    },
  ],
  source: { doc: 'autoreplacesmime.txt', section: 'signatureHash' },
} as const satisfies ValueList;

/** `revokeOldOrder` on !AutoReplaceSMIME, default N. */
export const REVOKE_OLD_ORDER = {
  values: yesNo(
    'Revoke the issued certificate of the replaced order',
    'Do not revoke the replaced order’s certificate',
  ),
  source: { doc: 'autoreplacesmime.txt', section: 'revokeOldOrder' },
} as const satisfies ValueList;

/** `queryType` on RequestAndCollectSMIME (required). */
export const QUERY_TYPES = {
  values: [
    { value: '0', label: 'Status only' },
    { value: '1', label: 'Status, certificate and intermediates/roots when ready' },
    { value: '2', label: 'Status and certificate only (crt)' },
    { value: '3', label: 'Status and intermediates/roots only (cabundle)' },
  ],
  source: { doc: 'requestandcollectsmime.txt', section: 'queryType' },
} as const satisfies ValueList;

/** `responseType` on RequestAndCollectSMIME, default 3. */
export const RESPONSE_TYPES = {
  values: [
    { value: '1', label: 'Netscape Certificate Sequence (needs queryType=1)' },
    { value: '2', label: 'PKCS#7 (needs queryType=1)' },
    { value: '3', label: 'Individually encoded' },
    { value: '4', label: 'CMMF (needs queryType=1)' },
  ],
  source: { doc: 'requestandcollectsmime.txt', section: 'responseType' },
} as const satisfies ValueList;

/** `responseEncoding` on RequestAndCollectSMIME, default 0. */
export const RESPONSE_ENCODINGS = {
  values: [
    { value: '0', label: 'Base64' },
    { value: '1', label: 'Binary (needs queryType=1 and responseType=2)' },
    { value: '2', label: 'JavaScript variables g_ccc and g_errorCode' },
  ],
  source: { doc: 'requestandcollectsmime.txt', section: 'responseEncoding' },
} as const satisfies ValueList;

/** `showValidityPeriod` on RequestAndCollectSMIME, default N; only for responseEncoding=0. */
export const SHOW_VALIDITY_PERIOD = {
  values: yesNo('Show the validity period', 'Do not show the validity period'),
  source: { doc: 'requestandcollectsmime.txt', section: 'showValidityPeriod' },
} as const satisfies ValueList;

/** `expectedDeliveryTime` in hours (!AutoApplyOrder responseFormat=1). */
export const EXPECTED_DELIVERY_TIMES = {
  values: [
    { value: '0', label: 'Immediately' },
    { value: '1', label: 'About an hour' },
    { value: '24', label: 'About a day' },
    { value: '48', label: 'About two days' },
    { value: '240', label: 'EV: validation generally takes a lot longer' },
  ],
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '3.2 Parameters: expectedDeliveryTime' },
} as const satisfies ValueList;

/** CodeGuard `Domains` plans. */
export const CODEGUARD_DOMAINS = {
  values: ['1', '12', '25', '100'].map((value) => ({ value, label: `${value} domain(s)` })),
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: Domains' },
} as const satisfies ValueList;

/** HackerGuardian additional IP pack (356) `IP Addresses`. */
export const HG_IP_ADDRESSES = {
  values: ['1', '5', '10', '50', '100', '500', '1000'].map((value) => ({
    value,
    label: `${value} IP address(es)`,
  })),
  source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: IP Addresses' },
} as const satisfies ValueList;

/** Status lines of a RequestAndCollectSMIME response that are not errors. */
export const COLLECT_STATUSES = {
  values: [
    { value: '2', label: 'Certificates attached' },
    { value: '1', label: 'Certificates available' },
    { value: '0', label: 'Request accepted and being processed by Sectigo' },
  ],
  source: { doc: 'requestandcollectsmime.txt', section: 'Response' },
} as const satisfies ValueList;
