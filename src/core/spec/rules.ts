/**
 * Rules that span several parameters, each written once with its source. The
 * single-field rules (type, length, allowed values) are in the parameter tables;
 * these are the ones a table row cannot say on its own.
 */
import { decodeCsr } from '../encoding/decodeCsr';
import { readDerFromText } from '../encoding/pem';
import { DCV_MAGIC_TOKENS } from './values';
import type { ProductSpec, RequestEndpointId, Severity, Source } from './types';

/** Request values looked up the way Sectigo reads them: names are case-insensitive. */
export interface ParamValues {
  /** The trimmed value, or undefined when absent or empty. */
  get(name: string): string | undefined;
  /** The lower-cased names that have a value. */
  names(): string[];
}

export function paramValues(values: Readonly<Record<string, string>>): ParamValues {
  const byLowerName = new Map<string, string>();
  for (const [name, value] of Object.entries(values)) {
    const trimmed = value.trim();
    if (trimmed !== '') byLowerName.set(name.toLowerCase(), trimmed);
  }
  return {
    get: (name) => byLowerName.get(name.toLowerCase()),
    names: () => [...byLowerName.keys()],
  };
}

export interface RuleViolation {
  readonly field: string;
  readonly message: string;
}

export interface CrossFieldRule {
  readonly id: string;
  readonly endpoint: RequestEndpointId;
  readonly fields: readonly string[];
  /** The rule in plain words, for the Reference view and help text. */
  readonly description: string;
  readonly severity: Exclude<Severity, 'info'>;
  /** The error Sectigo would answer, where the documents tie one to the rule. */
  readonly code?: number;
  readonly source: Source;
  readonly check: (values: ParamValues) => RuleViolation | null;
}

const present = (values: ParamValues, name: string) => values.get(name) !== undefined;
const isYes = (value: string | undefined) => value?.toUpperCase() === 'Y';

/** An item parameter of !PlaceOrder is sent as `1_name` or `_1_name`. */
const itemValue = (values: ParamValues, item: number, name: string) =>
  values.get(`${item}_${name}`) ?? values.get(`_${item}_${name}`);

/** S/MIME Organization-Validated codes (placeorder-smime.txt, product-specific parameters). */
const SMIME_OV_CODES = new Set(['243', '2432']);

const MAGIC_TOKENS = new Set<string>(DCV_MAGIC_TOKENS.values.map((token) => token.value));

/** The entries of a documented "comma (or white-space)-separated" list. */
const listEntries = (value: string | undefined): string[] =>
  (value ?? '').split(/[\s,]+/).filter(Boolean);

/** Every item number given in the values (`1_PPP`, `_2_csr` ...), ascending. */
function itemNumbers(values: ParamValues): number[] {
  const numbers = new Set<number>();
  for (const name of values.names()) {
    const match = /^_?(\d{1,2})_/.exec(name);
    if (match?.[1] !== undefined) numbers.add(Number(match[1]));
  }
  return [...numbers].sort((a, b) => a - b);
}

/** PKCS#9 emailAddress in a subject (RFC 2985), the mailbox older S/MIME CSRs carry. */
const PKCS9_EMAIL = '1.2.840.113549.1.9.1';

/**
 * The mailboxes a CSR names (SAN rfc822Name entries and the subject's
 * emailAddress), lower-cased; null when the text is not a readable CSR (the
 * csr format check reports that).
 */
export function csrMailboxes(text: string): string[] | null {
  const read = readDerFromText(text, ['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']);
  if (!read.ok) return null;
  try {
    const csr = decodeCsr(read.der);
    const found = [
      ...csr.emailAddresses,
      ...csr.subject.filter((attribute) => attribute.oid === PKCS9_EMAIL).map((a) => a.value),
    ];
    return [...new Set(found.map((mailbox) => mailbox.trim().toLowerCase()))];
  } catch {
    return null;
  }
}

function magicTokenAlone(field: string) {
  return (values: ParamValues): RuleViolation | null => {
    const value = values.get(field);
    if (!value) return null;
    const items = value.split(/[\s,]+/).filter(Boolean);
    const magic = items.filter((item) => MAGIC_TOKENS.has(item.toUpperCase()));
    return magic.length > 0 && items.length > 1
      ? {
          field,
          message: `${field}: the token ${magic[0] ?? ''} must be the only value when it is used.`,
        }
      : null;
  };
}

/**
 * The guide on dcvEmailAddresses and validationTokens: "The order in which
 * these email addresses are listed must be exactly the same as the order of
 * the domain names in the certificate request (see 'domainNames')": one entry
 * per domain, unless a magic token stands alone for all of them.
 */
function onePerDomain(field: string) {
  return (values: ParamValues): RuleViolation | null => {
    const entries = listEntries(values.get(field));
    const domains = listEntries(values.get('domainNames'));
    if (entries.length === 0 || domains.length === 0) return null;
    if (entries.length === 1 && MAGIC_TOKENS.has((entries[0] ?? '').toUpperCase())) return null;
    if (entries.length === domains.length) return null;
    return {
      field,
      message: `${field} has ${String(entries.length)} ${entries.length === 1 ? 'entry' : 'entries'} for ${String(domains.length)} ${domains.length === 1 ? 'domain' : 'domains'} in domainNames: give one per domain, in the same order (or one magic token alone).`,
    };
  };
}

export const CROSS_FIELD_RULES: readonly CrossFieldRule[] = [
  {
    id: 'placeorder-name-or-forename-surname',
    endpoint: 'PlaceOrder',
    fields: ['name', 'foreName', 'surName'],
    // "If foreName or surName are specified, name is not required."
    description: 'Give the customer’s full name, or foreName / surName instead.',
    severity: 'error',
    code: -3,
    source: { doc: 'placeorder-smime.txt', section: 'name, foreName, surName' },
    check: (values) =>
      present(values, 'name') || present(values, 'foreName') || present(values, 'surName')
        ? null
        : {
            field: 'name',
            message: 'name is required unless foreName or surName is given.',
          },
  },
  {
    id: 'placeorder-at-least-one-item',
    endpoint: 'PlaceOrder',
    fields: ['1_ID', '1_PPP'],
    description: 'The order needs at least one item: 1_ID or 1_PPP (or _1_ID / _1_PPP).',
    severity: 'error',
    code: -39,
    source: {
      doc: 'placeorder-smime.txt',
      section: 'x_ parameters ("either 1_ID or 1_PPP must be specified")',
    },
    check: (values) =>
      itemValue(values, 1, 'ID') || itemValue(values, 1, 'PPP')
        ? null
        : { field: '1_PPP', message: 'Item 1 needs a product: give 1_PPP (or 1_ID).' },
  },
  {
    id: 'placeorder-smime-ov-organization-identifier',
    endpoint: 'PlaceOrder',
    fields: ['x_PPP', 'x_organizationIdentifier'],
    description:
      'S/MIME Organization-Validated items (x_PPP 243 or 2432) need the organization identifier.',
    severity: 'error',
    code: -3,
    source: {
      doc: 'placeorder-smime.txt',
      section: 'x_organizationIdentifier; S/MIME Organization-Validated Multipurpose certificate',
    },
    check: (values) => {
      for (let item = 1; item <= 99; item += 1) {
        const ppp = itemValue(values, item, 'PPP');
        if (ppp === undefined) break;
        if (SMIME_OV_CODES.has(ppp) && !itemValue(values, item, 'organizationIdentifier')) {
          return {
            field: `${item}_organizationIdentifier`,
            message: `Item ${item} (x_PPP=${ppp}, S/MIME Organization-Validated) needs ${item}_organizationIdentifier.`,
          };
        }
      }
      return null;
    },
  },
  {
    id: 'placeorder-smime-ov-company-name',
    endpoint: 'PlaceOrder',
    fields: ['x_PPP', 'organizationName'],
    description: 'S/MIME Organization-Validated orders need the full company name.',
    severity: 'error',
    code: -62,
    source: {
      doc: 'placeorder-smime.txt',
      section: 'S/MIME Organization-Validated Multipurpose certificate; error -62',
    },
    check: (values) => {
      for (let item = 1; item <= 99; item += 1) {
        const ppp = itemValue(values, item, 'PPP');
        if (ppp === undefined) break;
        if (SMIME_OV_CODES.has(ppp) && !present(values, 'organizationName')) {
          return {
            field: 'organizationName',
            message: 'organizationName is required for S/MIME Organization-Validated certificates.',
          };
        }
      }
      return null;
    },
  },
  {
    id: 'placeorder-smime-ov-address',
    endpoint: 'PlaceOrder',
    fields: [
      'x_PPP',
      'streetAddress1',
      'localityName',
      'stateOrProvinceName',
      'postalCode',
      'countryName',
    ],
    description:
      'S/MIME Organization-Validated orders need the company address: street, locality or state/province, postal code and country.',
    severity: 'error',
    code: -3,
    source: {
      doc: 'placeorder-smime.txt',
      section: 'Company address details; S/MIME Organization-Validated Multipurpose certificate',
    },
    check: (values) => {
      let ov = false;
      for (let item = 1; item <= 99 && !ov; item += 1) {
        const ppp = itemValue(values, item, 'PPP');
        if (ppp === undefined) break;
        ov = SMIME_OV_CODES.has(ppp);
      }
      if (!ov) return null;
      if (!present(values, 'streetAddress1'))
        return {
          field: 'streetAddress1',
          message: 'streetAddress1 is required for S/MIME Organization-Validated certificates.',
        };
      // "a state or province name may be omitted if LocalityName is specified, and vice versa"
      if (!present(values, 'localityName') && !present(values, 'stateOrProvinceName'))
        return {
          field: 'localityName',
          message:
            'Give localityName or stateOrProvinceName (at least one) for S/MIME Organization-Validated certificates.',
        };
      if (!present(values, 'postalCode'))
        return {
          field: 'postalCode',
          message: 'postalCode is required for S/MIME Organization-Validated certificates.',
        };
      if (!present(values, 'countryName') && !present(values, 'country'))
        return {
          field: 'countryName',
          message:
            'countryName is required for S/MIME Organization-Validated certificates (it would otherwise default to US).',
        };
      return null;
    },
  },
  {
    id: 'placeorder-no-email-means-returning-customer',
    endpoint: 'PlaceOrder',
    fields: ['emailAddress', 'isReturningCustomer'],
    description:
      'Without emailAddress (and without isReturningCustomer), Sectigo takes the customer for a returning one who already has an account.',
    severity: 'warning',
    source: {
      doc: 'placeorder-smime.txt',
      section: 'emailAddress ("Absence of emailAddress indicates a returning customer")',
    },
    check: (values) =>
      present(values, 'emailAddress') || present(values, 'isReturningCustomer')
        ? null
        : {
            field: 'emailAddress',
            message:
              'emailAddress is not given, so Sectigo will treat the customer as a returning customer with an existing account; give emailAddress for a new customer, or set isReturningCustomer=Y to say so.',
          },
  },
  {
    id: 'placeorder-csr-mailbox-matches-smime-addresses',
    endpoint: 'PlaceOrder',
    fields: ['x_smimeEmailAddresses', 'x_csr'],
    description:
      'The mailboxes in an item’s CSR should be the addresses its x_smimeEmailAddresses lists (those go into the certificate).',
    severity: 'warning',
    source: {
      doc: 'placeorder-smime.txt',
      section:
        'x_smimeEmailAddresses ("The email address(es) that are to be included in the Subject Alternative Names field of the resulting certificate")',
    },
    check: (values) => {
      for (const item of itemNumbers(values)) {
        const listed = listEntries(itemValue(values, item, 'smimeEmailAddresses')).map((entry) =>
          entry.toLowerCase(),
        );
        const csr = itemValue(values, item, 'csr');
        if (listed.length === 0 || csr === undefined) continue;
        const inCsr = csrMailboxes(csr);
        if (inCsr === null || inCsr.length === 0) continue;
        const same =
          listed.every((mailbox) => inCsr.includes(mailbox)) &&
          inCsr.every((mailbox) => listed.includes(mailbox));
        if (!same) {
          return {
            field: `${item}_smimeEmailAddresses`,
            message: `${item}_smimeEmailAddresses (${listed.join(', ')}) differs from the mailbox${inCsr.length === 1 ? '' : 'es'} in item ${item}’s CSR (${inCsr.join(', ')}); the certificate gets the addresses of smimeEmailAddresses, so make the two agree.`,
          };
        }
      }
      return null;
    },
  },
  {
    id: 'autoapply-dcv-emails-xor-tokens',
    endpoint: 'AutoApplyOrder',
    fields: ['dcvEmailAddresses', 'validationTokens'],
    description: 'Give dcvEmailAddresses or validationTokens, not both.',
    severity: 'error',
    source: {
      doc: 'autoapplyorder-guide-v2.txt',
      section: '1. Request: dcvEmailAddresses, validationTokens',
    },
    check: (values) =>
      present(values, 'dcvEmailAddresses') && present(values, 'validationTokens')
        ? {
            field: 'validationTokens',
            message:
              'validationTokens must not be given together with dcvEmailAddresses: choose one.',
          }
        : null,
  },
  {
    id: 'autoapply-dcv-emails-magic-token-alone',
    endpoint: 'AutoApplyOrder',
    fields: ['dcvEmailAddresses'],
    description:
      'A magic token (ALLHTTPCSRHASH, ALLCNAMECSRHASH, ALLIPADDRESSPRE) must be the only value.',
    severity: 'error',
    code: -4,
    source: {
      doc: 'autoapplyorder-guide-v2.txt',
      section: '1. Request: dcvEmailAddresses ("The magic token must be the only value")',
    },
    check: magicTokenAlone('dcvEmailAddresses'),
  },
  {
    id: 'autoapply-validation-tokens-magic-token-alone',
    endpoint: 'AutoApplyOrder',
    fields: ['validationTokens'],
    description:
      'A magic token (ALLHTTPCSRHASH, ALLCNAMECSRHASH, ALLIPADDRESSPRE) must be the only value.',
    severity: 'error',
    code: -4,
    source: {
      doc: 'autoapplyorder-guide-v2.txt',
      section: '1. Request: validationTokens ("The magic token must be the only value")',
    },
    check: magicTokenAlone('validationTokens'),
  },
  {
    id: 'autoapply-dcv-emails-one-per-domain',
    endpoint: 'AutoApplyOrder',
    fields: ['dcvEmailAddresses', 'domainNames'],
    description:
      'dcvEmailAddresses lists one entry per domain of domainNames, in the same order (or one magic token alone).',
    severity: 'error',
    source: {
      doc: 'autoapplyorder-guide-v2.txt',
      section:
        '1. Request: dcvEmailAddresses ("must be exactly the same as the order of the domain names")',
    },
    check: onePerDomain('dcvEmailAddresses'),
  },
  {
    id: 'autoapply-validation-tokens-one-per-domain',
    endpoint: 'AutoApplyOrder',
    fields: ['validationTokens', 'domainNames'],
    description:
      'validationTokens lists one entry per domain of domainNames, in the same order (or one magic token alone).',
    severity: 'error',
    source: {
      doc: 'autoapplyorder-guide-v2.txt',
      section:
        '1. Request: validationTokens ("must be exactly the same as the order of the domain names")',
    },
    check: onePerDomain('validationTokens'),
  },
  {
    id: 'autoapply-primary-domain-in-domain-names',
    endpoint: 'AutoApplyOrder',
    fields: ['primaryDomainName', 'domainNames'],
    description: 'primaryDomainName is one of the names in domainNames.',
    severity: 'error',
    source: {
      doc: 'autoapplyorder-guide-v2.txt',
      section: '1. Request: primaryDomainName ("One of the Domain Names listed in" domainNames)',
    },
    check: (values) => {
      const primary = values.get('primaryDomainName');
      const domains = listEntries(values.get('domainNames')).map((name) => name.toLowerCase());
      if (primary === undefined || domains.length === 0) return null;
      return domains.includes(primary.toLowerCase())
        ? null
        : {
            field: 'primaryDomainName',
            message: `primaryDomainName (${primary}) is not one of the names in domainNames; add it there or choose one of them.`,
          };
    },
  },
  {
    id: 'autoapply-unique-value-alphanumeric',
    endpoint: 'AutoApplyOrder',
    fields: ['uniqueValue'],
    description:
      'uniqueValue is alphanumeric (letters A-Z, a-z and digits), at most 20 characters.',
    severity: 'error',
    code: -4,
    source: {
      doc: 'autoapplyorder-guide-v2.txt',
      section: '1. Request: uniqueValue ("string 20 chars An alphanumeric value")',
    },
    check: (values) => {
      const value = values.get('uniqueValue');
      return value === undefined || /^[A-Za-z0-9]{1,20}$/.test(value)
        ? null
        : {
            field: 'uniqueValue',
            message:
              'uniqueValue must be alphanumeric: letters A to Z (either case) and digits only, at most 20 of them.',
          };
    },
  },
  {
    id: 'autoapply-max-subject-cns-one-needs-primary',
    endpoint: 'AutoApplyOrder',
    fields: ['maxSubjectCNs', 'primaryDomainName'],
    description:
      'maxSubjectCNs=1 puts primaryDomainName in the CN, so primaryDomainName must have a value.',
    severity: 'error',
    code: -3,
    source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: maxSubjectCNs' },
    check: (values) =>
      values.get('maxSubjectCNs') === '1' && !present(values, 'primaryDomainName')
        ? {
            field: 'primaryDomainName',
            message: 'primaryDomainName is required when maxSubjectCNs is 1.',
          }
        : null,
  },
  {
    id: 'autoapply-callback-completed-needs-apprep-validated',
    endpoint: 'AutoApplyOrder',
    fields: ['isCallbackCompleted', 'isAppRepValidated'],
    description: 'isCallbackCompleted=Y needs isAppRepValidated=Y as well.',
    severity: 'error',
    code: -4,
    source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: isCallbackCompleted' },
    check: (values) =>
      isYes(values.get('isCallbackCompleted')) && !isYes(values.get('isAppRepValidated'))
        ? {
            field: 'isAppRepValidated',
            message: 'isAppRepValidated must be Y when isCallbackCompleted is Y.',
          }
        : null,
  },
  {
    id: 'collect-order-number-or-collection-code',
    endpoint: 'RequestAndCollectSMIME',
    fields: ['orderNumber', 'collectionCode'],
    description: 'Give orderNumber, or collectionCode instead.',
    severity: 'error',
    code: -3,
    source: {
      doc: 'requestandcollectsmime.txt',
      section: 'orderNumber ("Required unless collectionCode is provided")',
    },
    check: (values) =>
      present(values, 'orderNumber') || present(values, 'collectionCode')
        ? null
        : {
            field: 'orderNumber',
            message: 'orderNumber is required unless collectionCode is given.',
          },
  },
  {
    id: 'collect-login-unless-collection-code',
    endpoint: 'RequestAndCollectSMIME',
    fields: ['loginName', 'loginPassword', 'collectionCode'],
    description: 'loginName and loginPassword may be left out only when collectionCode is given.',
    severity: 'error',
    code: -3,
    source: {
      doc: 'requestandcollectsmime.txt',
      section: 'collectionCode ("the loginName, loginPassword and orderNumber can be omitted")',
    },
    check: (values) => {
      if (present(values, 'collectionCode')) return null;
      for (const field of ['loginName', 'loginPassword']) {
        if (!present(values, field))
          return { field, message: `${field} is required unless collectionCode is given.` };
      }
      return null;
    },
  },
  {
    id: 'collect-response-type-needs-query-type-1',
    endpoint: 'RequestAndCollectSMIME',
    fields: ['responseType', 'queryType'],
    description: 'responseType 1 (Netscape), 2 (PKCS#7) and 4 (CMMF) need queryType=1.',
    severity: 'error',
    code: -4,
    source: { doc: 'requestandcollectsmime.txt', section: 'responseType' },
    check: (values) => {
      const responseType = values.get('responseType');
      return responseType !== undefined &&
        ['1', '2', '4'].includes(responseType) &&
        values.get('queryType') !== '1'
        ? { field: 'responseType', message: `responseType=${responseType} needs queryType=1.` }
        : null;
    },
  },
  {
    id: 'collect-binary-encoding-needs-pkcs7',
    endpoint: 'RequestAndCollectSMIME',
    fields: ['responseEncoding', 'queryType', 'responseType'],
    description: 'responseEncoding=1 (binary) needs queryType=1 and responseType=2.',
    severity: 'error',
    code: -4,
    source: { doc: 'requestandcollectsmime.txt', section: 'responseEncoding' },
    check: (values) =>
      values.get('responseEncoding') === '1' &&
      (values.get('queryType') !== '1' || values.get('responseType') !== '2')
        ? {
            field: 'responseEncoding',
            message: 'responseEncoding=1 (binary) needs queryType=1 and responseType=2.',
          }
        : null,
  },
  {
    id: 'collect-validity-period-only-base64',
    endpoint: 'RequestAndCollectSMIME',
    fields: ['showValidityPeriod', 'responseEncoding'],
    description: 'showValidityPeriod applies only with responseEncoding=0.',
    severity: 'warning',
    source: {
      doc: 'requestandcollectsmime.txt',
      section: 'showValidityPeriod ("Applicable only for responseEncoding=0")',
    },
    check: (values) => {
      const encoding = values.get('responseEncoding') ?? '0';
      return isYes(values.get('showValidityPeriod')) && encoding !== '0'
        ? {
            field: 'showValidityPeriod',
            message: `showValidityPeriod has no effect with responseEncoding=${encoding}; it applies only to responseEncoding=0.`,
          }
        : null;
    },
  },
];

/** The rules of one endpoint that the given values break. */
export function checkCrossFieldRules(
  endpoint: RequestEndpointId,
  values: Readonly<Record<string, string>>,
): (RuleViolation & { rule: CrossFieldRule })[] {
  const lookup = paramValues(values);
  const violations: (RuleViolation & { rule: CrossFieldRule })[] = [];
  for (const rule of CROSS_FIELD_RULES) {
    if (rule.endpoint !== endpoint) continue;
    const violation = rule.check(lookup);
    if (violation) violations.push({ ...violation, rule });
  }
  return violations;
}

/** What a requirement rule reads: the request's values and the products the order (or one item) is for. */
export interface OrderContext {
  readonly values: ParamValues;
  readonly products: readonly ProductSpec[];
}

/**
 * A rule the documents state in prose about whether a parameter is needed,
 * which its table row's requirement column cannot say:
 * - `required`: needed (missing is -3) when `applies` holds;
 * - `not-required`: not needed when `applies` holds (it may still be sent);
 * - `not-applicable`: neither needed nor asked for when `applies` holds.
 */
export interface RequirementRule {
  readonly id: string;
  readonly endpoint: RequestEndpointId;
  /** The parameters concerned, as the table names them (item parameters without their `x_`). */
  readonly params: readonly string[];
  readonly effect: 'required' | 'not-required' | 'not-applicable';
  /** The rule in plain words. */
  readonly description: string;
  /** The error Sectigo answers when a required parameter is missing. */
  readonly code?: number;
  readonly source: Source;
  readonly applies: (order: OrderContext) => boolean;
}

const isFamily = (product: ProductSpec, families: readonly ProductSpec['family'][]) =>
  families.includes(product.family);

/** An order whose products are all CodeGuard or HackerGuardian licences: no certificate in it. */
const licencesOnly = ({ products }: OrderContext) =>
  products.length > 0 &&
  products.every((product) => isFamily(product, ['codeguard', 'hackerguardian']));

export const REQUIREMENT_RULES: readonly RequirementRule[] = [
  {
    id: 'placeorder-returning-customer-needs-no-email',
    endpoint: 'PlaceOrder',
    params: ['emailAddress'],
    effect: 'not-required',
    description:
      'A returning customer (isReturningCustomer=Y, or no emailAddress at all) needs no emailAddress; a new customer (isReturningCustomer=N) does.',
    source: {
      doc: 'placeorder-smime.txt',
      section:
        'emailAddress ("Presence of emailAddress indicates a new customer", "Absence of emailAddress indicates a returning customer"); isReturningCustomer',
    },
    applies: ({ values }) => values.get('isReturningCustomer')?.toUpperCase() !== 'N',
  },
  {
    id: 'placeorder-smime-needs-smime-email-addresses',
    endpoint: 'PlaceOrder',
    params: ['smimeEmailAddresses'],
    effect: 'required',
    description:
      'Every S/MIME item needs x_smimeEmailAddresses, the mailbox(es) the certificate is for.',
    code: -3,
    source: {
      doc: 'placeorder-smime.txt',
      section:
        'Product-specific parameters ("All S/MIME certificate customers must supply smimeEmailAddresses")',
    },
    applies: ({ products }) => products.some((product) => product.family === 'smime'),
  },
  {
    id: 'autoapply-hackerguardian-needs-app-rep-name',
    endpoint: 'AutoApplyOrder',
    params: ['appRepForename', 'appRepSurname'],
    effect: 'required',
    description:
      'Orders with a HackerGuardian product need the applicant representative’s first and last name.',
    code: -3,
    source: {
      doc: 'autoapplyorder-ssl.txt',
      section:
        'appRepForename, appRepSurname ("Required when ... HackerGuardian, HackerProof and products with additional HackerGuardian license are involved with your order")',
    },
    applies: ({ products }) => products.some((product) => product.family === 'hackerguardian'),
  },
  {
    id: 'autoapply-licences-need-no-certificate-fields',
    endpoint: 'AutoApplyOrder',
    params: [
      'csr',
      'serverSoftware',
      'dcvMethod',
      'dcvEmailAddress',
      'dcvEmailAddresses',
      'validationTokens',
      'uniqueValue',
      'dcvTemplateID',
    ],
    effect: 'not-applicable',
    description:
      'CodeGuard-only and HackerGuardian-only orders have no certificate: no CSR, server software or domain control validation.',
    source: {
      doc: 'autoapplyorder-guide-v2.txt',
      section:
        '4.1 CodeGuard, 4.2 HackerGuardian (their parameter lists: days or years, appRep fields, Domains / IP Addresses, organizationName)',
    },
    applies: licencesOnly,
  },
  {
    id: 'autoapply-licences-take-years',
    endpoint: 'AutoApplyOrder',
    params: ['days'],
    effect: 'not-required',
    description:
      'CodeGuard and HackerGuardian orders may give the validity in years instead of days.',
    source: {
      doc: 'autoapplyorder-guide-v2.txt',
      section: '4.1 CodeGuard, 4.2 HackerGuardian (both list "days Integer years Integer")',
    },
    applies: (order) => licencesOnly(order) && order.values.get('years') !== undefined,
  },
];

/** The requirement rules of an endpoint that concern a parameter (matched case-insensitively). */
export function requirementRulesFor(endpoint: RequestEndpointId, param: string): RequirementRule[] {
  const lower = param.toLowerCase();
  return REQUIREMENT_RULES.filter(
    (rule) =>
      rule.endpoint === endpoint && rule.params.some((name) => name.toLowerCase() === lower),
  );
}

/**
 * A value the documents mention but do not say how to send: accepted with a
 * warning rather than rejected, because Sectigo may well take it.
 */
export interface UnlistedValueRule {
  readonly id: string;
  readonly endpoint: RequestEndpointId;
  readonly param: string;
  readonly values: readonly string[];
  readonly message: string;
  readonly source: Source;
}

export const UNLISTED_VALUE_RULES: readonly UnlistedValueRule[] = [
  {
    id: 'autoapply-days-multi-year-bundle',
    endpoint: 'AutoApplyOrder',
    param: 'days',
    // Three, four and five years; two years (730) is a listed value.
    values: ['1095', '1460', '1825'],
    message:
      'is a multi-year bundle (three to five years). Sectigo sells two- to five-year bundles, but the documents do not say how to request one, so this value may be rejected; 30, 90, 365 and 730 are the documented values.',
    source: {
      doc: 'autoapplyorder-ssl.txt',
      section:
        'days ("Sectigo allows purchase of a certificate bundle for multiple years. Two, three, four, and five-year certificates bundle can be placed by setting the" — the capture ends there)',
    },
  },
];

export function unlistedValueRule(
  endpoint: RequestEndpointId,
  param: string,
  value: string,
): UnlistedValueRule | undefined {
  const lower = param.toLowerCase();
  return UNLISTED_VALUE_RULES.find(
    (rule) =>
      rule.endpoint === endpoint &&
      rule.param.toLowerCase() === lower &&
      rule.values.includes(value.trim()),
  );
}

/**
 * Values a fresh form starts with, where the documents recommend one or allow
 * only one. Only preselected in forms: a request without them is still
 * checked as the table says.
 */
export interface Preselect {
  readonly endpoint: RequestEndpointId;
  readonly param: string;
  readonly value: string;
  readonly source: Source;
}

export const PRESELECTS: readonly Preselect[] = [
  {
    endpoint: 'AutoApplyOrder',
    param: 'serverSoftware',
    value: '-1',
    source: {
      doc: 'autoapplyorder-guide-v2.txt',
      section: '1. Request: serverSoftware ("Please use \'-1\' as the default option")',
    },
  },
  {
    endpoint: 'AutoApplyOrder',
    param: 'isCustomerValidated',
    value: 'N',
    source: {
      doc: 'autoapplyorder-guide-v2.txt',
      section: '1. Request: isCustomerValidated ("char 1 char N", its only value)',
    },
  },
];
