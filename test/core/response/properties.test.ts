/**
 * Properties (fast-check): arbitrary text and arbitrary mutations of the
 * documented samples never throw, finish quickly (inputs up to 1 MiB), give
 * a well-formed result and never touch Object.prototype. Plus a table of
 * pathological inputs aimed at each parser's loops.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBatch, decodeResponse, splitBatch } from '../../../src/core/response';
import type { DecodeContext, DecodedResponse } from '../../../src/core/response';
import { SAMPLE_RESPONSES } from '../../../src/core/spec/responses';
import { END_ENTITY_PEM, PKCS7_PEM, ROOT_PEM, base64Of } from './fixtures';

const MiB = 1024 * 1024;
const FORMATS = new Set(['urlencoded', 'lines', 'json', 'javascript', 'push', 'unknown']);

const SEEDS = [
  ...SAMPLE_RESPONSES.map((sample) => sample.text),
  `orderNumber=1&status=verified&statusCode=6&statusDesc=x&verificationCode=abc&certificate=${encodeURIComponent(END_ENTITY_PEM)}&caCertificate=${encodeURIComponent(ROOT_PEM)}`,
  `var g_ccc = "${base64Of(PKCS7_PEM)}";\nvar g_errorCode = 2;`,
  '{"errorCode":-4,"errorMessage":"The value of the \'csr\' argument is invalid!"}',
  `2\n14/05/2013 13/05/2014\n${ROOT_PEM}${END_ENTITY_PEM}`,
  'https://reseller.example/#/result?errorCode=-3&errorItem=loginName',
];

const CONTEXTS: readonly (DecodeContext | undefined)[] = [
  undefined,
  { endpoint: 'PlaceOrder' },
  { endpoint: 'AutoApplyOrder', request: { showCertificateID: 'Y', uniqueValue: 'x' } },
  { endpoint: 'AutoReplaceSMIME' },
  { endpoint: 'RequestAndCollectSMIME', request: { showValidityPeriod: 'Y' } },
  { endpoint: 'Push' },
];

/** Pieces that steer the parsers into their interesting branches. */
const TOKENS = [
  '=',
  '&',
  '\n',
  '\r\n',
  '\r',
  '-',
  '-----',
  ' ',
  'BEGIN ',
  'END ',
  'CERTIFICATE',
  '"',
  "'",
  '`',
  '\\',
  '{',
  '}',
  '[',
  ']',
  ':',
  ';',
  ',',
  '%',
  '%2',
  '+',
  '?',
  '#',
  'var ',
  'g_ccc',
  'g_errorCode',
  'errorCode',
  'errorMessage',
  'errorItem',
  'orderNumber',
  'statusCode',
  'verificationCode',
  '__proto__',
  'constructor',
  'prototype',
  '0',
  '-4',
  '2',
  '/',
  '${',
  '<script>',
  '*/',
  '/*',
  '//',
  '\u2028',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  'xxxx',
  '14/05/2013 13/05/2014',
  'MIIB',
];

const unit16 = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const smallText = fc.oneof(
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc.string({ maxLength: 300, unit: unit16 }),
  fc.string({ maxLength: 120, unit: fc.constantFrom(...TOKENS) }),
);
/** Up to 1 MiB: a short piece repeated. */
const bigText = fc
  .tuple(
    fc.string({ minLength: 1, maxLength: 40, unit: fc.constantFrom(...TOKENS) }),
    fc.integer({ min: 1, max: MiB }),
  )
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

type Mutation =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | {
      readonly kind: 'repeat';
      readonly at: number;
      readonly length: number;
      readonly times: number;
    }
  | { readonly kind: 'case'; readonly upper: boolean };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: smallText }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(40) }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 64 }),
    times: fc.integer({ min: 1, max: 16384 }),
  }),
  fc.record({ kind: fc.constant('case' as const), upper: fc.boolean() }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let result = text;
  for (const change of mutations) {
    const at = result.length === 0 ? 0 : ('at' in change ? change.at : 0) % (result.length + 1);
    if (change.kind === 'insert') result = result.slice(0, at) + change.text + result.slice(at);
    else if (change.kind === 'delete')
      result = result.slice(0, at) + result.slice(at + change.length);
    else if (change.kind === 'repeat')
      result =
        result.slice(0, at) +
        result.slice(at, at + change.length).repeat(change.times) +
        result.slice(at);
    else result = change.upper ? result.toUpperCase() : result.toLowerCase();
    if (result.length > MiB) result = result.slice(0, MiB);
  }
  return result;
}

const contextArb = fc.constantFrom(...CONTEXTS);

let prototypeKeys: string[] = [];
beforeAll(() => {
  prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
});
afterAll(() => {
  // Nothing decoded ever added to or changed Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

/**
 * Decodes and checks the result is well formed. How long hostile input takes
 * is measured in test/core/hostileInput.bench.ts (npm run bench), not here.
 */
function decodeChecked(text: string, context?: DecodeContext): DecodedResponse {
  const result = decodeResponse(text, context);
  expect(FORMATS.has(result.format)).toBe(true);
  expect(result.ok).toBe(result.status !== null && result.status >= 0);
  if (result.status !== null) expect(Number.isSafeInteger(result.status)).toBe(true);
  if (result.error !== undefined) {
    expect(result.error.code).toBe(result.status);
    expect(result.error.nextStep.length).toBeGreaterThan(0);
  }
  for (const field of result.fields) {
    expect(typeof field.name).toBe('string');
    expect(typeof field.value).toBe('string');
    expect(Object.getPrototypeOf(field)).toBe(Object.prototype);
  }
  for (const pem of result.certificates ?? []) expect(pem).toMatch(/^-----BEGIN [A-Z0-9 ]+-----\n/);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  return result;
}

describe('properties', () => {
  it('arbitrary short text never throws and decodes to a well-formed result', () => {
    fc.assert(
      fc.property(smallText, contextArb, (text, context) => {
        decodeChecked(text, context);
      }),
      { numRuns: 400 },
    );
  });

  it('arbitrary text up to 1 MiB finishes quickly', () => {
    fc.assert(
      fc.property(bigText, contextArb, (text, context) => {
        decodeChecked(text, context);
      }),
      { numRuns: 40 },
    );
  });

  it('arbitrary mutations of the documented samples never throw and finish quickly', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEEDS),
        fc.array(mutation, { maxLength: 6 }),
        contextArb,
        (seed, changes, context) => {
          decodeChecked(mutate(seed, changes), context);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an unchanged sample decodes the same every time (no hidden state)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), (seed) => {
        expect(decodeResponse(seed)).toEqual(decodeResponse(seed));
      }),
      { numRuns: 30 },
    );
  });

  it('splitBatch never loses non-blank text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SEEDS, ' ', '', '\n'), { maxLength: 30 }),
        fc.constantFrom('\n', '\n\n', '\r\n\r\n'),
        (parts, glue) => {
          const text = parts.join(glue);
          const squash = (value: string) => value.replace(/\s+/g, '');
          expect(splitBatch(text).map(squash).join('')).toBe(squash(text));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('pathological inputs of 1 MiB', () => {
  const fill = (piece: string, prefix = '', suffix = '') =>
    prefix + piece.repeat(Math.ceil((MiB - prefix.length - suffix.length) / piece.length)) + suffix;
  const cases: readonly (readonly [string, string])[] = [
    ['dashes', fill('-')],
    ['dashes and spaces before BEGIN', fill('- ', '', 'BEGIN CERTIFICATE-----')],
    ['BEGIN markers without dashes', fill('BEGIN ')],
    ['BEGIN markers without END', fill('-----BEGIN CERTIFICATE-----\nAAAA\n', '2\n')],
    [
      'the document’s armour repeated',
      fill('----- BEGIN CERTIFICATE -----\nEncoded\n---- END CERTIFICATE -----\n', '2\n'),
    ],
    ['END markers alone', fill('-----END X-----', '2\n')],
    ['percent signs', fill('%', 'a=')],
    ['broken escapes', fill('%E0%A4', 'errorCode=-4&errorItem=')],
    ['ampersands', fill('&')],
    ['empty pairs', fill('&=')],
    ['question marks and hashes', fill('#?')],
    ['one huge value', fill('x', 'errorCode=-3&errorMessage=')],
    ['quotes in a message', fill("'", 'errorCode=-3&errorMessage=')],
    ['lines', fill('0\n')],
    ['validity lines', fill('14/05/2013 13/05/2014\n', '2\n')],
    ['extra lines', fill('x\n', '0\n1\n35.00\n1\n')],
    ['Base64 without armour', fill('AAAA', '2\n')],
    ['white space', fill(' \t\r\n', '', '=')],
    ['escaped backticks', fill('\\`', 'a = `')],
    ['backtick substitutions', fill('`${', 'a = ')],
    ['backslashes in a string', fill('\\', 'var g_ccc = "')],
    ['quotes in an expression', fill('"', 'g_errorCode = f(')],
    ['unclosed comment', fill('*', 'var a = 1; /*')],
    ['markup', fill('<', 'var a = 1;')],
    ['JSON nesting', `{"a":${'['.repeat(MiB / 2 - 8)}${']'.repeat(MiB / 2 - 8)}}`],
    ['JSON members', fill('"a":1,', '{', '"b":2}')],
    ['JavaScript statements', fill('a=1;')],
    ['identifier', fill('a')],
    [
      'push with a long verificationCode',
      fill('x', 'orderNumber=1&statusCode=6&verificationCode='),
    ],
    ['lone surrogates', fill('\uD800', 'orderNumber=1&statusCode=6&verificationCode=')],
  ];

  it.each(cases)('%s', (_name, text) => {
    for (const context of CONTEXTS) decodeChecked(text, context);
  });

  it('batch of many blank-separated entries is capped', () => {
    const result = decodeBatch(fill('a=1\n\n'));
    expect(result.truncated).toBe(true);
  });

  it('input beyond the size cap is cut, with a note', () => {
    const result = decodeResponse(`errorCode=-3&errorMessage=${'x'.repeat(9 * MiB)}`);
    expect(result.status).toBe(-3);
    expect(result.notes.join(' ')).toContain('only the start was decoded');
  });
});
