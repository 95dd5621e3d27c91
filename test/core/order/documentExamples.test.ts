/**
 * The documents' own examples, rebuilt by buildRequest: the sample curl
 * requests of the four endpoints, the HTML form and the ordering URL of
 * placeorder-smime.txt, and the example calls of the guide's section 5.
 *
 * Order: the builder emits parameters in documented (table) order, and no
 * sample is written in that order, so the `--data-urlencode` arguments are
 * compared as a sorted list, token for token; everything before them
 * (`curl --location '<url>' --header '...'`) is compared in place.
 *
 * Elision and redaction: the samples elide the middle of their CSRs with
 * `...`; the elided text is passed as it is, so the curl tokens can be equal
 * (the builder then reports the CSR as invalid, -4, which is right for that
 * text). The captures also lost every email address together with its
 * parameter name (`[email protected]`, see support.ts): each test puts back a
 * name and an address and says which.
 */
import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../../src/core/order/buildRequest';
import { valuesFromQuery } from '../../../src/core/order/valuesFromQuery';
import type { BuiltRequest, OrderEndpointId } from '../../../src/core/order/types';
import { ENDPOINTS } from '../../../src/core/spec/endpoints';
import type { SourceDoc } from '../../../src/core/spec/types';
import { docText } from '../docs';
import {
  REDACTED,
  SECTIGO_CSR,
  isRedacted,
  curlArguments,
  parseOwnHtmlForm,
  sampleCurl,
} from './support';

type IssueSummary = [field: string, severity: 'error' | 'warning', code: number | null];

const summary = (result: BuiltRequest): IssueSummary[] =>
  result.issues
    .map((issue): IssueSummary => [issue.field, issue.severity, issue.code ?? null])
    .sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));

const sorted = (issues: IssueSummary[]) =>
  [...issues].sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));

/** Pairs of `--data-urlencode` arguments, sorted. */
function dataArguments(words: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let index = 4; index < words.length; index += 2) {
    pairs.push(`${words[index] ?? ''} ${words[index + 1] ?? ''}`);
  }
  return pairs.sort();
}

interface SampleCase {
  readonly endpoint: OrderEndpointId;
  readonly doc: SourceDoc;
  /** What each redacted `[email protected]` argument stood for, in order (our reconstruction). */
  readonly restored: readonly string[];
  /** Sample arguments whose name the builder writes in its documented spelling. */
  readonly respelled?: Readonly<Record<string, string>>;
  readonly issues: IssueSummary[];
  /** The documented order of the rebuilt parameters (names only). */
  readonly order: readonly string[];
}

const SAMPLES: readonly SampleCase[] = [
  {
    endpoint: 'PlaceOrder',
    doc: 'placeorder-smime.txt',
    // The customer's address, and the S/MIME address every S/MIME order needs ("All
    // S/MIME certificate customers must supply smimeEmailAddresses").
    restored: [
      'emailAddress=fred.bloggs@example.com',
      '1_smimeEmailAddresses=fred.bloggs@example.com',
    ],
    issues: [
      // The sample sends neither a name nor item 1's CSR, both required by the table.
      ['name', 'error', -3],
      ['1_csr', 'error', -3],
      // x_organizationIdentifier is for S/MIME Organization-Validated items; 2411 is Mailbox-Validated.
      ['1_organizationIdentifier', 'warning', -83],
      // Not in the x_ table; sent anyway (the sample itself sends it).
      ['1_showCollectionCode', 'warning', null],
      // !PlaceOrder has a GET ordering URL, withheld because it would carry the password.
      ['loginPassword', 'warning', null],
    ],
    order: [
      'ap',
      'reseller',
      'isReturningCustomer',
      'organizationName',
      'streetAddress1',
      'stateOrProvinceName',
      'countryName',
      'emailAddress',
      'loginName',
      'loginPassword',
      '1_organizationIdentifier',
      '_1_PPP',
      '1_smimeEmailAddresses',
      '1_showCollectionCode',
    ],
  },
  {
    endpoint: 'AutoApplyOrder',
    doc: 'autoapplyorder-ssl.txt',
    // The last sample argument, after isCustomerValidated: the DCV address of single-domain 287.
    restored: ['dcvEmailAddress=admin@example.com'],
    issues: [['csr', 'error', -4]], // the elided CSR ("..." is not Base64)
    order: [
      'loginName',
      'loginPassword',
      'product',
      'days',
      'isCustomerValidated',
      'serverSoftware',
      'csr',
      'dcvEmailAddress',
      'responseFormat',
    ],
  },
  {
    endpoint: 'AutoReplaceSMIME',
    doc: 'autoreplacesmime.txt',
    restored: [],
    respelled: { 'REVOKEOLDORDER=Y': 'revokeOldOrder=Y' },
    issues: [['csr', 'error', -4]], // the elided CSR
    order: ['loginName', 'loginPassword', 'orderNumber', 'csr', 'revokeOldOrder', 'responseFormat'],
  },
  {
    endpoint: 'RequestAndCollectSMIME',
    doc: 'requestandcollectsmime.txt',
    restored: [],
    issues: [],
    order: [
      'loginName',
      'loginPassword',
      'orderNumber',
      'returnCertificate',
      'queryType',
      'responseType',
      'responseEncoding',
      'responseMimeType',
    ],
  },
];

describe('the sample curl requests, rebuilt token for token', () => {
  it.each(SAMPLES)('$endpoint ($doc)', async (sample) => {
    const url = ENDPOINTS[sample.endpoint].url;
    const sampleWords = await curlArguments(sampleCurl(sample.doc, url));
    expect(sampleWords.slice(0, 4)).toEqual([
      '--location',
      url,
      '--header',
      'Content-Type: application/x-www-form-urlencoded',
    ]);

    // Restore the redacted arguments, then read the values the sample sends.
    const restored = [...sample.restored];
    const expectedWords = sampleWords.map((word) => {
      if (!isRedacted(word)) return sample.respelled?.[word] ?? word;
      const replacement = restored.shift();
      if (replacement === undefined) throw new Error('more redactions than restorations');
      return replacement;
    });
    expect(restored).toEqual([]);
    const values: Record<string, string> = {};
    for (let index = 4; index < sampleWords.length; index += 2) {
      expect(sampleWords[index]).toBe('--data-urlencode');
      const argument = isRedacted(sampleWords[index + 1] ?? '')
        ? (expectedWords[index + 1] ?? '')
        : (sampleWords[index + 1] ?? '');
      const equals = argument.indexOf('=');
      values[argument.slice(0, equals)] = argument.slice(equals + 1);
    }

    const result = buildRequest(sample.endpoint, values);
    const ourWords = await curlArguments(result.curl);
    expect(ourWords.slice(0, 4)).toEqual(expectedWords.slice(0, 4));
    expect(dataArguments(ourWords)).toEqual(dataArguments(expectedWords));
    expect(result.curl.split(' \\\n')[0]).toBe(`curl --location '${url}'`);

    expect(result.params.map(([name]) => name)).toEqual(sample.order);
    expect(summary(result)).toEqual(sorted(sample.issues));
    expect(result.ok).toBe(!sample.issues.some(([, severity]) => severity === 'error'));
    expect(result.form).toEqual({ action: url, method: 'POST', fields: result.params });
    if (sample.endpoint !== 'PlaceOrder') expect(result).not.toHaveProperty('url');
  });
});

describe('placeorder-smime.txt: the HTML <form> example', () => {
  const text = docText('placeorder-smime.txt').replaceAll('”', '"');
  const example = text.slice(text.indexOf('<form method='), text.indexOf('</form>'));
  const inputs = [
    ...example.matchAll(/<input type="(\w+)" (?:name="([^"]*)" ?)?(?:value="([^"]*)")?>/g),
  ];
  const fields = inputs.filter((input) => input[1] !== 'submit');
  /** What a customer types into the example's text inputs. */
  const typed: Record<string, string> = {
    emailAddress: 'fred.bloggs@example.com',
    name: 'Fred Bloggs',
    organizationName: 'ABC Company',
    '1_MACAddress': '00:1A:2B:3C:4D:5E',
  };
  const values = Object.fromEntries(
    fields.map((input) => {
      const name = input[2] ?? '';
      return [name, input[1] === 'hidden' ? (input[3] ?? '') : (typed[name] ?? '')];
    }),
  );
  const result = buildRequest('PlaceOrder', values);
  const ours = parseOwnHtmlForm(result.html);

  it('has the example’s action, method and submit label, with straight quotes', () => {
    expect(example).toContain(
      '<form method="post" name="form1" action="https://secure.trust-provider.com/products/!PlaceOrder">',
    );
    expect(ours.action).toBe('https://secure.trust-provider.com/products/!PlaceOrder');
    expect(result.html).toMatch(/^<form method="post" /);
    expect(result.html).not.toMatch(/[”“’‘]/);
    expect(ours.submit).toBe('Place Order');
    expect(text).toContain('<input type="submit" value="Place Order">');
  });

  it('posts the same fields: the hidden ones with their values, the typed ones with what was typed', () => {
    expect(fields.map((input) => input[2])).toEqual([
      'ap',
      'reseller',
      'errorURL',
      'successURL',
      'emailAddress',
      'name',
      'organizationName',
      '1_PPP',
      '1_MACAddress',
    ]);
    expect([...ours.fields].sort()).toEqual(Object.entries(values).sort());
    expect(ours.fields).toEqual(result.params);
    expect(ours.fields).toContainEqual(['reseller', 'y']); // kept as typed; y is Y (any case)
  });

  it('reports what the example leaves out: the login details and the CSR the table requires, and the mailbox the product notes require', () => {
    expect(summary(result)).toEqual(
      sorted([
        ['loginName', 'error', -3],
        ['loginPassword', 'error', -3],
        ['1_csr', 'error', -3],
        // "All S/MIME certificate customers must supply smimeEmailAddresses" (product-specific parameters)
        ['1_smimeEmailAddresses', 'error', -3],
        ['1_MACAddress', 'warning', null],
      ]),
    );
  });
});

describe('placeorder-smime.txt: the ordering URL example', () => {
  const text = docText('placeorder-smime.txt');
  // Up to the end of the line: the redaction holds a no-break space, which \S would stop at.
  const exampleUrl =
    /https:\/\/secure\.trust-provider\.com\/products\/!PlaceOrder\?[^\n]+/.exec(text)?.[0] ?? '';
  // The redacted pair is the customer's email address.
  const restoredUrl = exampleUrl.replace(REDACTED, 'emailAddress=fred.bloggs@example.com');
  const { values, issues } = valuesFromQuery(restoredUrl);

  it('repeats name: the first value is kept and the drop is reported', () => {
    expect(exampleUrl).toMatch(/name=Fred\+Bloggs&.*&name=Fred$/);
    expect(values.name).toBe('Fred Bloggs');
    expect(issues.map((issue) => [issue.field, issue.severity])).toEqual([['name', 'warning']]);
  });

  it('is rebuilt with the same pairs when the password is explicitly allowed in the URL', () => {
    const result = buildRequest('PlaceOrder', values, { allowPasswordInUrl: true });
    const url = result.url ?? '';
    const [base, query] = url.split('?');
    expect(base).toBe(ENDPOINTS.PlaceOrder.url);
    const ours = [...new URLSearchParams(query)];
    const theirs = [...new URLSearchParams(restoredUrl.split('?')[1])].slice(0, -1); // minus the dropped name=Fred
    expect([...ours].sort()).toEqual([...theirs].sort());
    expect(url).toBe(
      'https://secure.trust-provider.com/products/!PlaceOrder?ap=resellerbrand&reseller=y&name=Fred+Bloggs&emailAddress=fred.bloggs%40example.com&loginName=login_name&loginPassword=loginpassword&1_PPP=2411',
    );
    expect(summary(result)).toEqual(
      sorted([
        ['1_csr', 'error', -3],
        ['1_smimeEmailAddresses', 'error', -3], // product-specific parameters: S/MIME needs it
        ['loginPassword', 'warning', null], // in the URL by choice: still warned
      ]),
    );
  });

  it('is withheld without that choice: the password never goes into a URL silently', () => {
    const result = buildRequest('PlaceOrder', values);
    expect(result.url).toBeUndefined();
    const warning = result.issues.find((issue) => issue.field === 'loginPassword');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/withheld/);
    expect(result.curl).toContain("--data-urlencode 'loginPassword=loginpassword'");
  });
});

/** Guide section 5: the values every example call shares. */
const GUIDE_LOGIN = {
  loginName: 'mypartnerusername',
  loginPassword: 'th15ISNOTas3ns!blePassW0rd!',
  isCustomerValidated: 'N',
  serverSoftware: '-1',
};

/** 5.2 / 5.4: the organisation, with the guide's "potsalCode" read as postalCode (README: a typo). */
const GUIDE_ORGANIZATION = {
  appRepEmailAddress: 'seniorstaffmember@sectigo.com',
  organizationName: 'Sectigo',
  streetAddress1: '5 Becker Farm Road',
  localityName: 'Roseland',
  stateOrProvinceName: 'NJ',
  countryName: 'US',
  postalCode: '07068',
  csr: SECTIGO_CSR,
  domainNames: 'sectigo.com,www.sectigo.com,secure.sectigo.com',
  primaryDomainName: 'sectigo.com',
  validationTokens: 'ALLCNAMECSRHASH',
};

interface GuideCase {
  readonly section: string;
  readonly values: Record<string, string>;
  readonly params: [string, string][];
  readonly issues: IssueSummary[];
}

const GUIDE_CASES: readonly GuideCase[] = [
  {
    section: '5.1 DV certificate',
    values: {
      ...GUIDE_LOGIN,
      days: '365',
      product: '488',
      csr: SECTIGO_CSR,
      dcvEmailAddress: 'admin@sectigo.com',
    },
    params: [
      ['loginName', 'mypartnerusername'],
      ['loginPassword', 'th15ISNOTas3ns!blePassW0rd!'],
      ['product', '488'],
      ['days', '365'],
      ['isCustomerValidated', 'N'],
      ['serverSoftware', '-1'],
      ['csr', SECTIGO_CSR],
      ['dcvEmailAddress', 'admin@sectigo.com'],
    ],
    issues: [],
  },
  {
    section: '5.2 OV Multi-Domain Certificate',
    values: { ...GUIDE_LOGIN, days: '730', product: '583', ...GUIDE_ORGANIZATION },
    params: [
      ['loginName', 'mypartnerusername'],
      ['loginPassword', 'th15ISNOTas3ns!blePassW0rd!'],
      ['product', '583'],
      ['days', '730'],
      ['isCustomerValidated', 'N'],
      ['serverSoftware', '-1'],
      ['csr', SECTIGO_CSR],
      ['validationTokens', 'ALLCNAMECSRHASH'],
      ['domainNames', 'sectigo.com,www.sectigo.com,secure.sectigo.com'],
      ['primaryDomainName', 'sectigo.com'],
      ['organizationName', 'Sectigo'],
      ['streetAddress1', '5 Becker Farm Road'],
      ['localityName', 'Roseland'],
      ['stateOrProvinceName', 'NJ'],
      ['postalCode', '07068'],
      ['countryName', 'US'],
      ['appRepEmailAddress', 'seniorstaffmember@sectigo.com'],
    ],
    issues: [],
  },
  {
    section: '5.2 EV Certificate',
    values: {
      ...GUIDE_LOGIN,
      days: '365',
      product: '562',
      appRepForename: 'John',
      appRepSurname: 'Smith',
      ...GUIDE_ORGANIZATION,
    },
    params: [
      ['loginName', 'mypartnerusername'],
      ['loginPassword', 'th15ISNOTas3ns!blePassW0rd!'],
      ['product', '562'],
      ['days', '365'],
      ['isCustomerValidated', 'N'],
      ['serverSoftware', '-1'],
      ['csr', SECTIGO_CSR],
      ['validationTokens', 'ALLCNAMECSRHASH'],
      ['domainNames', 'sectigo.com,www.sectigo.com,secure.sectigo.com'],
      ['primaryDomainName', 'sectigo.com'],
      ['organizationName', 'Sectigo'],
      ['streetAddress1', '5 Becker Farm Road'],
      ['localityName', 'Roseland'],
      ['stateOrProvinceName', 'NJ'],
      ['postalCode', '07068'],
      ['countryName', 'US'],
      ['appRepEmailAddress', 'seniorstaffmember@sectigo.com'],
      ['appRepForename', 'John'],
      ['appRepSurname', 'Smith'],
    ],
    issues: [
      // The web table: joiCountryName "required", "(EV certificates only)"; the example omits it.
      ['joiCountryName', 'error', -3],
      // 562 is EnterpriseSSL Pro EV, single-domain; these are "(Multi-domain SSL certificates only)".
      ['validationTokens', 'warning', -83],
      ['domainNames', 'warning', -83],
      ['primaryDomainName', 'warning', -83],
    ],
  },
  {
    section: '5.3 Product Bundle - DV certificate and Personal CodeGuard Account',
    values: {
      ...GUIDE_LOGIN,
      days: '365',
      product: '488,700',
      csr: SECTIGO_CSR,
      dcvEmailAddress: 'admin@sectigo.com',
      appRepEmailAddress: 'John.Doe@sectigo.com',
      domains: '1', // the guide's spelling of Domains: names are case-insensitive
    },
    params: [
      ['loginName', 'mypartnerusername'],
      ['loginPassword', 'th15ISNOTas3ns!blePassW0rd!'],
      ['product', '488,700'],
      ['days', '365'],
      ['isCustomerValidated', 'N'],
      ['serverSoftware', '-1'],
      ['csr', SECTIGO_CSR],
      ['dcvEmailAddress', 'admin@sectigo.com'],
      ['appRepEmailAddress', 'John.Doe@sectigo.com'],
      ['Domains', '1'],
    ],
    issues: [],
  },
  {
    section: '5.4 Product Bundle - EV Certificate and HackerGuardian',
    values: {
      ...GUIDE_LOGIN,
      days: '365',
      product: '562,346',
      appRepForename: 'John',
      appRepSurname: 'Smith',
      ...GUIDE_ORGANIZATION,
      appRepLoginName: 'sectigoHGusername',
    },
    params: [
      ['loginName', 'mypartnerusername'],
      ['loginPassword', 'th15ISNOTas3ns!blePassW0rd!'],
      ['product', '562,346'],
      ['days', '365'],
      ['isCustomerValidated', 'N'],
      ['serverSoftware', '-1'],
      ['csr', SECTIGO_CSR],
      ['validationTokens', 'ALLCNAMECSRHASH'],
      ['domainNames', 'sectigo.com,www.sectigo.com,secure.sectigo.com'],
      ['primaryDomainName', 'sectigo.com'],
      ['organizationName', 'Sectigo'],
      ['streetAddress1', '5 Becker Farm Road'],
      ['localityName', 'Roseland'],
      ['stateOrProvinceName', 'NJ'],
      ['postalCode', '07068'],
      ['countryName', 'US'],
      ['appRepEmailAddress', 'seniorstaffmember@sectigo.com'],
      ['appRepForename', 'John'],
      ['appRepSurname', 'Smith'],
      ['appRepLoginName', 'sectigoHGusername'],
    ],
    issues: [
      ['joiCountryName', 'error', -3],
      ['validationTokens', 'warning', -83],
      ['domainNames', 'warning', -83],
      ['primaryDomainName', 'warning', -83],
      // 346 (PCI Scan Control Center) is documented as a pair with 329.
      ['product', 'warning', null],
    ],
  },
];

describe('autoapplyorder-guide-v2.txt section 5: the example calls', () => {
  it.each(GUIDE_CASES)('$section', ({ values, params, issues }) => {
    const result = buildRequest('AutoApplyOrder', values);
    expect(result.params).toEqual(params);
    expect(summary(result)).toEqual(sorted(issues));
    expect(result.ok).toBe(!issues.some(([, severity]) => severity === 'error'));
    expect(result).not.toHaveProperty('url');
    expect(result.form).toEqual({
      action: 'https://secure.trust-provider.com/products/!AutoApplyOrder',
      method: 'POST',
      fields: params,
    });
  });

  it('the guide’s typo "potsalCode" is not a parameter: -2, with the likely one named', () => {
    const result = buildRequest('AutoApplyOrder', {
      ...GUIDE_LOGIN,
      days: '730',
      product: '583',
      ...GUIDE_ORGANIZATION,
      postalCode: '',
      potsalCode: '07068',
    });
    const issue = result.issues.find((candidate) => candidate.field === 'potsalCode');
    expect(issue).toMatchObject({ severity: 'error', code: -2 });
    expect(issue?.message).toContain('Did you mean postalCode?');
    expect(result.params.map(([name]) => name)).not.toContain('potsalCode');
    expect(result.ok).toBe(false);
  });
});
