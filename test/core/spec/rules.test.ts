import { describe, expect, it } from 'vitest';
import {
  CROSS_FIELD_RULES,
  PRESELECTS,
  REQUIREMENT_RULES,
  UNLISTED_VALUE_RULES,
  checkCrossFieldRules,
  csrMailboxes,
} from '../../../src/core/spec/rules';
import { ENDPOINTS } from '../../../src/core/spec/endpoints';
import type { ParamSpec } from '../../../src/core/spec/types';
import { docText } from '../docs';
import { SMIME_CSR, SSL_CSR } from '../order/support';
import type { RequestEndpointId } from '../../../src/core/spec/types';

interface Case {
  readonly name: string;
  readonly endpoint: RequestEndpointId;
  readonly values: Record<string, string>;
  /** Rule ids expected to be broken (exactly these). */
  readonly broken: readonly string[];
}

const placeOrderBase = {
  ap: 'brand',
  reseller: 'Y',
  emailAddress: 'fred@example.com',
  name: 'Fred Bloggs',
  loginName: 'login_name',
  loginPassword: 'secret',
  '1_PPP': '2411',
};

const CASES: readonly Case[] = [
  // placeorder-smime.txt, name / foreName / surName
  { name: 'name given', endpoint: 'PlaceOrder', values: placeOrderBase, broken: [] },
  {
    name: 'foreName alone replaces name',
    endpoint: 'PlaceOrder',
    values: { ...placeOrderBase, name: '', foreName: 'Fred' },
    broken: [],
  },
  {
    name: 'no name at all',
    endpoint: 'PlaceOrder',
    values: { ...placeOrderBase, name: '  ' },
    broken: ['placeorder-name-or-forename-surname'],
  },
  // "either 1_ID or 1_PPP must be specified"
  {
    name: 'no item',
    endpoint: 'PlaceOrder',
    values: { ...placeOrderBase, '1_PPP': '' },
    broken: ['placeorder-at-least-one-item'],
  },
  {
    name: 'item in the underscore form, any case',
    endpoint: 'PlaceOrder',
    values: { ...placeOrderBase, '1_PPP': '', _1_ppp: '2411' },
    broken: [],
  },
  // S/MIME OV needs identifier, company name and address
  {
    name: 'OV S/MIME without organisation details',
    endpoint: 'PlaceOrder',
    values: { ...placeOrderBase, '1_PPP': '243' },
    broken: [
      'placeorder-smime-ov-organization-identifier',
      'placeorder-smime-ov-company-name',
      'placeorder-smime-ov-address',
    ],
  },
  {
    name: 'OV S/MIME complete, state instead of locality',
    endpoint: 'PlaceOrder',
    values: {
      ...placeOrderBase,
      '1_PPP': '2432',
      '1_organizationIdentifier': 'VATDE-1234',
      organizationName: 'ABC Company',
      streetAddress1: 'Elm Street 12',
      stateOrProvinceName: 'California',
      postalCode: '90210',
      countryName: 'US',
    },
    broken: [],
  },
  {
    name: 'second item is OV S/MIME without identifier',
    endpoint: 'PlaceOrder',
    values: {
      ...placeOrderBase,
      '2_PPP': '243',
      organizationName: 'ABC',
      streetAddress1: 'x',
      localityName: 'y',
      postalCode: 'z',
      country: 'US',
    },
    broken: ['placeorder-smime-ov-organization-identifier'],
  },
  // AutoApplyOrder DCV lists
  {
    name: 'dcvEmailAddresses and validationTokens together',
    endpoint: 'AutoApplyOrder',
    values: { dcvEmailAddresses: 'admin@example.com', validationTokens: 'CNAMECSRHASH' },
    broken: ['autoapply-dcv-emails-xor-tokens'],
  },
  {
    name: 'magic token with other values',
    endpoint: 'AutoApplyOrder',
    values: { dcvEmailAddresses: 'ALLCNAMECSRHASH, admin@example.com' },
    broken: ['autoapply-dcv-emails-magic-token-alone'],
  },
  {
    name: 'magic token among validation tokens',
    endpoint: 'AutoApplyOrder',
    values: { validationTokens: 'CNAMECSRHASH allhttpcsrhash' },
    broken: ['autoapply-validation-tokens-magic-token-alone'],
  },
  {
    name: 'magic token alone',
    endpoint: 'AutoApplyOrder',
    values: { validationTokens: 'ALLCNAMECSRHASH' },
    broken: [],
  },
  {
    name: 'maxSubjectCNs=1 without primaryDomainName',
    endpoint: 'AutoApplyOrder',
    values: { maxSubjectCNs: '1' },
    broken: ['autoapply-max-subject-cns-one-needs-primary'],
  },
  {
    name: 'callback completed but representative not validated',
    endpoint: 'AutoApplyOrder',
    values: { isCallbackCompleted: 'y', isAppRepValidated: 'N' },
    broken: ['autoapply-callback-completed-needs-apprep-validated'],
  },
  {
    name: 'callback completed and representative validated',
    endpoint: 'AutoApplyOrder',
    values: { isCallbackCompleted: 'Y', isAppRepValidated: 'Y' },
    broken: [],
  },
  // placeorder-smime.txt, emailAddress: "Absence of emailAddress indicates a returning customer"
  {
    name: 'no emailAddress and no isReturningCustomer: taken for a returning customer',
    endpoint: 'PlaceOrder',
    values: { ...placeOrderBase, emailAddress: '' },
    broken: ['placeorder-no-email-means-returning-customer'],
  },
  {
    name: 'no emailAddress, returning customer said outright',
    endpoint: 'PlaceOrder',
    values: { ...placeOrderBase, emailAddress: '', isReturningCustomer: 'Y' },
    broken: [],
  },
  // x_smimeEmailAddresses: the addresses that go into the certificate; the CSR's mailbox should agree
  {
    name: 'CSR mailbox is the one listed (any case)',
    endpoint: 'PlaceOrder',
    values: { ...placeOrderBase, '1_csr': SMIME_CSR, '1_smimeEmailAddresses': 'Fred@Example.com' },
    broken: [],
  },
  {
    name: 'CSR mailbox differs from x_smimeEmailAddresses',
    endpoint: 'PlaceOrder',
    values: { ...placeOrderBase, '1_csr': SMIME_CSR, '1_smimeEmailAddresses': 'jo@example.com' },
    broken: ['placeorder-csr-mailbox-matches-smime-addresses'],
  },
  {
    name: 'second item’s CSR lists an extra mailbox',
    endpoint: 'PlaceOrder',
    values: {
      ...placeOrderBase,
      '2_PPP': '2411',
      _2_csr: SMIME_CSR,
      '2_smimeEmailAddresses': 'fred@example.com, jo@example.com',
    },
    broken: ['placeorder-csr-mailbox-matches-smime-addresses'],
  },
  {
    name: 'a CSR with no mailbox is not compared',
    endpoint: 'PlaceOrder',
    values: { ...placeOrderBase, '1_csr': SSL_CSR, '1_smimeEmailAddresses': 'jo@example.com' },
    broken: [],
  },
  // the guide: dcvEmailAddresses / validationTokens "exactly the same as the order of the domain names"
  {
    name: 'one DCV address per domain',
    endpoint: 'AutoApplyOrder',
    values: {
      domainNames: 'example.com, www.example.com',
      dcvEmailAddresses: 'a@example.com b@example.com',
    },
    broken: [],
  },
  {
    name: 'fewer DCV addresses than domains',
    endpoint: 'AutoApplyOrder',
    values: { domainNames: 'example.com www.example.com', dcvEmailAddresses: 'a@example.com' },
    broken: ['autoapply-dcv-emails-one-per-domain'],
  },
  {
    name: 'a magic token stands for every domain',
    endpoint: 'AutoApplyOrder',
    values: { domainNames: 'example.com www.example.com', dcvEmailAddresses: 'ALLHTTPCSRHASH' },
    broken: [],
  },
  {
    name: 'more validation tokens than domains',
    endpoint: 'AutoApplyOrder',
    values: { domainNames: 'example.com', validationTokens: 'HTTPCSRHASH CNAMECSRHASH' },
    broken: ['autoapply-validation-tokens-one-per-domain'],
  },
  // the guide: primaryDomainName is "One of the Domain Names listed in domainNames"
  {
    name: 'primaryDomainName among domainNames (any case)',
    endpoint: 'AutoApplyOrder',
    values: { domainNames: 'example.com,www.example.com', primaryDomainName: 'WWW.example.com' },
    broken: [],
  },
  {
    name: 'primaryDomainName not among domainNames',
    endpoint: 'AutoApplyOrder',
    values: { domainNames: 'example.com www.example.com', primaryDomainName: 'mail.example.com' },
    broken: ['autoapply-primary-domain-in-domain-names'],
  },
  // the guide: uniqueValue "string 20 chars An alphanumeric value"
  {
    name: 'uniqueValue of 20 letters and digits',
    endpoint: 'AutoApplyOrder',
    values: { uniqueValue: 'ImWhh1J1ImWhh1J1abcd' },
    broken: [],
  },
  ...['abc-123', 'with space', 'ünïcode', 'a'.repeat(21)].map((uniqueValue): Case => ({
    name: `uniqueValue ${JSON.stringify(uniqueValue)}`,
    endpoint: 'AutoApplyOrder',
    values: { uniqueValue },
    broken: ['autoapply-unique-value-alphanumeric'],
  })),
  // RequestAndCollectSMIME
  {
    name: 'collection code alone is enough',
    endpoint: 'RequestAndCollectSMIME',
    values: { collectionCode: 'ABCDEF', queryType: '1' },
    broken: [],
  },
  {
    name: 'neither order number nor collection code',
    endpoint: 'RequestAndCollectSMIME',
    values: { loginName: 'a', loginPassword: 'b', queryType: '0' },
    broken: ['collect-order-number-or-collection-code'],
  },
  {
    name: 'order number without login',
    endpoint: 'RequestAndCollectSMIME',
    values: { orderNumber: '1', queryType: '0' },
    broken: ['collect-login-unless-collection-code'],
  },
  {
    name: 'PKCS#7 with queryType 2',
    endpoint: 'RequestAndCollectSMIME',
    values: { collectionCode: 'A', queryType: '2', responseType: '2' },
    broken: ['collect-response-type-needs-query-type-1'],
  },
  {
    name: 'binary encoding of individually encoded certificates',
    endpoint: 'RequestAndCollectSMIME',
    values: { collectionCode: 'A', queryType: '1', responseType: '3', responseEncoding: '1' },
    broken: ['collect-binary-encoding-needs-pkcs7'],
  },
  {
    name: 'binary PKCS#7 with queryType 1',
    endpoint: 'RequestAndCollectSMIME',
    values: { collectionCode: 'A', queryType: '1', responseType: '2', responseEncoding: '1' },
    broken: [],
  },
  {
    name: 'validity period asked for with JavaScript output',
    endpoint: 'RequestAndCollectSMIME',
    values: { collectionCode: 'A', queryType: '1', responseEncoding: '2', showValidityPeriod: 'Y' },
    broken: ['collect-validity-period-only-base64'],
  },
];

describe('cross-field rules', () => {
  it.each(CASES)('$endpoint: $name', ({ endpoint, values, broken }) => {
    const found = checkCrossFieldRules(endpoint, values).map((violation) => violation.rule.id);
    expect(found).toEqual(broken);
  });

  it('every rule cites its source, names fields and is exercised above', () => {
    const exercised = new Set(CASES.flatMap((c) => c.broken));
    for (const rule of CROSS_FIELD_RULES) {
      expect(rule.source.section).not.toBe('');
      expect(rule.fields.length).toBeGreaterThan(0);
      expect(exercised).toContain(rule.id);
    }
  });

  it('names the field at fault in every message', () => {
    for (const { endpoint, values } of CASES) {
      for (const violation of checkCrossFieldRules(endpoint, values)) {
        expect(violation.message).toContain(violation.field.replace(/^\d+_/, ''));
      }
    }
  });
});

describe('the CSR mailboxes a rule compares', () => {
  it.each([
    ['an S/MIME CSR: SAN and subject emailAddress, once', SMIME_CSR, ['fred@example.com']],
    ['an SSL CSR: none', SSL_CSR, []],
    ['not a CSR', 'hello', null],
  ] as const)('%s', (_, text, expected) => {
    expect(csrMailboxes(text)).toEqual(expected);
  });
});

/** The words a rule's source quotes, squeezed the way the captures wrap lines. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').replace(/[’‘]/g, "'");

describe('rules stated in prose cite words that are in their document', () => {
  const rules = [
    ...CROSS_FIELD_RULES,
    ...REQUIREMENT_RULES,
    ...UNLISTED_VALUE_RULES,
    ...PRESELECTS.map((preselect) => ({ id: preselect.param, source: preselect.source })),
  ];
  it.each(rules.map((rule) => [rule.id, rule.source] as const))('%s', (_, source) => {
    const doc = squeeze(docText(source.doc));
    for (const quoted of source.section.match(/"[^"]+"/g) ?? []) {
      const words = squeeze(quoted.slice(1, -1)).split(' ... ');
      for (const part of words) expect(doc).toContain(part.replace(/ —.*$/, ''));
    }
  });
});

describe('requirement rules, unlisted values and preselects name real parameters', () => {
  const table = (endpoint: keyof typeof ENDPOINTS): readonly ParamSpec[] =>
    ENDPOINTS[endpoint].params;
  it.each(REQUIREMENT_RULES.map((rule) => [rule.id, rule] as const))('%s', (_, rule) => {
    for (const name of rule.params) {
      expect(table(rule.endpoint).map((spec) => spec.name)).toContain(name);
    }
  });
  it.each(PRESELECTS.map((p) => [`${p.endpoint} ${p.param}=${p.value}`, p] as const))(
    '%s is one of the parameter’s allowed values',
    (_, preselect) => {
      const spec = table(preselect.endpoint).find((param) => param.name === preselect.param);
      expect(spec?.values?.map((allowed) => allowed.value)).toContain(preselect.value);
    },
  );
  it.each(UNLISTED_VALUE_RULES.map((rule) => [rule.id, rule] as const))(
    '%s: its values are outside the parameter’s list (else it would say nothing)',
    (_, rule) => {
      const spec = table(rule.endpoint).find((param) => param.name === rule.param);
      for (const value of rule.values) {
        expect(spec?.values?.map((allowed) => allowed.value)).not.toContain(value);
      }
    },
  );
});
