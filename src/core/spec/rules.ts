/**
 * Rules that span several parameters, each written once with its source. The
 * single-field rules (type, length, allowed values) are in the parameter tables;
 * these are the ones a table row cannot say on its own.
 */
import { DCV_MAGIC_TOKENS } from './values';
import type { RequestEndpointId, Source } from './types';

/** Request values looked up the way Sectigo reads them: names are case-insensitive. */
export interface ParamValues {
  /** The trimmed value, or undefined when absent or empty. */
  get(name: string): string | undefined;
}

export function paramValues(values: Readonly<Record<string, string>>): ParamValues {
  const byLowerName = new Map<string, string>();
  for (const [name, value] of Object.entries(values)) {
    const trimmed = value.trim();
    if (trimmed !== '') byLowerName.set(name.toLowerCase(), trimmed);
  }
  return { get: (name) => byLowerName.get(name.toLowerCase()) };
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
  readonly severity: 'error' | 'warning';
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
