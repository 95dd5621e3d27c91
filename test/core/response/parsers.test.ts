/** The small parsers the decoder is built from, each with its edge cases. */
import { describe, expect, it } from 'vitest';
import { extractPemBlocks } from '../../../src/core/encoding';
import {
  parseJavaScriptVars,
  parseUrlEncoded,
  parseValidityLine,
} from '../../../src/core/response';
import { decodeFormComponent } from '../../../src/core/response/decodeFormComponent';
import { labelForBase64Der } from '../../../src/core/response/labelForBase64Der';
import { matchErrorMessage, quotedItem } from '../../../src/core/response/matchErrorMessage';
import { parseLines } from '../../../src/core/response/parseLines';
import { parseStatusCode } from '../../../src/core/response/parseStatusCode';
import { END_ENTITY_PEM, PKCS7_PEM, ROOT_PEM, base64Of } from './fixtures';

describe('parseUrlEncoded', () => {
  it.each([
    {
      name: 'body',
      text: 'a=1&b=2',
      pairs: [
        ['a', '1'],
        ['b', '2'],
      ],
      from: 'body',
    },
    { name: 'leading ?', text: '?a=1', pairs: [['a', '1']], from: 'query' },
    {
      name: 'URL with query',
      text: 'https://x.example/p?a=1&b=%20',
      pairs: [
        ['a', '1'],
        ['b', ' '],
      ],
      from: 'query',
    },
    {
      name: 'fragment query',
      text: 'https://x.example/#/r?a=1',
      pairs: [['a', '1']],
      from: 'fragment',
    },
    { name: 'fragment pairs', text: '#a=1', pairs: [['a', '1']], from: 'fragment' },
    {
      name: 'both',
      text: '?a=1#r?b=2',
      pairs: [
        ['a', '1'],
        ['b', '2'],
      ],
      from: 'query and fragment',
    },
    {
      name: '"?" and "#" inside a body value stay',
      text: 'a=x?y#z&b=2',
      pairs: [
        ['a', 'x?y#z'],
        ['b', '2'],
      ],
      from: 'body',
    },
    {
      name: 'name without "="',
      text: 'a&b=',
      pairs: [
        ['a', ''],
        ['b', ''],
      ],
      from: 'body',
    },
    { name: 'empty pairs skipped', text: '&&a=1&&', pairs: [['a', '1']], from: 'body' },
    { name: '"=" inside a value', text: 'a=b=c', pairs: [['a', 'b=c']], from: 'body' },
    {
      name: 'one a line',
      text: 'a=1\r\nb=2',
      pairs: [
        ['a', '1'],
        ['b', '2'],
      ],
      from: 'body',
    },
  ])('$name', ({ text, pairs, from }) => {
    const parsed = parseUrlEncoded(text);
    expect(parsed.pairs).toEqual(pairs);
    expect(parsed.from).toBe(from);
    expect(parsed.truncated).toBe(false);
  });

  it('stops at the cap and says so', () => {
    const parsed = parseUrlEncoded('a=1&'.repeat(20), 5);
    expect(parsed.pairs).toHaveLength(5);
    expect(parsed.truncated).toBe(true);
  });
});

describe('decodeFormComponent', () => {
  it.each([
    ['a+b', 'a b'],
    ['%2B', '+'],
    ['%E2%9C%93', '✓'],
    ['100%', '100%'],
    ['%zz%41', '%zzA'],
    ['%FF', '\uFFFD'],
    ['%C3%A9%', 'é%'],
  ])('%j → %j', (input, output) => {
    expect(decodeFormComponent(input)).toBe(output);
  });
});

describe('parseJavaScriptVars', () => {
  it.each([
    { name: 'var with double quotes', text: 'var a = "x";', vars: [['a', 'x', 'string']] },
    {
      name: 'numbers',
      text: 'a=-4;b=+1.5e3',
      vars: [
        ['a', '-4', 'number'],
        ['b', '+1.5e3', 'number'],
      ],
    },
    {
      name: 'keywords',
      text: 'a=true;b=null;c=undefined',
      vars: [
        ['a', 'true', 'boolean'],
        ['b', 'null', 'null'],
        ['c', 'undefined', 'undefined'],
      ],
    },
    { name: 'template without substitution', text: 'a = `x\\`y`', vars: [['a', 'x`y', 'string']] },
    { name: 'identifier value is an expression', text: 'a = b;', vars: [['a', 'b', 'expression']] },
    {
      name: 'call is an expression, strings inside skipped',
      text: 'a = f(";");b=1',
      vars: [
        ['a', 'f(";")', 'expression'],
        ['b', '1', 'number'],
      ],
    },
    { name: 'comparison is not assignment', text: 'a == 1; b = 2', vars: [['b', '2', 'number']] },
    {
      name: 'string + identifier is an expression',
      text: 'a = "x" + y;',
      vars: [['a', '"x" + y', 'expression']],
    },
    { name: 'number then junk', text: 'a = 1 2', vars: [['a', '1 2', 'expression']] },
  ])('$name', ({ text, vars }) => {
    expect(parseJavaScriptVars(text).vars.map((v) => [v.name, v.value, v.kind])).toEqual(vars);
  });

  it('reports what it skipped, with offsets', () => {
    const parsed = parseJavaScriptVars('var 1x = 2;\n@@@\nvar ok = 1;');
    expect(parsed.vars).toEqual([{ name: 'ok', value: '1', kind: 'number' }]);
    expect(parsed.problems.length).toBeGreaterThanOrEqual(2);
    expect(parsed.problems[0]).toMatch(/offset \d+/);
  });

  it('caps long expressions', () => {
    const parsed = parseJavaScriptVars(`a = f(${'1,'.repeat(2000)})`);
    expect(parsed.vars[0]?.value.length).toBeLessThanOrEqual(1001);
    expect(parsed.vars[0]?.value.endsWith('…')).toBe(true);
  });

  it('stops at the cap and says so', () => {
    const parsed = parseJavaScriptVars('a=1;'.repeat(10), 3);
    expect(parsed.vars).toHaveLength(3);
    expect(parsed.truncated).toBe(true);
  });
});

describe('extractPemBlocks', () => {
  it('reads standard PEM unchanged', () => {
    const { blocks } = extractPemBlocks(`${ROOT_PEM}${END_ENTITY_PEM}`);
    expect(blocks.map((block) => block.pem)).toEqual([ROOT_PEM, END_ENTITY_PEM]);
    expect(
      blocks.every((block) => block.wellFormedBase64 && !block.lenientArmour && block.terminated),
    ).toBe(true);
  });

  it.each([
    [
      'the document’s spaced armour',
      `----- BEGIN CERTIFICATE -----\n${base64Of(ROOT_PEM)}\n----- END CERTIFICATE -----`,
    ],
    [
      'a four-dash END',
      `-----BEGIN CERTIFICATE-----\n${base64Of(ROOT_PEM)}\n---- END CERTIFICATE -----`,
    ],
    ['one line', `-----BEGIN CERTIFICATE----- ${base64Of(ROOT_PEM)} -----END CERTIFICATE-----`],
    [
      'indented CRLF',
      `  -----BEGIN CERTIFICATE-----\r\n  ${base64Of(ROOT_PEM)}\r\n  -----END CERTIFICATE-----\r\n`,
    ],
  ])('normalises %s', (_name, text) => {
    const { blocks } = extractPemBlocks(text);
    expect(blocks.map((block) => block.pem)).toEqual([ROOT_PEM]);
  });

  it('reads spaces back as "+" only when asked and only without "+"', () => {
    const damaged = ROOT_PEM.replaceAll('+', ' ');
    expect(extractPemBlocks(damaged, { spacesMayBePlus: true }).blocks[0]?.pem).toBe(ROOT_PEM);
    expect(extractPemBlocks(damaged).blocks[0]?.pem).not.toBe(ROOT_PEM);
    const { spacesReadAsPlus } = extractPemBlocks(ROOT_PEM, { spacesMayBePlus: true });
    expect(spacesReadAsPlus).toBe(false);
  });

  it('keeps other labels for the caller to sort out', () => {
    const { blocks } = extractPemBlocks(
      `${PKCS7_PEM}-----BEGIN NEW CERTIFICATE REQUEST-----\nAAAA\n-----END NEW CERTIFICATE REQUEST-----`,
    );
    expect(blocks.map((block) => block.label)).toEqual(['PKCS7', 'NEW CERTIFICATE REQUEST']);
  });

  it('ignores look-alikes and empty blocks', () => {
    expect(extractPemBlocks('BEGIN CERTIFICATE, --BEGIN X--, -----BEGIN  X-----').blocks).toEqual(
      [],
    );
    expect(
      extractPemBlocks('-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----').blocks,
    ).toEqual([]);
  });

  it('stops at the cap and says so', () => {
    const result = extractPemBlocks(ROOT_PEM.repeat(5), { maxBlocks: 2 });
    expect(result.blocks).toHaveLength(2);
    expect(result.truncated).toBe(true);
  });
});

describe('labelForBase64Der', () => {
  it.each([
    ['a certificate', base64Of(END_ENTITY_PEM), 'CERTIFICATE'],
    ['PKCS#7 signedData', base64Of(PKCS7_PEM), 'PKCS7'],
    [
      'BER indefinite-length PKCS#7',
      btoa(
        String.fromCharCode(
          0x30,
          0x80,
          0x06,
          0x09,
          0x2a,
          0x86,
          0x48,
          0x86,
          0xf7,
          0x0d,
          0x01,
          0x07,
          0x02,
          0xa0,
        ),
      ),
      'PKCS7',
    ],
    [
      'another OID',
      btoa(
        String.fromCharCode(
          0x30,
          0x0b,
          0x06,
          0x09,
          0x2a,
          0x86,
          0x48,
          0x86,
          0xf7,
          0x0d,
          0x01,
          0x07,
          0x01,
        ),
      ),
      undefined,
    ],
    ['not DER', btoa('hello world!'), undefined],
    ['not Base64', '!!!!', undefined],
  ])('%s', (_name, base64, label) => {
    expect(labelForBase64Der(base64)).toBe(label);
  });
});

describe('parseValidityLine', () => {
  it.each([
    [
      '14/05/2013 13/05/2014',
      { notBefore: '2013-05-14T00:00:00Z', notAfter: '2014-05-13T23:59:59Z' },
    ],
    [
      '  29/02/2024\t28/02/2025 ',
      { notBefore: '2024-02-29T00:00:00Z', notAfter: '2025-02-28T23:59:59Z' },
    ],
    ['29/02/2023 01/03/2024', 'invalid'],
    ['01/13/2023 01/01/2024', 'invalid'],
    ['31/04/2023 01/01/2024', 'invalid'],
    ['02/01/2024 01/01/2024', 'invalid'],
    ['2013-05-14 2014-05-13', undefined],
    ['14/05/2013', undefined],
    ['1/5/2013 1/5/2014', undefined],
  ])('%j', (line, expected) => {
    const result = parseValidityLine(line);
    if (typeof expected === 'object') expect(result).toEqual({ ...expected, text: line.trim() });
    else expect(result).toBe(expected);
  });
});

describe('matchErrorMessage', () => {
  it.each([
    ["The 'xxxx' argument is missing!", "The 'csr' argument is missing!", true, 'csr'],
    ["The 'xxxx' argument is missing!", 'the ‘csr’ argument is MISSING', true, 'csr'],
    ["The 'xxxx' argument is missing!", "The '' argument is missing!", true, undefined],
    ["The 'xxxx' argument is missing!", 'Something else', false, undefined],
    ['Not enough credit!', 'Not enough credit.', true, undefined],
    ['Not enough credit!', 'Not  enough\ncredit', true, undefined],
    ["Permission Denied. 'xxxx'", "Permission Denied. 'x y'", true, 'x y'],
  ])('%j vs %j', (template, message, matches, item) => {
    const result = matchErrorMessage(template, message);
    expect(result.matches).toBe(matches);
    expect(result.item).toBe(item);
  });

  it('quotedItem finds the first quoted word', () => {
    expect(quotedItem("Bad 'foo' and 'bar'")).toBe('foo');
    expect(quotedItem('no quotes')).toBeUndefined();
  });
});

describe('parseLines and parseStatusCode', () => {
  it('splits LF and CRLF, trims, caps', () => {
    expect(parseLines(' a \r\nb\n\nc', 10).lines.map((line) => line.text)).toEqual([
      'a',
      'b',
      '',
      'c',
    ]);
    const capped = parseLines('1\n2\n3', 2);
    expect(capped).toMatchObject({ truncated: true });
    expect(capped.lines).toHaveLength(2);
  });

  it.each([
    ['0', 0],
    ['-16', -16],
    ['+2', 2],
    [' 1 ', 1],
    ['1.5', undefined],
    ['', undefined],
    ['12345678901', undefined],
    ['- 1', undefined],
  ])('%j → %j', (text, code) => {
    expect(parseStatusCode(text)).toBe(code);
  });
});
