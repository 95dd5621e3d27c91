/**
 * Round trips: what goes in comes back out, exactly, through each output.
 * - the ordering URL's query, parsed with URLSearchParams;
 * - the curl command, run by a real shell (sh, and bash when installed) with
 *   real curl against a server on 127.0.0.1 that records the body;
 * - the HTML snippet, parsed by a strict parser for its own format and by
 *   happy-dom's HTML parser (the real-browser parse is an e2e test).
 * Hostile values (quotes, `$(...)`, backticks, newlines, CR, Unicode, HTML)
 * stay inert, and a 1 MiB paste finishes quickly.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRequest } from '../../../src/core/order/buildRequest';
import { toCurl } from '../../../src/core/order/toCurl';
import { toHtmlForm } from '../../../src/core/order/toHtmlForm';
import { toOrderingUrl } from '../../../src/core/order/toOrderingUrl';
import { SECTIGO_CSR, SHELLS, curlArguments, parseOwnHtmlForm, postWithCurl } from './support';

const sandbox = mkdtempSync(join(tmpdir(), 'order-desk-'));
const marker = join(sandbox, 'pwned');
afterAll(() => {
  rmSync(sandbox, { recursive: true, force: true });
});

/** Values that break naive quoting in a shell, a URL or HTML. */
const HOSTILE = [
  '"><script>alert(1)</script>',
  "'; rm -rf ~; echo '",
  `$(touch ${marker})`,
  `\`touch ${marker}\``,
  '${HOME} $HOME \\$ \\\\ \\',
  "it's \"quoted\" 'twice'",
  'line one\nline two\n',
  'crlf\r\nand a lone cr\rend',
  '\ttabbed\t',
  'Zoë Ærøskøbing 東京 Ωμέγα 🔐 \u202eevil\u202c \u2028 \u00a0nbsp',
  '&amp; &lt; &#39; %41 %%20 + = & ? # ! *',
  '<!-- --> <![CDATA[ ]]> </form><form action="https://evil.example">',
];

/** A !PlaceOrder request carrying every hostile value, in documented and undocumented parameters. */
function hostileRequest(): Record<string, string> {
  const values: Record<string, string> = {
    ap: 'brand',
    reseller: 'Y',
    emailAddress: 'fred@example.com',
    name: HOSTILE[0] ?? '',
    loginName: 'login_name',
    '1_PPP': '2411',
    '1_csr': `${SECTIGO_CSR}\r\n`,
  };
  const documented = [
    'title',
    'organizationName',
    'organizationalUnitName',
    'streetAddress1',
    'streetAddress2',
    'streetAddress3',
    'localityName',
    'stateOrProvinceName',
    'region',
    'telephoneNumber',
    'faxNumber',
    'companyNumber',
  ];
  HOSTILE.forEach((value, index) => {
    values[documented[index] ?? `extra${index}`] = value;
    // Undocumented item parameters keep the user's spelling: names can be hostile too.
    values[`1_note${index}`] = value;
  });
  values['1_it\'s a=name"<b>'] = 'odd name';
  values['1_IP Addresses'] = '5';
  values['1_ünï©ødé'] = 'unicode name';
  return values;
}

describe('the ordering URL', () => {
  it('gives back exactly the parameters, hostile ones included', () => {
    const result = buildRequest('PlaceOrder', hostileRequest());
    const url = new URL(result.url ?? '');
    expect(url.origin + url.pathname).toBe(
      'https://secure.trust-provider.com/products/!PlaceOrder',
    );
    expect([...url.searchParams]).toEqual(result.params);
    expect(result.params.length).toBeGreaterThan(30);
    expect(result.url).not.toMatch(/[\s"'<>`]/);
  });

  it('gives back any fields (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string())), (fields) => {
        const clean = fields.filter(
          ([name, value]) => !hasLoneSurrogate(name) && !hasLoneSurrogate(value),
        );
        const url = toOrderingUrl('https://example.com/x', clean);
        const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
        expect([...new URLSearchParams(query)]).toEqual(clean);
      }),
    );
  });
});

function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

describe.each(SHELLS)('the curl command, run by %s with real curl', (shell) => {
  it('posts exactly the parameters, hostile ones included, and runs nothing', async () => {
    const result = buildRequest('PlaceOrder', hostileRequest());
    const fields = result.form.fields;
    const posted = await postWithCurl((url) => toCurl(url, fields), shell);
    expect(posted.method).toBe('POST');
    expect(posted.contentType).toBe('application/x-www-form-urlencoded');
    expect([...new URLSearchParams(posted.body)]).toEqual(fields);
    expect(existsSync(marker)).toBe(false);
  });

  it('posts the sample-shaped command for every endpoint', async () => {
    const result = buildRequest('AutoApplyOrder', {
      loginName: 'login_name',
      loginPassword: 'pa$$ \'w"ord`',
      product: '488,700',
      days: '365',
      isCustomerValidated: 'N',
      serverSoftware: '-1',
      csr: SECTIGO_CSR,
      dcvEmailAddress: 'admin@sectigo.com',
      appRepEmailAddress: 'john.doe@sectigo.com',
      domains: '1',
      'ip addresses': '5',
    });
    const posted = await postWithCurl((url) => toCurl(url, result.form.fields), shell);
    expect([...new URLSearchParams(posted.body)]).toEqual(result.params);
    // The name with a space goes percent-encoded, as the guide writes it (IP%20Addresses=5).
    expect(posted.body).toContain('&IP%20Addresses=5');
  });

  it('carries a NUL exactly (the builder reports it as an error, but the command is still exact)', async () => {
    const fields: [string, string][] = [
      ['a', 'before\u0000after'],
      ['b=c', '@not-a-file'],
    ];
    const posted = await postWithCurl((url) => toCurl(url, fields), shell);
    expect([...new URLSearchParams(posted.body)]).toEqual(fields);
  });

  it('posts random values exactly (property, one batch per shell)', async () => {
    const values = fc.sample(
      fc.string({ unit: 'binary', maxLength: 40 }).filter((value) => !hasLoneSurrogate(value)),
      { numRuns: 60, seed: 20240501 },
    );
    const fields = values.map((value, index): [string, string] => [`1_v${index}`, value]);
    const posted = await postWithCurl((url) => toCurl(url, fields), shell);
    expect([...new URLSearchParams(posted.body)]).toEqual(fields);
  });
});

describe('the curl command as shell words', () => {
  it('splits into exactly the documented arguments, for a 1 MiB paste too', async () => {
    const huge = `${HOSTILE.join('\n')}\n`.repeat(Math.ceil(2 ** 20 / 400)).slice(0, 2 ** 20);
    const fields: [string, string][] = [
      ['csr', huge],
      ["it's", "'"],
    ];
    const words = await curlArguments(toCurl('https://example.com/', fields));
    expect(words).toEqual([
      '--location',
      'https://example.com/',
      '--header',
      'Content-Type: application/x-www-form-urlencoded',
      '--data-urlencode',
      `csr=${huge}`,
      '--data-urlencode',
      "it%27s='",
    ]);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('the HTML snippet', () => {
  const window = new Window();
  afterAll(() => window.happyDOM.abort());

  function parseWithHappyDom(html: string) {
    const document = new window.DOMParser().parseFromString(
      `<!doctype html><html><body>${html}</body></html>`,
      'text/html',
    );
    const forms = document.querySelectorAll('form');
    const inputs = [...document.querySelectorAll('input[type="hidden"]')];
    return {
      forms: forms.length,
      action: forms[0]?.getAttribute('action'),
      method: forms[0]?.getAttribute('method'),
      scripts: document.querySelectorAll('script').length,
      fields: inputs.map((input) => [input.getAttribute('name'), input.getAttribute('value')]),
    };
  }

  it('gives back exactly the parameters, hostile ones included, and stays one inert form', () => {
    const result = buildRequest('PlaceOrder', hostileRequest());
    const own = parseOwnHtmlForm(result.html);
    expect(own.action).toBe('https://secure.trust-provider.com/products/!PlaceOrder');
    expect(own.fields).toEqual(result.params);
    const parsed = parseWithHappyDom(result.html);
    expect(parsed).toEqual({
      forms: 1,
      action: 'https://secure.trust-provider.com/products/!PlaceOrder',
      method: 'post',
      scripts: 0,
      fields: result.params,
    });
    expect(result.html.split('\n')).toHaveLength(result.params.length + 3);
    expect(result.html).not.toMatch(/[\r\t]/);
  });

  it('gives back any fields (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })), {
          maxLength: 8,
        }),
        (fields) => {
          const clean = fields.filter(
            ([name, value]) =>
              !hasLoneSurrogate(name + value) && !(name + value).includes('\u0000'),
          );
          const html = toHtmlForm('https://example.com/?a=1&b="2"', clean, 'Go <now>');
          const own = parseOwnHtmlForm(html);
          expect(own).toEqual({
            action: 'https://example.com/?a=1&b="2"',
            fields: clean,
            submit: 'Go <now>',
          });
          expect(parseWithHappyDom(html).fields).toEqual(clean);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a 1 MiB paste', () => {
  const mib = 2 ** 20;
  const pastes = {
    'quadratic-pattern bait': `a@${'.'.repeat(mib)}`,
    'hostile text': HOSTILE.join('')
      .repeat(Math.ceil(mib / 300))
      .slice(0, mib),
    'base64-ish': 'M'.repeat(mib),
  };

  // How long this takes is measured in test/core/hostileInput.bench.ts (npm run bench).
  it.each(Object.entries(pastes))('%s in every field: inert, exact', (_, paste) => {
    const values: Record<string, string> = {
      ap: paste,
      emailAddress: paste,
      name: paste,
      '1_PPP': paste,
      '1_csr': paste,
      '1_smimeEmailAddresses': paste,
      '1_undocumented': paste,
      [paste]: 'a 1 MiB name',
    };
    const results = [
      buildRequest('PlaceOrder', values),
      buildRequest('AutoApplyOrder', { ...values, product: paste, dcvEmailAddresses: paste }),
      buildRequest('AutoReplaceSMIME', { ...values, csr: paste }),
      buildRequest('RequestAndCollectSMIME', { ...values, responseMimeType: paste }),
    ];
    for (const result of results) {
      expect(result.ok).toBe(false);
      expect(parseOwnHtmlForm(result.html).fields).toEqual(result.params);
      expect(result.issues.every((issue) => issue.message.length < 1000)).toBe(true);
    }
    const placeOrder = results[0];
    expect([...new URL(placeOrder?.url ?? '').searchParams]).toEqual(placeOrder?.params);
    expect(placeOrder?.issues).toContainEqual(
      expect.objectContaining({
        field: '1_csr',
        severity: 'warning',
        message: expect.stringMatching(/128 KiB/) as unknown,
      }),
    );
  });
});
