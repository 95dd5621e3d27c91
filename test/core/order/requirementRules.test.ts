/**
 * The requirement rules of spec/rules.ts through buildRequest: each case is a
 * named order from the documents, with what must be reported missing (and the
 * code) and what must not be.
 */
import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../../src/core/order/buildRequest';
import type { OrderEndpointId } from '../../../src/core/order/types';
import { REQUIREMENT_RULES } from '../../../src/core/spec/rules';
import { SECTIGO_CSR } from './support';

interface Case {
  readonly name: string;
  readonly endpoint: OrderEndpointId;
  readonly values: Record<string, string>;
  /** Fields reported missing, with the code. */
  readonly missing: readonly (readonly [string, number])[];
  /** Fields that must have no issue at all. */
  readonly clean: readonly string[];
  /** The rule the case exercises. */
  readonly rule: string;
}

const LOGIN = { loginName: 'login_name', loginPassword: 'login_password' };
const SMIME = {
  ...LOGIN,
  ap: 'brand',
  reseller: 'Y',
  name: 'Fred Bloggs',
  '1_PPP': '2411',
  '1_csr': SECTIGO_CSR,
};
const DV = {
  ...LOGIN,
  product: '488',
  days: '365',
  isCustomerValidated: 'N',
  serverSoftware: '-1',
  csr: SECTIGO_CSR,
  dcvEmailAddress: 'admin@example.com',
};
/** Guide 4.1 CodeGuard: days or years, appRepEmailAddress, Domains. */
const CODEGUARD = { ...LOGIN, product: '700', isCustomerValidated: 'N', Domains: '1' };
/** Guide 4.2 HackerGuardian: a documented pair, appRepLoginName, organizationName. */
const HACKERGUARDIAN = {
  ...LOGIN,
  product: '586,587',
  isCustomerValidated: 'N',
  appRepLoginName: 'hguser',
  organizationName: 'Sectigo',
};

const CASES: readonly Case[] = [
  {
    name: 'a new customer (isReturningCustomer=N) without emailAddress: -3',
    rule: 'placeorder-returning-customer-needs-no-email',
    endpoint: 'PlaceOrder',
    values: { ...SMIME, isReturningCustomer: 'N', '1_smimeEmailAddresses': 'fred@example.com' },
    missing: [['emailAddress', -3]],
    clean: [],
  },
  {
    name: 'a returning customer (isReturningCustomer=Y) needs no emailAddress',
    rule: 'placeorder-returning-customer-needs-no-email',
    endpoint: 'PlaceOrder',
    values: { ...SMIME, isReturningCustomer: 'Y', '1_smimeEmailAddresses': 'fred@example.com' },
    missing: [],
    clean: ['emailAddress'],
  },
  {
    name: 'S/MIME item without x_smimeEmailAddresses: -3 ("All S/MIME certificate customers must supply smimeEmailAddresses")',
    rule: 'placeorder-smime-needs-smime-email-addresses',
    endpoint: 'PlaceOrder',
    values: { ...SMIME, emailAddress: 'fred@example.com' },
    missing: [['1_smimeEmailAddresses', -3]],
    clean: [],
  },
  {
    name: 'second S/MIME item in the underscore form without its addresses',
    rule: 'placeorder-smime-needs-smime-email-addresses',
    endpoint: 'PlaceOrder',
    values: {
      ...SMIME,
      emailAddress: 'fred@example.com',
      '1_smimeEmailAddresses': 'fred@example.com',
      _2_PPP: '2412',
      _2_csr: SECTIGO_CSR,
    },
    missing: [['_2_smimeEmailAddresses', -3]],
    clean: ['1_smimeEmailAddresses'],
  },
  {
    name: 'HackerGuardian pair without the representative’s name: -3 for both',
    rule: 'autoapply-hackerguardian-needs-app-rep-name',
    endpoint: 'AutoApplyOrder',
    values: { ...HACKERGUARDIAN, days: '365' },
    missing: [
      ['appRepForename', -3],
      ['appRepSurname', -3],
    ],
    clean: ['csr', 'serverSoftware'],
  },
  {
    name: 'EV with a HackerGuardian product (guide 5.4) needs the representative’s name too',
    rule: 'autoapply-hackerguardian-needs-app-rep-name',
    endpoint: 'AutoApplyOrder',
    values: {
      ...DV,
      product: '562,346',
      dcvEmailAddress: '',
      appRepEmailAddress: 'rep@example.com',
      joiCountryName: 'US',
      appRepLoginName: 'hguser',
      appRepForename: 'John',
    },
    missing: [['appRepSurname', -3]],
    clean: ['appRepForename'],
  },
  {
    name: 'CodeGuard alone: no CSR, server software or DCV asked for (guide 4.1)',
    rule: 'autoapply-licences-need-no-certificate-fields',
    endpoint: 'AutoApplyOrder',
    values: { ...CODEGUARD, days: '365', appRepEmailAddress: 'rep@example.com' },
    missing: [],
    clean: ['csr', 'serverSoftware', 'dcvMethod', 'appRepForename', 'appRepSurname'],
  },
  {
    name: 'DV and CodeGuard bundle (guide 5.3) still needs the CSR',
    rule: 'autoapply-licences-need-no-certificate-fields',
    endpoint: 'AutoApplyOrder',
    values: {
      ...DV,
      product: '488,700',
      csr: '',
      appRepEmailAddress: 'rep@example.com',
      Domains: '1',
    },
    missing: [['csr', -3]],
    clean: [],
  },
  {
    name: 'CodeGuard with years alone (guide 4.1 lists years)',
    rule: 'autoapply-licences-take-years',
    endpoint: 'AutoApplyOrder',
    values: { ...CODEGUARD, years: '1', appRepEmailAddress: 'rep@example.com' },
    missing: [],
    clean: ['days'],
  },
  {
    name: 'a DV certificate with years alone still needs days',
    rule: 'autoapply-licences-take-years',
    endpoint: 'AutoApplyOrder',
    values: { ...DV, days: '', years: '1' },
    missing: [['days', -3]],
    clean: [],
  },
];

describe('requirement rules stated in prose', () => {
  it.each(CASES)('$name', ({ endpoint, values, missing, clean }) => {
    const result = buildRequest(endpoint, values);
    const reported = result.issues
      .filter(
        (issue) =>
          issue.severity === 'error' &&
          /is required( for item \d+)? and missing/.test(issue.message),
      )
      .map((issue) => [issue.field, issue.code ?? null]);
    expect(reported.sort()).toEqual(missing.map(([field, code]) => [field, code]).sort());
    for (const field of clean) {
      expect(result.issues.filter((issue) => issue.field === field)).toEqual([]);
    }
  });

  it('every requirement rule has a case', () => {
    expect([...new Set(CASES.map((c) => c.rule))].sort()).toEqual(
      REQUIREMENT_RULES.map((rule) => rule.id).sort(),
    );
  });

  it('a CSR sent with a CodeGuard-only order is reported as not applicable (-83)', () => {
    const result = buildRequest('AutoApplyOrder', {
      ...CODEGUARD,
      days: '365',
      appRepEmailAddress: 'rep@example.com',
      csr: SECTIGO_CSR,
    });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ field: 'csr', severity: 'warning', code: -83 }),
    );
  });
});
