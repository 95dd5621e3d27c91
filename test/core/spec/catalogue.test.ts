/**
 * Invariants of the catalogue tables, and each entry checked against the text
 * of the document it cites.
 */
import { describe, expect, it } from 'vitest';
import { ENDPOINTS, REQUEST_ENDPOINT_IDS, paramsOf } from '../../../src/core/spec/endpoints';
import { ERRORS, STATUSES, UNNUMBERED_ERRORS } from '../../../src/core/spec/errors';
import { PRODUCT_SPECS } from '../../../src/core/spec/products';
import { PUSH_FIELDS, PUSH_STATUSES } from '../../../src/core/spec/push';
import { SAMPLE_RESPONSES } from '../../../src/core/spec/responses';
import * as valueLists from '../../../src/core/spec/values';
import type { ErrorSpec, Source, ValueList } from '../../../src/core/spec/types';
import { ALL_DOCS, docText } from '../docs';

const allParams = REQUEST_ENDPOINT_IDS.flatMap((endpoint) =>
  paramsOf(endpoint).map((param) => ({ endpoint, param })),
);
const products = PRODUCT_SPECS;

function expectSource(source: Source) {
  expect(ALL_DOCS).toContain(source.doc);
  expect(source.section.trim()).not.toBe('');
}

/** The documents wrap lines and use typographic quotes; compare on a folded form. */
const fold = (text: string) =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();

describe('parameter tables', () => {
  it('cover every endpoint, each with parameters', () => {
    for (const endpoint of REQUEST_ENDPOINT_IDS) {
      expect(ENDPOINTS[endpoint].params.length).toBeGreaterThan(5);
    }
  });

  it.each(REQUEST_ENDPOINT_IDS)('%s: names and aliases are unique, ignoring case', (endpoint) => {
    const names = paramsOf(endpoint).flatMap((param) => [
      param.item ? `x_${param.name}` : param.name,
      ...(param.aliases ?? []),
    ]);
    const lower = names.map((name) => name.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  it.each(allParams.map(({ endpoint, param }) => ({ id: `${endpoint}.${param.name}`, param })))(
    '$id is well formed and found in its document',
    ({ param }) => {
      expectSource(param.source);
      expect(param.label.trim()).not.toBe('');
      expect(param.description.trim()).not.toBe('');
      if (param.maxLength !== undefined) expect(param.maxLength).toBeGreaterThan(0);
      if (param.requirement === 'conditional') expect(param.condition).toBeTruthy();
      const values = param.values ?? [];
      expect(new Set(values.map((value) => value.value)).size).toBe(values.length);
      if (param.default !== undefined && values.length > 0) {
        expect(values.map((value) => value.value)).toContain(param.default);
      }
      // The name (or, for the web capture that lost its names, the guide) prints it.
      const text =
        param.source.doc === 'autoapplyorder-ssl.txt'
          ? docText('autoapplyorder-guide-v2.txt') + docText('autoreplacesmime.txt')
          : docText(param.source.doc);
      const printed = param.item ? `x_${param.name}` : param.name;
      expect(fold(text.replace(/\s+/g, ''))).toContain(fold(printed.replace(/\s+/g, '')));
    },
  );

  it.each([
    // Facts read straight from the documents: endpoint, name, requirement, type, max length.
    ['PlaceOrder', 'ap', 'required', 'string', 64],
    ['PlaceOrder', 'reseller', 'required', 'char', undefined],
    ['PlaceOrder', 'errorURL', 'optional', 'string', 255],
    ['PlaceOrder', 'postOfficeBox', 'optional', 'string', 40],
    ['PlaceOrder', 'organizationIdentifier', 'optional', 'string', 100],
    ['PlaceOrder', 'csr', 'required', 'string', 32767],
    ['PlaceOrder', 'loginPassword', 'required', 'string', 128],
    ['PlaceOrder', 'telephoneNumber', 'optional', 'string', 32],
    ['AutoApplyOrder', 'csr', 'required', 'string', 32767],
    ['AutoApplyOrder', 'uniqueValue', 'optional', 'string', 20],
    ['AutoApplyOrder', 'dcvMethod', 'optional', 'string', 32],
    ['AutoApplyOrder', 'dateOfIncorporation', 'optional', 'string', 10],
    ['AutoApplyOrder', 'companyNumber', 'optional', 'string', 64],
    ['AutoApplyOrder', 'foreignOrderNumber', 'optional', 'char', 64],
    ['AutoReplaceSMIME', 'orderNumber', 'required', 'string', 128],
    ['AutoReplaceSMIME', 'signatureHash', 'optional', 'string', 64],
    ['RequestAndCollectSMIME', 'collectionCode', 'conditional', 'string', 16],
    ['RequestAndCollectSMIME', 'queryType', 'required', 'integer', undefined],
    ['RequestAndCollectSMIME', 'responseMimeType', 'optional', 'string', 255],
  ] as const)(
    '%s.%s is %s %s of at most %s characters',
    (endpoint, name, requirement, type, max) => {
      const param = paramsOf(endpoint).find((p) => p.name === name);
      expect(param).toBeDefined();
      expect(param?.requirement).toBe(requirement);
      expect(param?.type).toBe(type);
      expect(param?.maxLength).toBe(max);
    },
  );

  it('knows the documented defaults', () => {
    const find = (endpoint: (typeof REQUEST_ENDPOINT_IDS)[number], name: string) =>
      paramsOf(endpoint).find((p) => p.name === name);
    expect(find('PlaceOrder', 'countryName')?.default).toBe('US');
    expect(find('PlaceOrder', 'countryName')?.aliases).toContain('country');
    expect(find('PlaceOrder', 'region')?.default).toBe('Unknown');
    expect(find('AutoApplyOrder', 'dcvMethod')?.default).toBe('EMAIL');
    expect(find('AutoApplyOrder', 'responseFormat')?.default).toBe('0');
    expect(find('AutoReplaceSMIME', 'signatureHash')?.default).toBe('NO_PREFERENCE');
    expect(find('RequestAndCollectSMIME', 'responseType')?.default).toBe('3');
    expect(find('RequestAndCollectSMIME', 'responseEncoding')?.default).toBe('0');
  });

  it('marks the password as a secret on every endpoint', () => {
    for (const endpoint of REQUEST_ENDPOINT_IDS) {
      const password = paramsOf(endpoint).find((p) => p.name === 'loginPassword');
      expect(password?.secret).toBe(true);
    }
  });

  it('lists the PlaceOrder item parameters as items', () => {
    const items = paramsOf('PlaceOrder')
      .filter((p) => p.item)
      .map((p) => p.name);
    expect(items).toEqual(
      expect.arrayContaining([
        'ID',
        'PPP',
        'days',
        'csr',
        'smimeEmailAddresses',
        'smimeSubjectCN',
        'smimeSubjectEmail',
      ]),
    );
  });
});

describe('value lists', () => {
  const lists = Object.entries(valueLists) as [string, ValueList][];
  it.each(lists.map(([name, list]) => ({ name, list })))(
    '$name cites its source and has unique values',
    ({ list }) => {
      expectSource(list.source);
      expect(list.values.length).toBeGreaterThan(0);
      expect(new Set(list.values.map((value) => value.value)).size).toBe(list.values.length);
    },
  );

  it.each([
    ['SERVER_SOFTWARE', ['-1', '2', '10', '14', '35', '36', '18', '30', '31']],
    ['DAYS', ['30', '90', '365', '730']],
    ['DCV_METHODS', ['EMAIL', 'HTTP_CSR_HASH', 'CNAME_CSR_HASH', 'IP_ADDRESS_PRE']],
    ['DCV_MAGIC_TOKENS', ['ALLHTTPCSRHASH', 'ALLCNAMECSRHASH', 'ALLIPADDRESSPRE']],
    ['BUSINESS_CATEGORIES', ['b', 'c', 'd']],
    ['QUERY_TYPES', ['0', '1', '2', '3']],
    ['RESPONSE_TYPES', ['1', '2', '3', '4']],
    ['RESPONSE_ENCODINGS', ['0', '1', '2']],
  ] as const)('%s holds exactly the documented values', (name, expected) => {
    const list = (valueLists as Record<string, ValueList>)[name];
    expect(list?.values.map((value) => value.value)).toEqual(expected);
  });

  it('has the fourteen documented languages, each printed in every document that lists them', () => {
    expect(valueLists.LANGUAGES.values).toHaveLength(14);
    for (const { value, label } of valueLists.LANGUAGES.values) {
      for (const doc of ['placeorder-smime.txt', 'autoreplacesmime.txt'] as const) {
        expect(fold(docText(doc))).toContain(fold(`${value} — ${label}`));
      }
    }
  });
});

describe('products', () => {
  it('has unique codes, each printed in its document', () => {
    const codes = products.map((product) => product.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const product of products) {
      expectSource(product.source);
      expect(docText(product.source.doc)).toMatch(new RegExp(`(^|\\D)${product.code}(\\D|$)`));
    }
  });

  const byCode = (code: number) => products.find((product) => product.code === code);

  it.each([
    // code, family, validation, wildcard, multi-domain
    [287, 'ssl', 'DV', false, false],
    [289, 'ssl', 'DV', true, false],
    [279, 'ssl', 'DV', false, true],
    [7, 'ssl', 'OV', false, false],
    [35, 'ssl', 'OV', true, false],
    [361, 'ssl', 'OV', false, true],
    [562, 'ssl', 'EV', false, false],
    [563, 'ssl', 'EV', false, true],
    [488, 'ssl', 'DV', false, false],
    [492, 'ssl', 'DV', false, true],
    [2411, 'smime', 'mailbox', false, false],
    [2412, 'smime', 'mailbox', false, false],
    [243, 'smime', 'organization', false, false],
    [2432, 'smime', 'organization', false, false],
  ] as const)(
    '%i is %s %s (wildcard %s, multi-domain %s)',
    (code, family, validation, wildcard, multi) => {
      const product = byCode(code);
      expect(product?.family).toBe(family);
      expect(product?.validation).toBe(validation);
      expect(Boolean(product?.wildcard)).toBe(wildcard);
      expect(Boolean(product?.multiDomain)).toBe(multi);
    },
  );

  it('orders S/MIME by x_PPP on !PlaceOrder and SSL by product on !AutoApplyOrder', () => {
    for (const product of products) {
      if (product.family === 'smime') {
        expect([product.endpoint, product.orderedAs]).toEqual(['PlaceOrder', 'x_PPP']);
      } else {
        expect([product.endpoint, product.orderedAs]).toEqual(['AutoApplyOrder', 'product']);
      }
    }
    expect(byCode(2411)?.years).toBe(1);
    expect(byCode(2432)?.years).toBe(2);
  });

  it('knows the bundle quantities and HackerGuardian pairs', () => {
    expect(byCode(700)?.quantity).toEqual({ param: 'Domains', values: [1, 12, 25, 100] });
    expect(byCode(356)?.quantity).toEqual({
      param: 'IP Addresses',
      values: [1, 5, 10, 50, 100, 500, 1000],
    });
    expect(byCode(586)?.pairedWith).toBe(587);
    expect(byCode(346)?.pairedWith).toBe(329);
    expect(byCode(349)?.pairedWith).toBe(259);
    expect(byCode(36)?.family).toBe('trustlogo');
  });
});

describe('error codes', () => {
  it.each(REQUEST_ENDPOINT_IDS)(
    '%s: codes are unique and negative, statuses are not',
    (endpoint) => {
      const errors = ERRORS[endpoint] as readonly ErrorSpec[];
      const codes = errors.map((error) => error.code);
      expect(new Set(codes).size).toBe(codes.length);
      expect(codes.every((code) => code < 0)).toBe(true);
      expect((STATUSES[endpoint] as readonly ErrorSpec[]).every((status) => status.code >= 0)).toBe(
        true,
      );
    },
  );

  it.each(
    REQUEST_ENDPOINT_IDS.flatMap((endpoint) =>
      (ERRORS[endpoint] as readonly ErrorSpec[]).map((error) => ({
        id: `${endpoint} ${error.code}`,
        error,
      })),
    ),
  )('$id is printed in its documents', ({ error }) => {
    expectSource(error.source);
    const text =
      error.source.doc === 'autoapplyorder-ssl.txt'
        ? docText('autoapplyorder-guide-v2.txt') + docText('placeorder-smime.txt')
        : docText(error.source.doc);
    expect(text).toMatch(new RegExp(`(^|\\s)${error.code}(\\s|$)`));
    // The message, placeholder aside, is the document's own wording.
    const words = fold(error.message)
      .split("'xxxx'")
      .map((part) => part.trim())
      .filter(Boolean);
    for (const part of words)
      expect(fold(text).replace(/'(xxx|xx|errorItem)'/gi, "'xxxx'")).toContain(part);
  });

  it.each([
    ['PlaceOrder', -16, 'Incorrect login details'],
    ['PlaceOrder', -126, 'Wildcard Domain'],
    ['AutoApplyOrder', -55, 'Request Token is not unique'],
    ['AutoApplyOrder', -17, 'GET rather than POST'],
    ['AutoApplyOrder', -35, 'IP Address'],
    ['AutoReplaceSMIME', -136, 'Wrong certificate state'],
    ['AutoReplaceSMIME', -20, 'Revoked'],
    ['RequestAndCollectSMIME', -20, 'The CSR has been rejected!'],
    ['RequestAndCollectSMIME', -154, 'Email verification not yet completed!'],
  ] as const)('%s %i says "%s"', (endpoint, code, text) => {
    const error = (ERRORS[endpoint] as readonly ErrorSpec[]).find((e) => e.code === code);
    expect(error?.message).toContain(text);
  });

  it('keeps the AutoApplyOrder rows whose number no document gives apart, never numbered', () => {
    expect(UNNUMBERED_ERRORS.length).toBeGreaterThan(0);
    for (const row of UNNUMBERED_ERRORS) {
      expect(row.source.doc).toBe('autoapplyorder-ssl.txt');
      expect(fold(docText('autoapplyorder-ssl.txt'))).toContain(
        fold(row.description).replace(/…$/, '').slice(0, 40),
      );
    }
  });
});

describe('push notifications and samples', () => {
  it('has the status table of the guide', () => {
    const table = PUSH_STATUSES.map((s) => [s.statusCode, s.status]);
    expect(table).toEqual(
      expect.arrayContaining([
        [6, 'issued'],
        [9, 'issued'],
        [8, 'revoked'],
        [14, 'replaced'],
        [12, 'awaitingbrandvalidation'],
        [5, 'failed'],
        [3, 'failed'],
        [7, 'rejected'],
        [null, 'verified'],
        [null, 'click-through'],
      ]),
    );
    expect(PUSH_FIELDS.map((field) => field.name)).toEqual(
      expect.arrayContaining([
        'orderNumber',
        'certificateID',
        'statusCode',
        'verificationCode',
        'certificate',
        'caCertificate',
      ]),
    );
  });

  it('prints every sample response verbatim as its document does', () => {
    for (const sample of SAMPLE_RESPONSES) {
      const text = fold(docText(sample.source.doc));
      for (const line of sample.text.split('\n').filter((l) => l.trim())) {
        expect(text).toContain(fold(line).trim());
      }
    }
  });
});
