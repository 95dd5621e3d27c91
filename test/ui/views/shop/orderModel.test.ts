/**
 * The pure parts of the customer's journey, as tables of named cases: what a
 * result link says (placeorder-smime.txt, "Response parameters" and "Error
 * codes"), the customer's words for the core's issues, the flow's
 * transitions, the collect request (requestandcollectsmime.txt) and the
 * answer it brings back, and the accent colour's text.
 */
import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../../../src/core/order';
import { parseResellerConfig } from '../../../../src/core/config/resellerConfig';
import { textOn } from '../../../../src/ui/config/accent';
import { en } from '../../../../src/ui/i18n/en';
import { readOutcome } from '../../../../src/ui/views/result/readOutcome';
import {
  collectProblems,
  collectValues,
  type CollectForm,
} from '../../../../src/ui/views/shop/collect/collectRequest';
import { readAnswer } from '../../../../src/ui/views/shop/collect/readAnswer';
import { customerIssues } from '../../../../src/ui/views/shop/customerIssues';
import {
  detailFields,
  offeredProducts,
  orderValues,
  ORGANIZATION_REQUIRED,
  PERSON_REQUIRED,
} from '../../../../src/ui/views/shop/orderValues';
import { INITIAL_FLOW, tryAgain } from '../../../../src/ui/views/shop/shopFlow';
import { withResult } from '../../../../src/ui/views/shop/withResult';

describe('readOutcome', () => {
  it.each([
    [
      'the documented success sample',
      'orderNumber=8151164',
      { kind: 'placed', orderNumber: '8151164', oddOrderNumber: false },
    ],
    [
      'success with errorCode=0',
      'errorCode=0&orderNumber=42',
      { kind: 'placed', orderNumber: '42' },
    ],
    [
      'an order number in another shape',
      'orderNumber=%3Cb%3E1%3C%2Fb%3E',
      { kind: 'placed', oddOrderNumber: true },
    ],
    [
      'the documented error sample',
      'errorCode=-3&errorItem=loginName',
      {
        kind: 'error',
        code: '-3',
        documented: { code: -3 },
        item: { known: true, param: { name: 'loginName' } },
      },
    ],
    [
      'an item parameter as sent',
      'errorCode=-4&errorItem=1_csr',
      { kind: 'error', item: { known: true, param: { name: 'csr' } } },
    ],
    [
      'an item no document names',
      'errorCode=-3&errorItem=cardNumber',
      { kind: 'error', item: { known: false } },
    ],
    [
      'an undocumented code',
      'errorCode=-999&errorMessage=Call+us',
      { kind: 'error', code: '-999', linkMessage: 'Call us' },
    ],
    ['names in any case', 'ERRORCODE=-16', { kind: 'error', documented: { code: -16 } }],
    ['nothing the page knows', 'lang=de', { kind: 'unreadable' }],
  ])('%s', (_, query, expected) => {
    expect(readOutcome(query)).toMatchObject(expected);
  });

  it('never takes the documented meaning from the link', () => {
    const outcome = readOutcome('errorCode=-999&errorMessage=Incorrect+login');
    expect(outcome).not.toHaveProperty('documented');
  });
});

const parsed = parseResellerConfig('{"ap":"brand","products":[2411,243]}');
if (!parsed.ok) throw new Error('config');
const config = parsed.config;
const [mailbox, organization] = offeredProducts(config);

describe('customerIssues: the core’s rules in the customer’s words', () => {
  const problems = (form: Record<string, string>, product = mailbox) => {
    const built = buildRequest(
      'PlaceOrder',
      orderValues(config, product, form, undefined, 'https://shop.example/'),
    );
    const required = [
      ...PERSON_REQUIRED,
      ...(product === organization ? ORGANIZATION_REQUIRED : []),
    ];
    return customerIssues(en, built.issues, form, detailFields(product), required);
  };
  const good = {
    foreName: 'Fred',
    emailAddress: 'fred@example.com',
    loginName: 'fred',
    loginPassword: 'pw',
  };

  it.each([
    [
      'nothing typed',
      {},
      {
        foreName: 'Enter your first name (or your last name).',
        emailAddress: 'Enter your email address.',
        loginName: 'Enter your account name.',
        loginPassword: 'Enter your account password.',
      },
    ],
    ['a last name is enough', { ...good, foreName: '', surName: 'Bloggs' }, {}],
    [
      'a bad mailbox',
      { ...good, emailAddress: 'fred at example' },
      { emailAddress: 'Enter your email address in the form name@example.com.' },
    ],
    [
      'an account name over the documented 64',
      { ...good, loginName: 'x'.repeat(65) },
      { loginName: 'Account name: use at most 64 characters.' },
    ],
    [
      'a NUL character',
      { ...good, surName: 'Blo\u0000ggs' },
      { surName: 'Last name: remove the invisible or broken characters (paste it as plain text).' },
    ],
  ])('%s', (_, form, expected) => {
    expect(problems(form)).toEqual(expected);
  });

  it('asks organization products for the company, its address and identifier', () => {
    expect(Object.keys(problems(good, organization)).sort()).toEqual(
      [
        'countryName',
        'organizationIdentifier',
        'organizationName',
        'postalCode',
        'streetAddress1',
      ].sort(),
    );
  });

  it('never shows a parameter name', () => {
    const all = Object.values(
      problems({ loginName: 'x'.repeat(99), emailAddress: 'no' }, organization),
    ).join(' ');
    expect(all).not.toMatch(
      /loginName|emailAddress|organizationIdentifier|x_|1_|required and missing/,
    );
  });
});

describe('the flow around a result', () => {
  const sent = {
    ...INITIAL_FLOW,
    step: 'waiting' as const,
    productCode: 2411,
    form: { foreName: 'Fred', loginName: 'fred', loginPassword: 'secret' },
    confirmPassword: 'secret',
    keys: { csrPem: 'CSR', privateKeyPem: 'KEY' },
    ordered: true,
  };
  it('an error forgets the password and keeps the rest and the key; Try again goes to the details', () => {
    const failed = withResult(sent, 'errorCode=-16');
    expect(failed).toMatchObject({
      step: 'error',
      keys: sent.keys,
      passwordForgotten: true,
      confirmPassword: '',
    });
    expect(failed.form).toEqual({ foreName: 'Fred', loginName: 'fred', loginPassword: '' });
    expect(tryAgain(failed)).toMatchObject({ step: 'details', keys: sent.keys, form: failed.form });
  });
  it('a success keeps the account name for collecting', () => {
    const placed = withResult(sent, 'orderNumber=8151164');
    expect(placed).toMatchObject({
      step: 'success',
      outcome: { kind: 'placed', orderNumber: '8151164' },
    });
    expect(placed.form.loginName).toBe('fred');
    expect(placed.form.loginPassword).toBe('');
  });
});

describe('the collect request (requestandcollectsmime.txt)', () => {
  const account: CollectForm = {
    mode: 'account',
    orderNumber: '8151164',
    loginName: 'fred',
    loginPassword: 'pw',
    collectionCode: '',
  };
  it('asks for status, certificate and chain as plain Base64 text', () => {
    expect(collectValues(account)).toEqual({
      loginName: 'fred',
      loginPassword: 'pw',
      orderNumber: '8151164',
      queryType: '1',
      responseType: '3',
      responseEncoding: '0',
      responseMimeType: 'text/plain',
      returnCertificate: 'Y',
    });
    expect(buildRequest('RequestAndCollectSMIME', collectValues(account)).ok).toBe(true);
  });
  it('sends a collection code alone', () => {
    const values = collectValues({ ...account, mode: 'code', collectionCode: 'ABCD1234' });
    expect(values).not.toHaveProperty('loginName');
    expect(values).not.toHaveProperty('loginPassword');
    expect(values.collectionCode).toBe('ABCD1234');
    expect(buildRequest('RequestAndCollectSMIME', values).ok).toBe(true);
  });
  it.each([
    [
      'nothing typed',
      { ...account, orderNumber: '', loginName: '', loginPassword: '' },
      ['loginName', 'loginPassword', 'orderNumber'],
    ],
    ['an order number with letters', { ...account, orderNumber: 'abc' }, ['orderNumber']],
    [
      'a collection code over the documented 16',
      { ...account, mode: 'code' as const, collectionCode: 'x'.repeat(17) },
      ['collectionCode'],
    ],
    ['all there', account, []],
  ])('problems: %s', (_, form, fields) => {
    expect(Object.keys(collectProblems(en, form)).sort()).toEqual(fields);
  });
});

describe('readAnswer', () => {
  it.each([
    ['nothing yet', '  ', 'empty'],
    ['the documented success sample (0)', '0', 'pending'],
    ['certificates available, not attached', '1', 'available'],
    ['the documented error sample', '-20\nThe CSR has been rejected!', 'error'],
    ['email not verified yet', '-154\nEmail verification not yet completed!', 'error'],
    ['a web page instead', '<html><body>Login</body></html>', 'not-an-answer'],
  ])('%s', (_, text, kind) => {
    expect(readAnswer(text).kind).toBe(kind);
  });
  it('gives the error code', () => {
    expect(readAnswer('-154\nEmail verification not yet completed!')).toEqual({
      kind: 'error',
      code: '-154',
    });
  });
});

describe('accent text colour (WCAG relative luminance)', () => {
  it.each([
    ['#0a5c8a', '#ffffff'],
    ['#1f4e79', '#ffffff'],
    ['#ffd700', '#000000'],
    ['#fff', '#000000'],
    ['#000', '#ffffff'],
  ])('%s → %s', (hex, text) => {
    expect(textOn(hex)).toBe(text);
  });
});
