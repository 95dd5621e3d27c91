import { describe, expect, it } from 'vitest';
import { CROSS_FIELD_RULES, checkCrossFieldRules } from '../../../src/core/spec/rules';
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
