/**
 * The output writers on their own: exact text for small cases, and the
 * encoders against the platform's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../../src/core/order/buildRequest';
import { SECRET_MASK, maskFields, showMaskInUrl } from '../../../src/core/order/maskSecrets';
import { formUrlEncode, percentEncode } from '../../../src/core/order/percentEncode';
import { shellQuote } from '../../../src/core/encoding/shellQuote';
import { curlDataArgument, toCurl } from '../../../src/core/order/toCurl';
import { escapeHtml, toHtmlForm } from '../../../src/core/order/toHtmlForm';
import { toOrderingUrl } from '../../../src/core/order/toOrderingUrl';
import { valuesFromQuery } from '../../../src/core/order/valuesFromQuery';

const wellFormed = (text: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('toCurl', () => {
  it('writes the documents’ sample shape', () => {
    expect(
      toCurl('https://secure.trust-provider.com/products/!AutoReplaceSMIME', [
        ['loginName', 'login_name'],
        ['csr', '-----BEGIN CERTIFICATE REQUEST-----\nMIIC\n-----END CERTIFICATE REQUEST-----'],
        ['revokeOldOrder', 'Y'],
      ]),
    ).toBe(
      [
        "curl --location 'https://secure.trust-provider.com/products/!AutoReplaceSMIME' \\",
        "--header 'Content-Type: application/x-www-form-urlencoded' \\",
        "--data-urlencode 'loginName=login_name' \\",
        "--data-urlencode 'csr=-----BEGIN CERTIFICATE REQUEST-----",
        'MIIC',
        "-----END CERTIFICATE REQUEST-----' \\",
        "--data-urlencode 'revokeOldOrder=Y'",
      ].join('\n'),
    );
  });

  it.each([
    ['', "''"],
    ['plain', "'plain'"],
    ["it's", "'it'\\''s'"],
    ["''", "''\\'''\\'''"],
    ['$(id) `id` \\ !', "'$(id) `id` \\ !'"],
  ])('shellQuote(%j) = %s', (text, quoted) => {
    expect(shellQuote(text)).toBe(quoted);
  });

  it.each([
    // curl splits --data-urlencode at the first `=` and never encodes the name.
    [
      ['IP Addresses', '5'],
      ['--data-urlencode', 'IP%20Addresses=5'],
    ],
    [
      ['a=b', 'c=d'],
      ['--data-urlencode', 'a%3Db=c=d'],
    ],
    [
      ['1_x@y', '@file'],
      ['--data-urlencode', '1_x%40y=@file'],
    ],
    [
      ['Zoë', 'ë'],
      ['--data-urlencode', 'Zo%C3%AB=ë'],
    ],
    // A NUL cannot be a command-line argument: the pair goes fully encoded with --data.
    [
      ['a', 'b\u0000c'],
      ['--data', 'a=b%00c'],
    ],
  ] as const)('curlDataArgument(%j) = %j', ([name, value], expected) => {
    expect(curlDataArgument(name, value)).toEqual(expected);
  });
});

describe('encoders', () => {
  it('formUrlEncode writes exactly what URLSearchParams writes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }).filter(wellFormed), (text) => {
        expect(formUrlEncode(text)).toBe(new URLSearchParams([['', text]]).toString().slice(1));
      }),
      { numRuns: 500 },
    );
    expect(formUrlEncode("a b+c!~'()*-._")).toBe('a+b%2Bc%21%7E%27%28%29*-._');
  });

  it('percentEncode keeps only unreserved characters and decodes back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }).filter(wellFormed), (text) => {
        const encoded = percentEncode(text);
        expect(encoded).toMatch(/^(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})*$/);
        expect(decodeURIComponent(encoded)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('an unpaired surrogate becomes U+FFFD instead of throwing', () => {
    expect(percentEncode('a\uD800b')).toBe('a%EF%BF%BDb');
    expect(formUrlEncode('\uDC00')).toBe('%EF%BF%BD');
  });

  it('toOrderingUrl with no fields is the bare address', () => {
    expect(toOrderingUrl('https://example.com/x', [])).toBe('https://example.com/x');
  });
});

describe('toHtmlForm', () => {
  it('writes one hidden input per field, straight quotes, every value escaped', () => {
    expect(
      toHtmlForm(
        'https://secure.trust-provider.com/products/!PlaceOrder',
        [
          ['ap', 'myresellerbrand'],
          ['name', `"><script>alert('x')</script> & Zoë`],
          ['1_csr', 'A\r\nB\tC'],
        ],
        'Place Order',
      ),
    ).toBe(
      [
        '<form method="post" action="https://secure.trust-provider.com/products/!PlaceOrder" accept-charset="UTF-8">',
        '<input type="hidden" name="ap" value="myresellerbrand">',
        '<input type="hidden" name="name" value="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Zoë">',
        '<input type="hidden" name="1_csr" value="A&#13;&#10;B&#9;C">',
        '<input type="submit" value="Place Order">',
        '</form>',
      ].join('\n'),
    );
  });

  it('escapeHtml leaves other Unicode as it is', () => {
    expect(escapeHtml('東京 🔐 \u202e \u2028')).toBe('東京 🔐 \u202e \u2028');
  });
});

describe('masking', () => {
  it('replaces only the secret fields', () => {
    expect(
      maskFields(
        [
          ['loginName', 'me'],
          ['loginPassword', 'pw'],
        ],
        new Set(['loginPassword']),
      ),
    ).toEqual([
      ['loginName', 'me'],
      ['loginPassword', SECRET_MASK],
    ]);
    expect(SECRET_MASK).toBe('••••••••');
  });

  it('shows the mask itself in a masked URL', () => {
    expect(showMaskInUrl(toOrderingUrl('https://x/', [['loginPassword', SECRET_MASK]]))).toBe(
      'https://x/?loginPassword=••••••••',
    );
  });

  it('is off by default', () => {
    const result = buildRequest('AutoReplaceSMIME', { loginPassword: 'pw' });
    expect(result.masked).toBe(false);
    expect(result.params).toContainEqual(['loginPassword', 'pw']);
    expect(result.secretFields).toEqual(['loginPassword']);
  });
});

describe('valuesFromQuery', () => {
  it('reads a URL, a query with ?, or a bare query; the fragment is not part of it', () => {
    for (const input of ['https://x/!PlaceOrder?a=1&b=x+y#frag', '?a=1&b=x+y', 'a=1&b=x%20y']) {
      expect(valuesFromQuery(input)).toEqual({ values: { a: '1', b: 'x y' }, issues: [] });
    }
  });

  it('keeps the first of a repeated name, warns, and never quotes the dropped value', () => {
    const { values, issues } = valuesFromQuery('loginPassword=first&loginPassword=second-secret');
    expect(values).toEqual({ loginPassword: 'first' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'loginPassword', severity: 'warning' });
    expect(JSON.stringify(issues)).not.toContain('second-secret');
  });

  it('a name like __proto__ stays a plain entry', () => {
    const { values } = valuesFromQuery('__proto__=x&constructor=y');
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.entries(values)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
    expect(buildRequest('AutoReplaceSMIME', values).issues.map((issue) => issue.field)).toEqual(
      expect.arrayContaining(['__proto__', 'constructor']),
    );
  });
});

describe('odd calls from JavaScript', () => {
  it('values that are not strings are read as text or ignored, never thrown on', () => {
    const values = {
      orderNumber: 1234567,
      loginName: null,
      loginPassword: undefined,
      csr: { toString: () => 'x' },
    } as unknown as Record<string, string>;
    const result = buildRequest('AutoReplaceSMIME', values);
    expect(result.params).toEqual([['orderNumber', '1234567']]);
  });

  it('an endpoint that does not exist is a programming error', () => {
    expect(() => buildRequest('Push' as 'PlaceOrder', {})).toThrow(TypeError);
  });
});
