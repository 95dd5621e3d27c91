/**
 * Validation, as tables: cases generated from the parameter tables (every
 * required parameter missing, every limit, allowed-value list, integer type
 * and format broken), unknown names, every cross-field rule, the
 * product-aware rules, the password-in-URL rule and the 2,000-character URL.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../../src/core/order/buildRequest';
import { documentedCode } from '../../../src/core/order/documentedCode';
import type { OrderEndpointId, OrderIssue } from '../../../src/core/order/types';
import { ENDPOINTS, REQUEST_ENDPOINT_IDS } from '../../../src/core/spec/endpoints';
import { ERRORS } from '../../../src/core/spec/errors';
import { CROSS_FIELD_RULES } from '../../../src/core/spec/rules';
import type { ErrorSpec, ParamFormat, ParamSpec } from '../../../src/core/spec/types';
import { SECTIGO_CSR, SMIME_CSR } from './support';

/** A complete, valid request per endpoint. */
const BASE: Record<OrderEndpointId, Record<string, string>> = {
  PlaceOrder: {
    ap: 'brand',
    reseller: 'Y',
    name: 'Fred Bloggs',
    emailAddress: 'fred@example.com',
    loginName: 'login_name',
    loginPassword: 'login_password',
    '1_PPP': '2411',
    '1_smimeEmailAddresses': 'fred@example.com',
    '1_csr': SECTIGO_CSR,
  },
  AutoApplyOrder: {
    loginName: 'login_name',
    loginPassword: 'login_password',
    product: '488',
    days: '365',
    isCustomerValidated: 'N',
    serverSoftware: '-1',
    csr: SECTIGO_CSR,
    dcvEmailAddress: 'admin@example.com',
  },
  AutoReplaceSMIME: {
    loginName: 'login_name',
    loginPassword: 'login_password',
    orderNumber: '1234567',
    csr: SECTIGO_CSR,
  },
  RequestAndCollectSMIME: {
    loginName: 'login_name',
    loginPassword: 'login_password',
    orderNumber: '1234567',
    queryType: '1',
  },
};

const errors = (issues: readonly OrderIssue[]) =>
  issues.filter((issue) => issue.severity === 'error');

const tableOf = (endpoint: OrderEndpointId): readonly ParamSpec[] => ENDPOINTS[endpoint].params;

/** The name a parameter is sent as in these tests: item parameters belong to item 1. */
const sentAs = (spec: ParamSpec) => (spec.item === true ? `1_${spec.name}` : spec.name);

describe('the base requests are valid', () => {
  it.each(REQUEST_ENDPOINT_IDS)('%s', (endpoint) => {
    const result = buildRequest(endpoint, BASE[endpoint]);
    expect(errors(result.issues)).toEqual([]);
    expect(result.ok).toBe(true);
    // The only warning: !PlaceOrder withholds its URL because of the password.
    const warnings = result.issues.map((issue) => issue.field);
    expect(warnings).toEqual(endpoint === 'PlaceOrder' ? ['loginPassword'] : []);
  });
});

describe('a missing required parameter: -3', () => {
  // "required" with no condition and no product scope: every request needs it.
  const cases = REQUEST_ENDPOINT_IDS.flatMap((endpoint) =>
    tableOf(endpoint)
      .filter(
        (spec) =>
          spec.requirement === 'required' && spec.condition === undefined && !spec.appliesTo,
      )
      .map((spec) => ({ id: `${endpoint} ${sentAs(spec)}`, endpoint, field: sentAs(spec) })),
  );

  it('covers the unconditionally required parameters of every endpoint', () => {
    expect(cases.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'PlaceOrder ap',
        'PlaceOrder reseller',
        'PlaceOrder emailAddress',
        'PlaceOrder loginName',
        'PlaceOrder loginPassword',
        'PlaceOrder 1_csr',
        'AutoApplyOrder product',
        'AutoApplyOrder csr',
        'AutoReplaceSMIME orderNumber',
        'RequestAndCollectSMIME queryType',
      ]),
    );
  });

  // emailAddress is required of a new customer only: "Absence of emailAddress
  // indicates a returning customer" (placeorder-smime.txt, emailAddress).
  const context = (field: string) => (field === 'emailAddress' ? { isReturningCustomer: 'N' } : {});

  it.each(cases)('$id', ({ endpoint, field }) => {
    const values = { ...BASE[endpoint], ...context(field), [field]: '' };
    const result = buildRequest(endpoint, values);
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ field, severity: 'error', code: -3 }),
    );
    expect(result.issues.find((issue) => issue.field === field)?.message).toMatch(/required/);
  });
});

/** A value that breaks each format (the check in schema/formats.ts). */
const BAD_FORMAT: Record<ParamFormat, string> = {
  email: 'fred.example.com',
  emailList: 'fred.example.com',
  url: 'ftp://example.com/',
  country: 'XX',
  language: 'xx',
  date: '2023-02-29',
  csr: 'not a CSR!',
  productList: '488;700',
  domainList: ',',
  tokenList: 'EMAIL',
  yn: 'X',
};

/** The code a broken format causes, where the endpoint documents one (else -4). */
const FORMAT_CODE: Partial<Record<ParamFormat, number>> = {
  email: -70,
  emailList: -70,
  country: -7,
};

interface BadValueCase {
  readonly id: string;
  readonly endpoint: OrderEndpointId;
  readonly field: string;
  readonly value: string;
  readonly code: number;
}

const BAD_VALUES: readonly BadValueCase[] = REQUEST_ENDPOINT_IDS.flatMap((endpoint) =>
  tableOf(endpoint).flatMap((spec) => {
    const field = sentAs(spec);
    const cases: BadValueCase[] = [];
    const add = (what: string, value: string, code: number) =>
      cases.push({ id: `${endpoint} ${field}: ${what}`, endpoint, field, value, code });
    if (spec.maxLength !== undefined) add('one over the limit', '1'.repeat(spec.maxLength + 1), -4);
    if (spec.values?.length)
      add('not an allowed value', spec.type === 'integer' ? '98765' : 'Q', -4);
    if (spec.type === 'integer' && !spec.values?.length) add('not a whole number', '1.5', -4);
    if (spec.format !== undefined) {
      const specific = FORMAT_CODE[spec.format];
      const code =
        specific !== undefined && documentedCode(endpoint, specific) !== undefined ? specific : -4;
      add(`bad ${spec.format}`, BAD_FORMAT[spec.format], code);
    }
    return cases;
  }),
);

describe('a bad value: -4, or -70 for an email and -7 for a country where documented', () => {
  it('has cases for every endpoint, including -70 and -7', () => {
    const codes = new Set(BAD_VALUES.map((c) => `${c.endpoint} ${c.code}`));
    expect(codes).toEqual(
      new Set([
        'PlaceOrder -4',
        'PlaceOrder -70',
        'AutoApplyOrder -4',
        'AutoApplyOrder -70',
        'AutoApplyOrder -7',
        'AutoReplaceSMIME -4',
        'RequestAndCollectSMIME -4',
      ]),
    );
  });

  it.each(BAD_VALUES)('$id', ({ endpoint, field, value, code }) => {
    const result = buildRequest(endpoint, { ...BASE[endpoint], [field]: value });
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ field, severity: 'error', code }),
    );
    // Nothing typed is lost: the bad value is still in every output.
    expect(result.params).toContainEqual([field, value]);
  });

  it('the country of !PlaceOrder is -4: it documents no -7', () => {
    const result = buildRequest('PlaceOrder', { ...BASE.PlaceOrder, country: 'XX' });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ field: 'countryName', severity: 'error', code: -4 }),
    );
  });

  it('-70 only where documented: never on the S/MIME replacement and collection endpoints', () => {
    expect(documentedCode('PlaceOrder', -70)).toBe(-70);
    expect(documentedCode('AutoApplyOrder', -70)).toBe(-70);
    expect(documentedCode('AutoReplaceSMIME', -70)).toBeUndefined();
    expect(documentedCode('RequestAndCollectSMIME', -70)).toBeUndefined();
  });

  it('every entry of an email list is checked, DCV tokens allowed', () => {
    const values = {
      ...BASE.AutoApplyOrder,
      product: '583',
      dcvEmailAddress: '',
      appRepEmailAddress: 'rep@example.com',
      domainNames: 'a.example.com b.example.com c.example.com',
      dcvEmailAddresses: 'admin@a.example.com HTTPCSRHASH nobody',
    };
    const issue = buildRequest('AutoApplyOrder', values).issues.find(
      (candidate) => candidate.field === 'dcvEmailAddresses',
    );
    expect(issue).toMatchObject({ severity: 'error', code: -70 });
    expect(issue?.message).toContain("'nobody'");
    expect(
      buildRequest('AutoApplyOrder', { ...values, dcvEmailAddresses: 'ALLCNAMECSRHASH' }).ok,
    ).toBe(true);
  });

  it('over the limit, only the length is reported (a huge paste is not pattern-matched)', () => {
    const result = buildRequest('PlaceOrder', {
      ...BASE.PlaceOrder,
      emailAddress: `a@${'.'.repeat(300_000)}`,
    });
    const issues = errors(result.issues).filter((issue) => issue.field === 'emailAddress');
    expect(issues).toEqual([
      expect.objectContaining({
        code: -4,
        message: expect.stringContaining('too long') as unknown,
      }),
    ]);
  });

  it('names the parameter as sent: 2_csr, not x_csr', () => {
    const result = buildRequest('PlaceOrder', {
      ...BASE.PlaceOrder,
      '2_PPP': '2412',
      '2_csr': 'M'.repeat(32768),
    });
    const issue = result.issues.find((candidate) => candidate.field === '2_csr');
    expect(issue?.message).toMatch(/^2_csr is too long: at most 32767 characters/);
  });
});

describe('unknown names: -2, left out', () => {
  const CASES: readonly {
    endpoint: OrderEndpointId;
    name: string;
    hint?: RegExp;
  }[] = [
    { endpoint: 'PlaceOrder', name: 'favouriteColour' },
    { endpoint: 'PlaceOrder', name: 'csr', hint: /1_csr/ }, // an item parameter without its number
    { endpoint: 'PlaceOrder', name: 'x_PPP', hint: /x in x_PPP stands for the item number/ },
    { endpoint: 'PlaceOrder', name: '01_PPP' }, // not an item number the documents show
    { endpoint: 'PlaceOrder', name: 'IP Addresses' }, // !AutoApplyOrder's, not !PlaceOrder's
    { endpoint: 'AutoApplyOrder', name: '1_PPP' }, // no items on this endpoint
    { endpoint: 'AutoApplyOrder', name: 'potsalCode', hint: /Did you mean postalCode\?/ },
    {
      endpoint: 'AutoReplaceSMIME',
      name: 'revokeOldOrders',
      hint: /Did you mean revokeOldOrder\?/,
    },
    { endpoint: 'RequestAndCollectSMIME', name: 'showCollectionCode' },
  ];

  it.each(CASES)('$endpoint: $name', ({ endpoint, name, hint }) => {
    const result = buildRequest(endpoint, { ...BASE[endpoint], [name]: 'Y1' });
    const issue = result.issues.find((candidate) => candidate.field === name);
    expect(issue).toMatchObject({ severity: 'error', code: -2 });
    if (hint) expect(issue?.message).toMatch(hint);
    expect(result.ok).toBe(false);
    expect(result.params.map(([sent]) => sent)).not.toContain(name);
    expect(result.curl).not.toContain(`'${name}=`);
    expect(result.html).not.toContain(`name="${name}"`);
  });

  it('undocumented item parameters are warned about but sent, as the documents’ examples send them', () => {
    const result = buildRequest('PlaceOrder', { ...BASE.PlaceOrder, '1_MACAddress': '00:1A' });
    expect(result.ok).toBe(true);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ field: '1_MACAddress', severity: 'warning' }),
    );
    expect(result.params.at(-1)).toEqual(['1_MACAddress', '00:1A']);
  });
});

describe('names: any case and aliases in, documented spelling out', () => {
  it.each([
    ['AutoReplaceSMIME', 'REVOKEOLDORDER', 'Y', 'revokeOldOrder'],
    ['AutoApplyOrder', 'domains', '1', 'Domains'],
    ['AutoApplyOrder', 'ip addresses', '5', 'IP Addresses'],
    ['PlaceOrder', 'country', 'DE', 'countryName'],
    ['PlaceOrder', 'COUNTRY', 'DE', 'countryName'],
    ['PlaceOrder', 'businesscategory', 'b', 'BusinessCategory'],
    ['PlaceOrder', '_1_smimesubjectemail', 'fred@example.com', '_1_smimeSubjectEmail'],
    ['RequestAndCollectSMIME', 'QUERYTYPE', '0', 'queryType'],
  ] as const)('%s: %s → %s', (endpoint, name, value, sent) => {
    const base: Record<string, string> = { ...BASE[endpoint] };
    delete base.queryType;
    const result = buildRequest(endpoint, { ...base, [name]: value });
    expect(result.params).toContainEqual([sent, value]);
    expect(result.issues.filter((issue) => issue.code === -2)).toEqual([]);
  });

  it('a name given twice (in two spellings) is sent once, the first value, with a warning', () => {
    const result = buildRequest('AutoReplaceSMIME', {
      ...BASE.AutoReplaceSMIME,
      revokeOldOrder: 'N',
      REVOKEOLDORDER: 'Y',
    });
    expect(result.params.filter(([name]) => name === 'revokeOldOrder')).toEqual([
      ['revokeOldOrder', 'N'],
    ]);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ field: 'revokeOldOrder', severity: 'warning' }),
    );
  });

  it('1_PPP and _1_PPP are the same parameter', () => {
    const result = buildRequest('PlaceOrder', { ...BASE.PlaceOrder, _1_PPP: '2412' });
    expect(result.params.filter(([name]) => /^_?1_PPP$/.test(name))).toEqual([['1_PPP', '2411']]);
  });

  it('blank values are dropped, silently', () => {
    const result = buildRequest('AutoReplaceSMIME', {
      ...BASE.AutoReplaceSMIME,
      signatureHash: '',
      languageName: '   ',
      notAParameter: '',
    });
    expect(result.params.map(([name]) => name)).toEqual([
      'loginName',
      'loginPassword',
      'orderNumber',
      'csr',
    ]);
    expect(result.issues).toEqual([]);
  });

  it('items go in number order, each in table order, keeping the prefix each was given with', () => {
    const result = buildRequest('PlaceOrder', {
      ...BASE.PlaceOrder,
      '10_csr': SECTIGO_CSR,
      _10_ppp: '2412',
      '2_PPP': '2411',
      _2_CSR: SECTIGO_CSR,
    });
    expect(result.params.map(([name]) => name).slice(-8)).toEqual([
      'loginPassword', // the last of the table's rows
      '1_PPP',
      '1_smimeEmailAddresses',
      '1_csr',
      '2_PPP',
      '_2_csr',
      '_10_PPP',
      '10_csr',
    ]);
  });
});

interface RuleCase {
  readonly rule: string;
  readonly endpoint: OrderEndpointId;
  readonly values: Record<string, string>;
  readonly field: string;
  readonly severity: 'error' | 'warning';
  readonly code: number | null;
}

const OV_SMIME = { ...BASE.PlaceOrder, '1_PPP': '243' };
const ORGANIZATION = {
  organizationName: 'ABC Company',
  '1_organizationIdentifier': 'VATDE-1234',
  streetAddress1: 'Elm Street 12',
  localityName: 'Berlin',
  postalCode: '10115',
  countryName: 'DE',
};
const DV_BASE = BASE.AutoApplyOrder;
const OV_MDC = {
  ...BASE.AutoApplyOrder,
  product: '583',
  dcvEmailAddress: '',
  appRepEmailAddress: 'rep@example.com',
  domainNames: 'example.com www.example.com',
};

const RULE_CASES: readonly RuleCase[] = [
  {
    rule: 'placeorder-name-or-forename-surname',
    endpoint: 'PlaceOrder',
    values: { ...BASE.PlaceOrder, name: '' },
    field: 'name',
    severity: 'error',
    code: -3,
  },
  {
    rule: 'placeorder-at-least-one-item',
    endpoint: 'PlaceOrder',
    values: { ...BASE.PlaceOrder, '1_PPP': '', '1_csr': '', '1_smimeEmailAddresses': '' },
    field: '1_PPP',
    severity: 'error',
    code: -39,
  },
  {
    rule: 'placeorder-smime-ov-organization-identifier',
    endpoint: 'PlaceOrder',
    values: { ...OV_SMIME, ...ORGANIZATION, '1_organizationIdentifier': '' },
    field: '1_organizationIdentifier',
    severity: 'error',
    code: -3,
  },
  {
    rule: 'placeorder-smime-ov-company-name',
    endpoint: 'PlaceOrder',
    values: { ...OV_SMIME, ...ORGANIZATION, organizationName: '' },
    field: 'organizationName',
    severity: 'error',
    code: -62,
  },
  {
    rule: 'placeorder-smime-ov-address',
    endpoint: 'PlaceOrder',
    values: { ...OV_SMIME, ...ORGANIZATION, postalCode: '' },
    field: 'postalCode',
    severity: 'error',
    code: -3,
  },
  {
    // The guide ties no error code to this rule.
    rule: 'autoapply-dcv-emails-xor-tokens',
    endpoint: 'AutoApplyOrder',
    values: {
      ...OV_MDC,
      dcvEmailAddresses: 'admin@example.com admin@example.com',
      validationTokens: 'ALLHTTPCSRHASH',
    },
    field: 'validationTokens',
    severity: 'error',
    code: null,
  },
  {
    rule: 'autoapply-dcv-emails-magic-token-alone',
    endpoint: 'AutoApplyOrder',
    values: { ...OV_MDC, dcvEmailAddresses: 'ALLHTTPCSRHASH admin@example.com' },
    field: 'dcvEmailAddresses',
    severity: 'error',
    code: -4,
  },
  {
    rule: 'autoapply-validation-tokens-magic-token-alone',
    endpoint: 'AutoApplyOrder',
    values: { ...OV_MDC, validationTokens: 'ALLCNAMECSRHASH,HTTPCSRHASH' },
    field: 'validationTokens',
    severity: 'error',
    code: -4,
  },
  {
    rule: 'autoapply-max-subject-cns-one-needs-primary',
    endpoint: 'AutoApplyOrder',
    values: { ...OV_MDC, maxSubjectCNs: '1' },
    field: 'primaryDomainName',
    severity: 'error',
    code: -3,
  },
  {
    rule: 'autoapply-callback-completed-needs-apprep-validated',
    endpoint: 'AutoApplyOrder',
    values: { ...OV_MDC, isCallbackCompleted: 'Y' },
    field: 'isAppRepValidated',
    severity: 'error',
    code: -4,
  },
  {
    rule: 'collect-order-number-or-collection-code',
    endpoint: 'RequestAndCollectSMIME',
    values: { ...BASE.RequestAndCollectSMIME, orderNumber: '' },
    field: 'orderNumber',
    severity: 'error',
    code: -3,
  },
  {
    rule: 'collect-login-unless-collection-code',
    endpoint: 'RequestAndCollectSMIME',
    values: { ...BASE.RequestAndCollectSMIME, loginPassword: '' },
    field: 'loginPassword',
    severity: 'error',
    code: -3,
  },
  {
    rule: 'collect-response-type-needs-query-type-1',
    endpoint: 'RequestAndCollectSMIME',
    values: { ...BASE.RequestAndCollectSMIME, queryType: '0', responseType: '2' },
    field: 'responseType',
    severity: 'error',
    code: -4,
  },
  {
    rule: 'collect-binary-encoding-needs-pkcs7',
    endpoint: 'RequestAndCollectSMIME',
    values: { ...BASE.RequestAndCollectSMIME, responseEncoding: '1' },
    field: 'responseEncoding',
    severity: 'error',
    code: -4,
  },
  {
    rule: 'placeorder-no-email-means-returning-customer',
    endpoint: 'PlaceOrder',
    values: { ...BASE.PlaceOrder, emailAddress: '' },
    field: 'emailAddress',
    severity: 'warning',
    code: null,
  },
  {
    rule: 'placeorder-csr-mailbox-matches-smime-addresses',
    endpoint: 'PlaceOrder',
    values: { ...BASE.PlaceOrder, '1_csr': SMIME_CSR, '1_smimeEmailAddresses': 'jo@example.com' },
    field: '1_smimeEmailAddresses',
    severity: 'warning',
    code: null,
  },
  {
    rule: 'autoapply-dcv-emails-one-per-domain',
    endpoint: 'AutoApplyOrder',
    values: { ...OV_MDC, dcvEmailAddresses: 'admin@example.com' },
    field: 'dcvEmailAddresses',
    severity: 'error',
    code: null,
  },
  {
    rule: 'autoapply-validation-tokens-one-per-domain',
    endpoint: 'AutoApplyOrder',
    values: { ...OV_MDC, validationTokens: 'HTTPCSRHASH CNAMECSRHASH IPADDRESSPRE' },
    field: 'validationTokens',
    severity: 'error',
    code: null,
  },
  {
    rule: 'autoapply-primary-domain-in-domain-names',
    endpoint: 'AutoApplyOrder',
    values: { ...OV_MDC, primaryDomainName: 'mail.example.com' },
    field: 'primaryDomainName',
    severity: 'error',
    code: null,
  },
  {
    rule: 'autoapply-unique-value-alphanumeric',
    endpoint: 'AutoApplyOrder',
    values: { ...DV_BASE, uniqueValue: 'abc-123' },
    field: 'uniqueValue',
    severity: 'error',
    code: -4,
  },
  {
    rule: 'collect-validity-period-only-base64',
    endpoint: 'RequestAndCollectSMIME',
    values: { ...BASE.RequestAndCollectSMIME, responseEncoding: '2', showValidityPeriod: 'Y' },
    field: 'showValidityPeriod',
    severity: 'warning',
    code: null,
  },
];

describe('cross-field rules (spec/rules.ts), with the rule’s own code', () => {
  it('every rule has a case', () => {
    expect(RULE_CASES.map((c) => c.rule).sort()).toEqual(
      CROSS_FIELD_RULES.map((rule) => rule.id).sort(),
    );
  });

  it.each(RULE_CASES)('$rule', ({ rule, endpoint, values, field, severity, code }) => {
    const result = buildRequest(endpoint, values);
    const found = result.issues.filter((issue) => issue.rule === rule);
    expect(found).toEqual([
      {
        field,
        severity,
        message: expect.any(String) as unknown,
        rule,
        ...(code === null ? {} : { code }),
      },
    ]);
    expect(result.ok).toBe(severity !== 'error');
  });

  it('the OV S/MIME order with every organisation detail is valid', () => {
    expect(buildRequest('PlaceOrder', { ...OV_SMIME, ...ORGANIZATION }).ok).toBe(true);
  });

  it('RequestAndCollectSMIME: a collection code replaces login and order number', () => {
    const result = buildRequest('RequestAndCollectSMIME', {
      collectionCode: 'ABCD1234',
      queryType: '1',
    });
    expect(errors(result.issues)).toEqual([]);
  });
});

interface ProductCase {
  readonly name: string;
  readonly endpoint: OrderEndpointId;
  readonly values: Record<string, string>;
  /** Issues expected, as [field, severity, code]; others of the same fields must not appear. */
  readonly expected: readonly [string, 'error' | 'warning', number | null][];
  /** Fields that must have no issue. */
  readonly clean?: readonly string[];
}

const DV = BASE.AutoApplyOrder;
const EV = { ...DV, product: '562', dcvEmailAddress: '', appRepEmailAddress: 'rep@example.com' };

const PRODUCT_CASES: readonly ProductCase[] = [
  {
    name: 'EV needs joiCountryName ("required", "(EV certificates only)")',
    endpoint: 'AutoApplyOrder',
    values: EV,
    expected: [['joiCountryName', 'error', -3]],
  },
  {
    name: 'EV with joiCountryName is valid',
    endpoint: 'AutoApplyOrder',
    values: { ...EV, joiCountryName: 'US' },
    expected: [],
    clean: ['joiCountryName', 'appRepEmailAddress'],
  },
  {
    name: 'DV needs neither joiCountryName nor appRepEmailAddress',
    endpoint: 'AutoApplyOrder',
    values: DV,
    expected: [],
    clean: ['joiCountryName', 'appRepEmailAddress'],
  },
  {
    name: 'OV needs appRepEmailAddress',
    endpoint: 'AutoApplyOrder',
    values: { ...DV, product: '316', dcvEmailAddress: '' },
    expected: [['appRepEmailAddress', 'error', -3]],
    clean: ['joiCountryName'],
  },
  {
    name: 'CodeGuard needs appRepEmailAddress and Domains',
    endpoint: 'AutoApplyOrder',
    values: { ...DV, product: '488,700' },
    expected: [
      ['appRepEmailAddress', 'error', -3],
      ['Domains', 'error', -3],
    ],
  },
  {
    name: 'CodeGuard Domains must be a plan size (1, 12, 25, 100): reported once',
    endpoint: 'AutoApplyOrder',
    values: { ...DV, product: '488,700', appRepEmailAddress: 'rep@example.com', Domains: '5' },
    expected: [['Domains', 'error', -4]],
  },
  {
    name: 'HackerGuardian needs appRepLoginName; a documented pair raises no warning',
    endpoint: 'AutoApplyOrder',
    values: { ...DV, product: '488,346,329' },
    expected: [['appRepLoginName', 'error', -3]],
    clean: ['product'],
  },
  {
    name: 'HackerGuardian: one of a pair alone is a warning',
    endpoint: 'AutoApplyOrder',
    values: { ...DV, product: '488,586', appRepLoginName: 'hguser' },
    expected: [['product', 'warning', null]],
  },
  {
    name: 'the Additional IP pack 356 needs IP Addresses from its list',
    endpoint: 'AutoApplyOrder',
    values: { ...DV, product: '488,356', appRepLoginName: 'hguser', 'IP Addresses': '7' },
    expected: [['IP Addresses', 'error', -4]],
  },
  {
    name: 'IP Addresses without the IP pack is not applicable (-83)',
    endpoint: 'AutoApplyOrder',
    values: { ...DV, product: '488,346,329', appRepLoginName: 'hguser', 'IP Addresses': '5' },
    expected: [['IP Addresses', 'warning', -83]],
  },
  {
    name: 'an unknown product code is -4, and the known ones still count',
    endpoint: 'AutoApplyOrder',
    values: { ...DV, product: '488,999', joiCountryName: 'US' },
    expected: [
      ['product', 'error', -4],
      ['joiCountryName', 'warning', -83],
    ],
  },
  {
    name: 'two certificates in one product list are -4 ("exactly ONE")',
    endpoint: 'AutoApplyOrder',
    values: { ...DV, product: '488,287' },
    expected: [['product', 'error', -4]],
  },
  {
    name: 'TrustLogo 36 needs an OV or EV certificate',
    endpoint: 'AutoApplyOrder',
    values: { ...DV, product: '488,36' },
    expected: [['product', 'error', null]],
  },
  {
    name: 'TrustLogo 36 with SectigoSSL OV (the guide’s 316,36)',
    endpoint: 'AutoApplyOrder',
    values: { ...DV, product: '316,36', dcvEmailAddress: '', appRepEmailAddress: 'r@example.com' },
    expected: [],
    clean: ['product'],
  },
  {
    name: 'days outside the product’s validity choices: -4, once',
    endpoint: 'AutoApplyOrder',
    values: { ...DV, days: '180' },
    expected: [['days', 'error', -4]],
  },
  ...['1095', '1460', '1825'].map((days): ProductCase => ({
    // autoapplyorder-ssl.txt, days: "Two, three, four, and five-year certificates bundle can be placed by setting the" (cut off)
    name: `days=${days}, a multi-year bundle the documents mention without saying how: a warning`,
    endpoint: 'AutoApplyOrder',
    values: { ...DV, days },
    expected: [['days', 'warning', null]],
  })),
  {
    name: 'single-domain parameters on a multi-domain certificate are not applicable (-83)',
    endpoint: 'AutoApplyOrder',
    values: { ...DV, product: '583', appRepEmailAddress: 'r@example.com' },
    expected: [['dcvEmailAddress', 'warning', -83]],
  },
  {
    name: 'multi-domain and EV parameters on a single-domain DV certificate (-83)',
    endpoint: 'AutoApplyOrder',
    values: { ...DV, domainNames: 'a.example.com', dateOfIncorporation: '2001-01-01' },
    expected: [
      ['domainNames', 'warning', -83],
      ['dateOfIncorporation', 'warning', -83],
    ],
  },
  {
    name: 'PlaceOrder: an unknown x_PPP is -4',
    endpoint: 'PlaceOrder',
    values: { ...BASE.PlaceOrder, '1_PPP': '9999' },
    expected: [['1_PPP', 'error', -4]],
  },
  {
    name: 'PlaceOrder: x_smimeSubjectCN is for Organization-Validated items (-83 on Mailbox)',
    endpoint: 'PlaceOrder',
    values: { ...BASE.PlaceOrder, '1_smimeSubjectCN': 'Y' },
    expected: [['1_smimeSubjectCN', 'warning', -83]],
  },
  {
    name: 'PlaceOrder: x_smimeSubjectCN on an Organization-Validated item is fine',
    endpoint: 'PlaceOrder',
    values: { ...OV_SMIME, ...ORGANIZATION, '1_smimeSubjectCN': 'Y' },
    expected: [],
    clean: ['1_smimeSubjectCN'],
  },
  {
    name: 'PlaceOrder: each item is checked with its own product and prefix',
    endpoint: 'PlaceOrder',
    values: { ...BASE.PlaceOrder, _2_PPP: '2412', '2_smimeSubjectCN': 'N' },
    expected: [
      ['_2_csr', 'error', -3],
      ['2_smimeSubjectCN', 'warning', -83],
    ],
  },
];

describe('product-aware rules', () => {
  it.each(PRODUCT_CASES)('$name', ({ endpoint, values, expected, clean = [] }) => {
    const result = buildRequest(endpoint, values);
    const fields = new Set([...expected.map(([field]) => field), ...clean]);
    const found = result.issues
      .filter((issue) => fields.has(issue.field) && issue.field !== 'loginPassword')
      .map((issue) => [issue.field, issue.severity, issue.code ?? null]);
    expect(found.sort()).toEqual([...expected].sort());
  });

  it('messages say why in plain words', () => {
    const result = buildRequest('AutoApplyOrder', { ...DV, domainNames: 'a.example.com' });
    expect(result.issues.find((issue) => issue.field === 'domainNames')?.message).toBe(
      'domainNames is not applicable to this order: it is for multi-domain SSL certificates (including UCC), and this order has SectigoSSL DV (488). It is sent as given; Sectigo may reject or ignore it.',
    );
  });
});

describe('loginPassword and the GET ordering URL', () => {
  const password = 'S3cret!pass';
  const values = { ...BASE.PlaceOrder, loginPassword: password };

  it('is withheld without the explicit choice, with a warning on loginPassword', () => {
    const result = buildRequest('PlaceOrder', values);
    expect(result).not.toHaveProperty('url');
    expect(result.issues).toEqual([
      expect.objectContaining({ field: 'loginPassword', severity: 'warning' }),
    ]);
    expect(result.ok).toBe(true);
  });

  it('is given with allowPasswordInUrl, still with a warning', () => {
    const result = buildRequest('PlaceOrder', values, { allowPasswordInUrl: true });
    expect(new URL(result.url ?? '').searchParams.get('loginPassword')).toBe(password);
    expect(result.issues).toEqual([
      expect.objectContaining({ field: 'loginPassword', severity: 'warning' }),
    ]);
  });

  it('without a password the URL is given with no warning', () => {
    const result = buildRequest('PlaceOrder', { ...values, loginPassword: '' });
    expect(result.url).toMatch(
      /^https:\/\/secure\.trust-provider\.com\/products\/!PlaceOrder\?ap=brand&/,
    );
    expect(result.issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['loginPassword', -3],
    ]);
  });

  it.each(['AutoApplyOrder', 'AutoReplaceSMIME', 'RequestAndCollectSMIME'] as const)(
    '%s is POST only: never a URL, even when allowed',
    (endpoint) => {
      const result = buildRequest(endpoint, BASE[endpoint], { allowPasswordInUrl: true });
      expect(result).not.toHaveProperty('url');
      expect(result.form.method).toBe('POST');
    },
  );

  it('masked outputs never contain the password, and validate the same', () => {
    const plain = buildRequest('PlaceOrder', values, { allowPasswordInUrl: true });
    const masked = buildRequest('PlaceOrder', values, { allowPasswordInUrl: true, mask: true });
    expect(masked.masked).toBe(true);
    expect(masked.secretFields).toEqual(['loginPassword']);
    expect(JSON.stringify(masked)).not.toContain(password);
    expect(masked.issues).toEqual(plain.issues);
    expect(masked.ok).toBe(plain.ok);
    expect(masked.params).toContainEqual(['loginPassword', '••••••••']);
    expect(masked.form.fields).toContainEqual(['loginPassword', '••••••••']);
    expect(masked.url).toContain('loginPassword=••••••••&');
    expect(masked.html).toContain('<input type="hidden" name="loginPassword" value="••••••••">');
    expect(masked.curl).toContain("--data-urlencode 'loginPassword=••••••••'");
    expect(plain.curl).toContain(`--data-urlencode 'loginPassword=${password}'`);
  });

  it('issue messages never quote a password, whatever is wrong with it', () => {
    const secret = `pw-${'x'.repeat(200)}`;
    for (const endpoint of REQUEST_ENDPOINT_IDS) {
      const result = buildRequest(endpoint, {
        ...BASE[endpoint],
        loginPassword: secret,
        LOGINPASSWORD: `${secret}-2`,
      });
      expect(result.issues.length).toBeGreaterThan(0);
      expect(JSON.stringify(result.issues)).not.toContain('pw-x');
    }
  });
});

describe('GET URLs over 2,000 characters', () => {
  const values = { ...BASE.PlaceOrder, loginPassword: '', '1_csr': 'M' };
  const lengthWith = (csr: string) =>
    buildRequest('PlaceOrder', { ...values, '1_csr': csr }).url?.length ?? 0;
  const atLimit = 'M'.repeat(2000 - lengthWith('M') + 1);

  it('at 2,000 characters: no warning', () => {
    expect(lengthWith(atLimit)).toBe(2000);
    const result = buildRequest('PlaceOrder', { ...values, '1_csr': atLimit });
    expect(result.issues.filter((issue) => issue.severity === 'warning')).toEqual([]);
  });

  it('at 2,001: a warning on the longest value, recommending the form post', () => {
    const result = buildRequest('PlaceOrder', { ...values, '1_csr': `${atLimit}M` });
    expect(result.url).toHaveLength(2001);
    const warning = result.issues.find((issue) => issue.severity === 'warning');
    expect(warning?.field).toBe('1_csr');
    expect(warning?.message).toMatch(/2,001 characters long.*form post/);
  });
});

describe('any input: never throws, and every code is one the endpoint documents', () => {
  const names = REQUEST_ENDPOINT_IDS.flatMap((endpoint) =>
    tableOf(endpoint).flatMap((spec) => [spec.name, `1_${spec.name}`, `_2_${spec.name}`]),
  );
  const name = fc.oneof(fc.constantFrom(...names, 'product', 'Domains'), fc.string());
  const value = fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      'Y',
      'n',
      '1',
      '-1',
      '488,700',
      '2411',
      'a@b.co',
      'US',
      'ALLHTTPCSRHASH',
    ),
    fc.string(),
  );

  it('holds for random requests on every endpoint', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REQUEST_ENDPOINT_IDS),
        fc.dictionary(name, value, { maxKeys: 25 }),
        fc.boolean(),
        (endpoint, values, mask) => {
          const result = buildRequest(endpoint, values, { mask, allowPasswordInUrl: mask });
          const documented = new Set((ERRORS[endpoint] as readonly ErrorSpec[]).map((e) => e.code));
          for (const issue of result.issues) {
            if (issue.code !== undefined) expect(documented.has(issue.code)).toBe(true);
            expect(issue.field.length + issue.message.length).toBeGreaterThan(0);
          }
          expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === 'error'));
        },
      ),
      { numRuns: 300 },
    );
  });
});
