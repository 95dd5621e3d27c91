/**
 * Request parameters of !AutoApplyOrder.
 *
 * First every row of the web table in autoapplyorder-ssl.txt, in its order (the
 * documented order, used to emit parameters). That capture lost its name column,
 * so each name is recovered by matching the row's description, type and length
 * against autoapplyorder-guide-v2.txt (see shared/api-docs/README.md). Then the
 * parameters only the guide documents, in the guide's order.
 *
 * Rows of autoapplyorder-ssl.txt whose name no document gives (left out, never
 * sent; listed here with their documented requirement, type, length and description):
 *   - optional string 64: "(Single-domain SSL certificates only) The primary domain name."
 *     (the guide's primaryDomainName is the multi-domain row that follows it)
 *   - optional integer: "Specifies whether to override Sectigo's default choice of callback
 *     email template to be used to validate this certificate."
 *   - optional integer: "(OV/EV SSL only) ... overrides Sectigo's default choice of email
 *     template for Enterprise Authentication for the instant issuance ..."
 *   - optional integer: "(OV/EV SSL) Specifies the Subscriber Agreement email template ID to
 *     be used for the order."
 *   - optional char 1: "Specifies whether the SiteLock bundle is excluded from the SSL
 *     certificate order." (allowed values and default truncated)
 *   - optional char 1: "(OV/EV certificates only) Specifies whether to ignore the master
 *     account settings for Enterprise Authentication for the instant issuance for this
 *     order." (allowed values and default truncated)
 *   - optional string 64: "(OV/EV SSL only) The title of a natural person who is either the
 *     Applicant, employed by the applicant, or an authorized agent ... to sign subscriber
 *     agreements." (Signer; may be omitted if the Applicant Representative is the Signer)
 *   - optional string 64: "(OV/EV SSL only) The first name of" the Signer (as above)
 *   - optional string 64: "(OV/EV SSL only) The surname of" the Signer (as above)
 *   - optional string 255: "(OV/EV SSL only) The email address of" the Signer (as above)
 *   - optional string 32: "(OV/EV SSL only) The phone number of" the Signer (as above)
 *   - optional string 255: "The cryptographic service provider (CSP). If omitted, the value
 *     defaults to 'Microsoft Enhanced Cryptographic Provider v1.0'."
 */
import type { ParamSpec } from '../types';
import {
  APP_REP_VALIDATED,
  AUTOAPPLY_RESPONSE_FORMATS,
  BUSINESS_CATEGORIES,
  CALLBACK_COMPLETED,
  CALLBACK_METHODS,
  CODEGUARD_DOMAINS,
  CUSTOMER_VALIDATED,
  DAYS,
  DCV_METHODS,
  HG_IP_ADDRESSES,
  LANGUAGES,
  OMIT_ADDITIONAL_FQDN,
  PRIORITISE_CSR_VALUES,
  SERVER_SOFTWARE,
  YES_NO,
} from '../values';

const WEB = 'autoapplyorder-ssl.txt';
const GUIDE = 'autoapplyorder-guide-v2.txt';
/** Web-table row whose name was recovered from the guide. */
const FROM_GUIDE = 'Request parameters (name from guide)';
/** Web-table row whose name is also in the web capture's own curl example. */
const FROM_EXAMPLE = 'Request parameters (name from the curl example and guide)';

export const AUTO_APPLY_ORDER_PARAMS = [
  // ---- Rows of the web table (autoapplyorder-ssl.txt), in order ----
  {
    name: 'loginName',
    label: 'Account username',
    group: 'Account',
    requirement: 'required',
    type: 'string',
    maxLength: 64,
    description: 'Your account username (case sensitive).',
    source: { doc: WEB, section: FROM_EXAMPLE },
  },
  {
    name: 'loginPassword',
    label: 'Account password',
    group: 'Account',
    requirement: 'required',
    type: 'string',
    maxLength: 128,
    description: 'Your account password (case sensitive).',
    secret: true,
    source: { doc: WEB, section: FROM_EXAMPLE },
  },
  {
    name: 'product',
    label: 'Product code(s)',
    group: 'Product',
    requirement: 'required',
    type: 'string',
    maxLength: 64,
    format: 'productList',
    description:
      'A comma-separated string of integer product codes with exactly one certificate code; bundle codes may be added (e.g. 316,36 adds a TrustLogo to SectigoSSL OV; CodeGuard 700-703; HackerGuardian pairs; 356 additional IP pack).',
    source: { doc: WEB, section: FROM_EXAMPLE },
  },
  {
    name: 'days',
    label: 'Validity (days)',
    group: 'Product',
    requirement: 'required',
    type: 'integer',
    values: DAYS.values,
    description:
      'The validity period, in days: 30, 90, 365 or 730 for certificate products. Sectigo also sells certificate bundles for two to five years. Replaces the deprecated years.',
    source: {
      doc: WEB,
      section: FROM_EXAMPLE,
      note: 'Values from the guide: the web list is truncated, and so is the web text saying how bundles are ordered.',
    },
  },
  {
    name: 'isCustomerValidated',
    label: 'Customer validates documents',
    group: 'Order options',
    requirement: 'required',
    type: 'char',
    maxLength: 1,
    values: CUSTOMER_VALIDATED.values,
    format: 'yn',
    description:
      'Whether the customer will validate the customer’s documents. N is the only value.',
    source: {
      doc: WEB,
      section: FROM_EXAMPLE,
      note: 'The web list of values is truncated; the guide documents only N.',
    },
  },
  {
    name: 'serverSoftware',
    label: 'Server software',
    group: 'Product',
    requirement: 'required',
    type: 'integer',
    values: SERVER_SOFTWARE.values,
    description:
      'The server software code. It does not change the certificate; use -1 (OTHER) unless you have a reason to choose another.',
    source: {
      doc: WEB,
      section: FROM_EXAMPLE,
      note: 'The guide: "Please use \'-1\' as the default option."',
    },
  },
  {
    name: 'csr',
    label: 'CSR',
    group: 'CSR',
    requirement: 'required',
    type: 'string',
    maxLength: 32767,
    format: 'csr',
    description:
      'The Base64-encoded certificate signing request, with or without the -----BEGIN/END----- header and footer. See the CSR structure rules (subject fields, RSA 2048-8192 or ECC P-256/P-384/P-521).',
    source: { doc: WEB, section: FROM_EXAMPLE },
  },
  {
    name: 'dcvMethod',
    label: 'DCV method',
    group: 'Domain control validation',
    requirement: 'optional',
    type: 'string',
    maxLength: 32,
    values: DCV_METHODS.values,
    default: 'EMAIL',
    description:
      'The domain control validation method: EMAIL, HTTP_CSR_HASH, CNAME_CSR_HASH or IP_ADDRESS_PRE. Defaults to EMAIL.',
    source: {
      doc: WEB,
      section: FROM_GUIDE,
      note: 'Values from the guide; the web list is truncated.',
    },
  },
  {
    name: 'dcvEmailAddress',
    label: 'DCV email address',
    group: 'Domain control validation',
    requirement: 'conditional',
    condition:
      'Single-domain SSL certificates only, when domain control is validated by email; alternative DCV mechanisms may be used instead.',
    type: 'string',
    maxLength: 255,
    format: 'email',
    description:
      'The DCV email address. If specified, it must be an acceptable address with which to perform Domain Control Validation for this certificate (see GetDCVEmailAddressList).',
    appliesTo: ['single-domain'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'dcvEmailAddresses',
    label: 'DCV email addresses',
    group: 'Domain control validation',
    requirement: 'conditional',
    condition:
      'Multi-domain SSL certificates only, for per-domain DCV; do not give it together with validationTokens.',
    type: 'string',
    maxLength: 32767,
    format: 'emailList',
    description:
      'Comma or white-space separated DCV email addresses, one per domain in exactly the order of the domain names in the request. A domain may take HTTPCSRHASH, CNAMECSRHASH or IPADDRESSPRE instead; one magic token (ALLHTTPCSRHASH, ALLCNAMECSRHASH, ALLIPADDRESSPRE), passed alone, sets every domain to that method.',
    appliesTo: ['multi-domain'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'validationTokens',
    label: 'Validation tokens',
    group: 'Domain control validation',
    requirement: 'optional',
    type: 'string',
    maxLength: 32767,
    format: 'tokenList',
    description:
      'DCV by token-based validation: per-domain HTTPCSRHASH, CNAMECSRHASH or IPADDRESSPRE in domain order, or one magic token (ALLHTTPCSRHASH, ALLCNAMECSRHASH, ALLIPADDRESSPRE) passed alone. Do not give it with dcvEmailAddresses. For multi-domain and Unified Communications certificates.',
    appliesTo: ['multi-domain'],
    source: {
      doc: WEB,
      section: FROM_GUIDE,
      note: 'The web table scopes it to EV and OV multi-domain certificates; the guide to Multi-Domain and Unified Communications certificates.',
    },
  },
  {
    name: 'domainNames',
    label: 'Domain names',
    group: 'Multi-domain',
    requirement: 'optional',
    condition:
      'Must be given when the CSR has no Subject Alternative Name domain names; when given, the CSR’s SAN domain names are ignored.',
    type: 'string',
    maxLength: 32767,
    format: 'domainList',
    description:
      'Comma or white-space separated list of domain names / IP addresses to include in the Multi-Domain, EV Multi-Domain or Unified Communications certificate. If omitted, the CSR’s SAN domain names are used.',
    appliesTo: ['multi-domain'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'primaryDomainName',
    label: 'Primary domain (CN)',
    group: 'Multi-domain',
    requirement: 'optional',
    condition: 'Must have a value when maxSubjectCNs is 1.',
    type: 'string',
    maxLength: 64,
    description:
      'The primary domain (Common Name): one of domainNames, placed as the first Common Name of the subject. If omitted, Multi-Domain certificates list the CNs alphabetically and UCCs use the CSR’s Common Name.',
    appliesTo: ['multi-domain'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'maxSubjectCNs',
    label: 'Number of subject CNs',
    group: 'Multi-domain',
    requirement: 'optional',
    type: 'integer',
    description:
      'Number of Common Names in the subject. If omitted, every name in domainNames is a CN; 1 puts only primaryDomainName; 0 puts none. All names always go into the SAN. UCCs always have 1.',
    appliesTo: ['multi-domain'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'organizationName',
    label: 'Organization name',
    group: 'Organization',
    requirement: 'conditional',
    condition:
      'OV/EV certificates (and HackerGuardian orders): needed when the CSR has no Organization Name.',
    type: 'string',
    maxLength: 64,
    description:
      'Organization name to include in the certificate. If given here and prioritiseCSRValues is N, it is used instead of the CSR’s Organization Name.',
    appliesTo: ['ov-ev', 'hackerguardian'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'streetAddress1',
    label: 'Street address',
    group: 'Organization',
    requirement: 'conditional',
    condition: 'OV/EV certificates: needed when the CSR has no Street Address.',
    type: 'string',
    maxLength: 128,
    description:
      'Organization street address (first line). If given here and in the CSR, prioritiseCSRValues decides which is used.',
    appliesTo: ['ov-ev'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'localityName',
    label: 'City',
    group: 'Organization',
    requirement: 'conditional',
    condition: 'Organization-validated orders: needed when the CSR has no Locality Name.',
    type: 'string',
    maxLength: 128,
    description:
      'The city in which the organization operates; giving it in any request needing organization validation can speed validation. If given here and in the CSR, prioritiseCSRValues decides which is used.',
    appliesTo: ['ov-ev'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'stateOrProvinceName',
    label: 'State or province',
    group: 'Organization',
    requirement: 'conditional',
    condition: 'Organization-validated orders: needed when the CSR has no State or Province Name.',
    type: 'string',
    maxLength: 128,
    description:
      'The state or province in which the organization operates. If given here and in the CSR, prioritiseCSRValues decides which is used.',
    appliesTo: ['ov-ev'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'postalCode',
    label: 'Postal code',
    group: 'Organization',
    requirement: 'conditional',
    condition: 'Organization-validated orders: needed when the CSR has no Postal Code.',
    type: 'string',
    maxLength: 40,
    description:
      'The company’s postal code. If given here and in the CSR, prioritiseCSRValues decides which is used.',
    appliesTo: ['ov-ev'],
    source: {
      doc: WEB,
      section: FROM_GUIDE,
      note: 'The guide’s examples misspell it "potsalCode".',
    },
  },
  {
    name: 'countryName',
    label: 'Country',
    group: 'Organization',
    requirement: 'conditional',
    condition: 'Organization-validated orders: needed when the CSR has no Country Name.',
    type: 'string',
    maxLength: 2,
    format: 'country',
    description:
      'An ISO 3166 two-character country code. If given here and prioritiseCSRValues is N, it is used instead of the CSR’s Country Name.',
    appliesTo: ['ov-ev'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'businessCategory',
    label: 'Business category',
    group: 'Organization',
    requirement: 'optional',
    type: 'char',
    maxLength: 1,
    values: BUSINESS_CATEGORIES.values,
    description:
      'The legal classification of the organization (Clause 5 of the EV Guidelines): b = Private Organization, c = Government Entity, d = Business Entity.',
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'dunsNumber',
    label: 'DUNS number',
    group: 'Organization',
    requirement: 'optional',
    type: 'string',
    maxLength: 20,
    description: 'A unique nine-digit business identifier provided by Dun & Bradstreet.',
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'companyNumber',
    label: 'Company registration number',
    group: 'Organization',
    requirement: 'optional',
    type: 'string',
    maxLength: 64,
    description: 'The registration number of the organization, provided for validation purposes.',
    source: {
      doc: WEB,
      section: FROM_GUIDE,
      note: 'Max. 64 chars per the web table; the older guide says 25.',
    },
  },
  {
    name: 'joiCountryName',
    label: 'Jurisdiction country',
    group: 'EV jurisdiction',
    requirement: 'required',
    condition: 'Required only for EV certificates.',
    type: 'string',
    maxLength: 2,
    format: 'country',
    description:
      'Jurisdiction of incorporation: the country (ISO 3166 two-character code) in which the company is incorporated or registered.',
    appliesTo: ['ev'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'joiStateOrProvinceName',
    label: 'Jurisdiction state or province',
    group: 'EV jurisdiction',
    requirement: 'optional',
    type: 'string',
    maxLength: 128,
    description:
      'Jurisdiction of incorporation: the state or province (if any) in which the company is incorporated or registered.',
    appliesTo: ['ev'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'joiLocalityName',
    label: 'Jurisdiction city',
    group: 'EV jurisdiction',
    requirement: 'optional',
    type: 'string',
    maxLength: 128,
    description:
      'Jurisdiction of incorporation: the city or town (if any) in which the company is incorporated or registered.',
    appliesTo: ['ev'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'dateOfIncorporation',
    label: 'Date of incorporation',
    group: 'EV jurisdiction',
    requirement: 'optional',
    type: 'string',
    maxLength: 10,
    format: 'date',
    description: 'The date of incorporation of the company (YYYY-MM-DD); useful for validation.',
    appliesTo: ['ev'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'assumedName',
    label: 'Assumed (d/b/a) name',
    group: 'Organization',
    requirement: 'optional',
    type: 'string',
    maxLength: 64,
    description:
      'A name under which the organization operates that differs from its legal name: the DBA ("doing business as") name, if any.',
    appliesTo: ['ev'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'appRepEmailAddress',
    label: 'Applicant representative email',
    group: 'Applicant representative',
    requirement: 'required',
    condition:
      'Required for OV/EV certificates, and for CodeGuard, whose account is delivered to this address.',
    type: 'string',
    maxLength: 255,
    format: 'email',
    description:
      'The applicant representative’s email address, used for the organizational callback by Sectigo and for critical customer communications.',
    appliesTo: ['ov-ev', 'codeguard'],
    source: {
      doc: WEB,
      section: FROM_GUIDE,
      note: 'Required for OV/EV per the web table; the guide: when Sectigo performs the organizational callback. CodeGuard delivery address: guide 4.1, example 5.3. The web list of communications is truncated.',
    },
  },
  {
    name: 'appRepForename',
    label: 'Applicant representative first name',
    group: 'Applicant representative',
    requirement: 'conditional',
    condition:
      'Required when Sectigo will perform the organizational callback and/or when HackerGuardian, HackerProof or products with an additional HackerGuardian license are in the order. Not required for CodeGuard.',
    type: 'string',
    maxLength: 64,
    description:
      'The applicant representative’s first name, used for the organizational callback by Sectigo.',
    appliesTo: ['ov-ev', 'hackerguardian', 'codeguard'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'appRepSurname',
    label: 'Applicant representative last name',
    group: 'Applicant representative',
    requirement: 'conditional',
    condition:
      'Required when Sectigo will perform the organizational callback and/or when HackerGuardian, HackerProof or products with an additional HackerGuardian license are in the order. Not required for CodeGuard.',
    type: 'string',
    maxLength: 64,
    description:
      'The applicant representative’s last name, used for the organizational callback by Sectigo.',
    appliesTo: ['ov-ev', 'hackerguardian', 'codeguard'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    // The web row reads "The applicant representative's email address ... Required when
    // Sectigo will perform the organizational callback" but has 32 chars and sits after
    // appRepSurname: the guide's appRepTelephone (32 chars, same wording, same place).
    name: 'appRepTelephone',
    label: 'Applicant representative phone',
    group: 'Applicant representative',
    requirement: 'optional',
    condition: 'Required when Sectigo will perform the organizational callback.',
    type: 'string',
    maxLength: 32,
    description: 'The applicant representative’s phone number for the organizational callback.',
    appliesTo: ['ov-ev'],
    source: {
      doc: WEB,
      section:
        'Request parameters (name from guide: appRepTelephone, by 32-char length and callback wording)',
      note: 'The web row’s description says "email address", apparently copied from the row above; its 32-char limit and wording match the guide’s appRepTelephone.',
    },
  },
  {
    name: 'isAppRepValidated',
    label: 'Who verifies the representative',
    group: 'Applicant representative',
    requirement: 'optional',
    type: 'char',
    maxLength: 1,
    values: APP_REP_VALIDATED.values,
    format: 'yn',
    description:
      'Who will verify the applicant representative’s contact details before the callback: Y = the partner has, from a source other than the applicant (RA privileges needed); N = Sectigo will, before calling back by callbackMethod.',
    appliesTo: ['ov-ev'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'callbackMethod',
    label: 'Callback method',
    group: 'Applicant representative',
    requirement: 'optional',
    type: 'char',
    maxLength: 1,
    values: CALLBACK_METHODS.values,
    description:
      'The callback method for verifying the applicant representative’s identity: T = a call to appRepTelephone with a verification code; L = a letter with the code posted to the representative.',
    appliesTo: ['ov-ev'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    // The guide has no language parameter. autoreplacesmime.txt documents `languageName`
    // with the same wording ("The language name, specified using an ISO639-1 two-character
    // language code ... templates in different languages for callback and enterprise
    // authentication for instant issuance"), and values.ts lists it for this endpoint.
    name: 'languageName',
    label: 'Email language',
    group: 'Templates',
    requirement: 'optional',
    type: 'string',
    maxLength: 2,
    values: LANGUAGES.values,
    format: 'language',
    default: 'en',
    description:
      'The ISO 639-1 two-character language code for the email templates (callback, Enterprise Authentication for instant issuance, ...). If omitted, English. Template-ID parameters, if provided, override it.',
    source: {
      doc: WEB,
      section: 'Request parameters (name from autoreplacesmime.txt languageName, same description)',
    },
  },
  {
    name: 'uniqueValue',
    label: 'Unique value',
    group: 'Domain control validation',
    requirement: 'optional',
    type: 'string',
    maxLength: 20,
    description:
      'An alphanumeric value making the Request Token (CA/B Forum BRs 1.4.1+) unique for HTTP_CSR_HASH and CNAME_CSR_HASH. If omitted for a re-used CSR, Sectigo generates and returns one; re-using the same CSR and uniqueValue returns -55.',
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'prioritiseCSRValues',
    label: 'Prefer CSR values',
    group: 'CSR',
    requirement: 'optional',
    type: 'char',
    maxLength: 1,
    values: PRIORITISE_CSR_VALUES.values,
    format: 'yn',
    default: 'Y',
    description:
      'Which value to use when a field is in both the CSR and the request parameters: Y = the CSR’s, N = the parameter’s. Defaults to Y.',
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'caCertificateID',
    label: 'Issuing CA certificate',
    group: 'Order options',
    requirement: 'optional',
    type: 'integer',
    description:
      'A particular issuing CA certificate/key, overriding Sectigo’s default choice. Only by special agreement with Sectigo.',
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'showCertificateID',
    label: 'Return certificate ID',
    group: 'Response',
    requirement: 'optional',
    type: 'char',
    maxLength: 1,
    values: YES_NO.values,
    format: 'yn',
    default: 'N',
    description:
      'Whether to include the certificate ID of the ordered certificate in the response. Defaults to N.',
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'showCertificateState',
    label: 'Return certificate state',
    group: 'Response',
    requirement: 'optional',
    type: 'char',
    maxLength: 1,
    values: YES_NO.values,
    format: 'yn',
    description: 'Whether to include the state of the ordered certificate in the response.',
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'omitAdditionalFQDN',
    label: 'Omit additional FQDN',
    group: 'Order options',
    requirement: 'optional',
    type: 'char',
    maxLength: 1,
    values: OMIT_ADDITIONAL_FQDN.values,
    format: 'yn',
    default: 'N',
    description:
      'Whether an additional FQDN is included: N = Sectigo adds www.<domain> (or <domain> for www.<domain>); Y = not added. Defaults to N.',
    appliesTo: ['single-domain'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'idaEmailAddress',
    label: 'IdAuthority email',
    group: 'TrustLogo',
    requirement: 'optional',
    type: 'string',
    maxLength: 255,
    format: 'email',
    description:
      'An email address to add to IdAuthority for display in TrustLogo popups (Identity Authority product; only if a TrustLogo is ordered).',
    appliesTo: ['trustlogo'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'idaTelephoneNumber',
    label: 'IdAuthority telephone',
    group: 'TrustLogo',
    requirement: 'optional',
    type: 'string',
    maxLength: 32,
    description:
      'A telephone number to add to IdAuthority for display in TrustLogo popups (only if a TrustLogo is ordered).',
    appliesTo: ['trustlogo'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'idaFaxNumber',
    label: 'IdAuthority fax',
    group: 'TrustLogo',
    requirement: 'optional',
    type: 'string',
    maxLength: 32,
    description:
      'A fax number to add to IdAuthority for display in TrustLogo popups (only if a TrustLogo is ordered).',
    appliesTo: ['trustlogo'],
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    // No `email` format: the documented value `none` must pass.
    name: 'emailAddress',
    label: 'Alternative issuance email',
    group: 'Order options',
    requirement: 'optional',
    type: 'string',
    maxLength: 255,
    description:
      'The certificate is emailed to this address instead of the applicant’s admin address. "none" sends no issuance email (useful when collecting the certificate with CollectSSL).',
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'foreignOrderNumber',
    label: 'External order number',
    group: 'Order options',
    requirement: 'optional',
    type: 'char',
    maxLength: 64,
    description:
      'The external (partner) order number; some other Sectigo APIs can return it to aid integration with partner systems.',
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'checkFONIsUnique',
    label: 'Require unique order number',
    group: 'Order options',
    requirement: 'optional',
    type: 'char',
    maxLength: 1,
    values: YES_NO.values,
    format: 'yn',
    description:
      'Y = foreignOrderNumber (if given) must not have been used for any order placed by this account.',
    source: { doc: WEB, section: FROM_GUIDE },
  },
  {
    name: 'responseFormat',
    label: 'Response format',
    group: 'Response',
    requirement: 'optional',
    type: 'char',
    maxLength: 1,
    values: AUTOAPPLY_RESPONSE_FORMATS.values,
    default: '0',
    description:
      'The response format: 0 = newline-delimited (text/plain), 1 = URL-encoded. Defaults to 0.',
    source: { doc: WEB, section: FROM_EXAMPLE },
  },
  {
    name: 'test',
    label: 'Test order',
    group: 'Order options',
    requirement: 'optional',
    type: 'char',
    maxLength: 1,
    values: YES_NO.values,
    format: 'yn',
    default: 'N',
    description:
      'Whether this is a test order: Y (or y) = the account is not charged and the order is processed as a test. Defaults to N.',
    source: { doc: WEB, section: FROM_GUIDE },
  },

  // ---- Parameters only the guide documents, in the guide's order ----
  {
    name: 'years',
    label: 'Validity (years)',
    group: 'Product',
    requirement: 'optional',
    type: 'integer',
    description:
      'Validity period in years. Deprecated in favour of days; still accepted for CodeGuard and HackerGuardian orders.',
    deprecated: true,
    source: {
      doc: GUIDE,
      section: '1. Request: years',
      note: 'Still listed for CodeGuard and HackerGuardian in guide 4.1 and 4.2.',
    },
  },
  {
    name: 'organizationalUnitName',
    label: 'Organizational unit',
    group: 'Organization',
    requirement: 'optional',
    type: 'string',
    maxLength: 64,
    description:
      'Organizational Unit Name (e.g. company department). If given here and in the CSR, prioritiseCSRValues decides which is used.',
    source: { doc: GUIDE, section: '1. Request: organizationalUnitName' },
  },
  {
    name: 'postOfficeBox',
    label: 'Post office box',
    group: 'Organization',
    requirement: 'optional',
    type: 'string',
    maxLength: 40,
    description:
      'Post Office Box. If given here and in the CSR, prioritiseCSRValues decides which is used.',
    source: { doc: GUIDE, section: '1. Request: postOfficeBox' },
  },
  {
    name: 'streetAddress2',
    label: 'Street address 2',
    group: 'Organization',
    requirement: 'optional',
    type: 'string',
    maxLength: 128,
    description:
      'Second street address line. If given here and in the CSR, prioritiseCSRValues decides which is used.',
    source: { doc: GUIDE, section: '1. Request: streetAddress2' },
  },
  {
    name: 'streetAddress3',
    label: 'Street address 3',
    group: 'Organization',
    requirement: 'optional',
    type: 'string',
    maxLength: 128,
    description:
      'Third street address line. If given here and in the CSR, prioritiseCSRValues decides which is used.',
    source: { doc: GUIDE, section: '1. Request: streetAddress3' },
  },
  {
    name: 'validationEmailAddress',
    label: 'Validation email address',
    group: 'Order options',
    requirement: 'optional',
    type: 'string',
    maxLength: 255,
    format: 'email',
    description:
      'If given, Sectigo validates that this is the end customer’s email address but sends it no emails; the partner is trusted to forward emails to the end customer.',
    source: { doc: GUIDE, section: '1. Request: validationEmailAddress' },
  },
  {
    name: 'contactEmailAddress',
    label: 'Contact email address',
    group: 'Order options',
    requirement: 'optional',
    type: 'string',
    maxLength: 255,
    format: 'email',
    description:
      'If given, the only email address Sectigo validation staff will correspond with while processing this order.',
    source: { doc: GUIDE, section: '1. Request: contactEmailAddress' },
  },
  {
    name: 'dcvTemplateID',
    label: 'DCV email template',
    group: 'Templates',
    requirement: 'optional',
    type: 'integer',
    description:
      'Overrides Sectigo’s default choice of DCV email template for this certificate. An account can have several (e.g. per language); contact Support / your account manager.',
    source: { doc: GUIDE, section: '1. Request: dcvTemplateID' },
  },
  {
    name: 'appRepTitle',
    label: 'Applicant representative title',
    group: 'Applicant representative',
    requirement: 'optional',
    type: 'string',
    maxLength: 64,
    description: 'The applicant representative’s title, used for the callback.',
    appliesTo: ['ov-ev'],
    source: { doc: GUIDE, section: '1. Request: appRepTitle' },
  },
  {
    name: 'appRepFax',
    label: 'Applicant representative fax',
    group: 'Applicant representative',
    requirement: 'optional',
    type: 'string',
    maxLength: 32,
    description: 'The applicant representative’s fax number, used for the callback.',
    appliesTo: ['ov-ev'],
    source: { doc: GUIDE, section: '1. Request: appRepFax' },
  },
  {
    name: 'appRepOrganizationName',
    label: 'Representative’s organization',
    group: 'Applicant representative',
    requirement: 'optional',
    type: 'string',
    maxLength: 255,
    description:
      'The applicant representative’s organization name. Do NOT specify it unless the representative’s organization name/address differ from those requested for the certificate.',
    appliesTo: ['ov-ev'],
    source: { doc: GUIDE, section: '1. Request: appRepOrganizationName' },
  },
  {
    name: 'appRepOrganizationalUnitName',
    label: 'Representative’s organizational unit',
    group: 'Applicant representative',
    requirement: 'optional',
    type: 'string',
    maxLength: 64,
    description:
      'The applicant representative’s organizational unit name. Ignored unless appRepOrganizationName is given.',
    appliesTo: ['ov-ev'],
    source: { doc: GUIDE, section: '1. Request: appRepOrganizationalUnitName' },
  },
  {
    name: 'appRepStreetAddress1',
    label: 'Representative’s street address 1',
    group: 'Applicant representative',
    requirement: 'optional',
    type: 'string',
    maxLength: 128,
    description:
      'The applicant representative’s street address 1. Ignored unless appRepOrganizationName is given.',
    appliesTo: ['ov-ev'],
    source: { doc: GUIDE, section: '1. Request: appRepStreetAddress1' },
  },
  {
    name: 'appRepStreetAddress2',
    label: 'Representative’s street address 2',
    group: 'Applicant representative',
    requirement: 'optional',
    type: 'string',
    maxLength: 128,
    description:
      'The applicant representative’s street address 2. Ignored unless appRepOrganizationName is given.',
    appliesTo: ['ov-ev'],
    source: { doc: GUIDE, section: '1. Request: appRepStreetAddress2' },
  },
  {
    name: 'appRepStreetAddress3',
    label: 'Representative’s street address 3',
    group: 'Applicant representative',
    requirement: 'optional',
    type: 'string',
    maxLength: 128,
    description:
      'The applicant representative’s street address 3. Ignored unless appRepOrganizationName is given.',
    appliesTo: ['ov-ev'],
    source: { doc: GUIDE, section: '1. Request: appRepStreetAddress3' },
  },
  {
    name: 'appRepPostOfficeBox',
    label: 'Representative’s post office box',
    group: 'Applicant representative',
    requirement: 'optional',
    type: 'string',
    maxLength: 128,
    description:
      'The applicant representative’s post office box. Ignored unless appRepOrganizationName is given.',
    appliesTo: ['ov-ev'],
    source: {
      doc: GUIDE,
      section: '1. Request: appRepPostOfficeBox',
      note: 'The guide gives 128 chars here but 40 for postOfficeBox.',
    },
  },
  {
    name: 'appRepLocalityName',
    label: 'Representative’s city',
    group: 'Applicant representative',
    requirement: 'optional',
    type: 'string',
    maxLength: 128,
    description:
      'The applicant representative’s locality name. Ignored unless appRepOrganizationName is given.',
    appliesTo: ['ov-ev'],
    source: { doc: GUIDE, section: '1. Request: appRepLocalityName' },
  },
  {
    name: 'appRepStateOrProvinceName',
    label: 'Representative’s state or province',
    group: 'Applicant representative',
    requirement: 'optional',
    type: 'string',
    maxLength: 128,
    description:
      'The applicant representative’s state or province. Ignored unless appRepOrganizationName is given.',
    appliesTo: ['ov-ev'],
    source: { doc: GUIDE, section: '1. Request: appRepStateOrProvinceName' },
  },
  {
    name: 'appRepPostalCode',
    label: 'Representative’s postal code',
    group: 'Applicant representative',
    requirement: 'optional',
    type: 'string',
    maxLength: 40,
    description:
      'The applicant representative’s zip/postal code. Ignored unless appRepOrganizationName is given.',
    appliesTo: ['ov-ev'],
    source: { doc: GUIDE, section: '1. Request: appRepPostalCode' },
  },
  {
    name: 'appRepCountryName',
    label: 'Representative’s country',
    group: 'Applicant representative',
    requirement: 'optional',
    type: 'char',
    maxLength: 2,
    format: 'country',
    description:
      'The applicant representative’s ISO 3166 two-character country code. Ignored unless appRepOrganizationName is given.',
    appliesTo: ['ov-ev'],
    source: { doc: GUIDE, section: '1. Request: appRepCountryName' },
  },
  {
    name: 'isCallbackCompleted',
    label: 'Who performs the callback',
    group: 'Applicant representative',
    requirement: 'optional',
    type: 'char',
    maxLength: 1,
    values: CALLBACK_COMPLETED.values,
    format: 'yn',
    description:
      'Y = the partner has completed the callback and verified the representative’s identity (RA privileges needed; requires isAppRepValidated=Y); N = Sectigo performs the callback by callbackMethod.',
    appliesTo: ['ov-ev'],
    source: { doc: GUIDE, section: '1. Request: isCallbackCompleted' },
  },
  {
    name: 'appRepLoginName',
    label: 'HackerGuardian username',
    group: 'HackerGuardian',
    requirement: 'required',
    condition: 'Required only for HackerGuardian orders (the license account).',
    type: 'string',
    maxLength: 64,
    description: 'The username to create for the HackerGuardian license account.',
    appliesTo: ['hackerguardian'],
    source: {
      doc: GUIDE,
      section: '1. Request: appRepLoginName',
      note: 'The guide’s table gives no type; section 4.2 lists it as String.',
    },
  },
  {
    name: 'IP Addresses',
    label: 'Additional IP addresses',
    group: 'HackerGuardian',
    requirement: 'conditional',
    condition: 'When ordering the HackerGuardian Additional IP Addresses Pack (product 356).',
    type: 'integer',
    values: HG_IP_ADDRESSES.values,
    description:
      'Number of IP addresses in the HackerGuardian Additional IP Addresses Pack: 1, 5, 10, 50, 100, 500 or 1000 (e.g. product=356&IP%20Addresses=5).',
    appliesTo: ['hackerguardian'],
    source: { doc: GUIDE, section: '1. Request: IP Addresses' },
  },
  {
    name: 'Domains',
    label: 'CodeGuard domains',
    group: 'CodeGuard',
    requirement: 'conditional',
    condition: 'When ordering a CodeGuard product: the number of domains chooses the plan.',
    type: 'integer',
    values: CODEGUARD_DOMAINS.values,
    description: 'Number of domains for the CodeGuard plan: 1, 12, 25 or 100.',
    appliesTo: ['codeguard'],
    source: {
      doc: GUIDE,
      section: '1. Request: Domains',
      note: 'Example 5.3 writes it "domains"; names are case-insensitive.',
    },
  },
] as const satisfies readonly ParamSpec[];
