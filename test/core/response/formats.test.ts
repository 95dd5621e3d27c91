/**
 * Named cases for every response format: URL-encoded bodies and redirects,
 * JSON, JavaScript variables, push notifications, newline-delimited lines.
 */
import { describe, expect, it } from 'vitest';
import { decodeResponse, detectFormat } from '../../../src/core/response';
import type { DecodeContext, DecodedResponse } from '../../../src/core/response';
import { END_ENTITY_PEM, PKCS7_PEM, ROOT_PEM, base64Of } from './fixtures';

const pairs = (result: DecodedResponse) => result.fields.map((field) => [field.name, field.value]);
const notes = (result: DecodedResponse) => result.notes.join('\n');

interface Case {
  readonly name: string;
  readonly text: string;
  readonly context?: DecodeContext;
  readonly check: (result: DecodedResponse) => void;
}

const run = (cases: readonly Case[]) => {
  it.each(cases)('$name', ({ text, context, check }) => {
    check(decodeResponse(text, context));
  });
};

describe('URL-encoded responses and redirect query strings', () => {
  run([
    {
      name: 'a leading "?"',
      text: '?orderNumber=8151164',
      check: (r) => {
        expect(r).toMatchObject({
          format: 'urlencoded',
          endpoint: 'PlaceOrder',
          status: 0,
          ok: true,
        });
        expect(notes(r)).toContain('query');
      },
    },
    {
      name: 'a whole successURL',
      text: 'https://reseller.example/order/success.html?orderNumber=8151164',
      check: (r) => {
        expect(pairs(r)).toEqual([['orderNumber', '8151164']]);
        expect(r.status).toBe(0);
      },
    },
    {
      name: 'a "?" inside the fragment of an errorURL',
      text: 'https://reseller.example/#/result?errorCode=-3&errorItem=loginName',
      check: (r) => {
        expect(r.status).toBe(-3);
        expect(r.error?.message).toBe("The 'loginName' argument is missing!");
        expect(notes(r)).toContain('fragment');
      },
    },
    {
      name: 'parameters in both the query and the fragment',
      text: '/ok.html?orderNumber=1#/result?errorCode=0',
      check: (r) => {
        expect(pairs(r)).toEqual([
          ['orderNumber', '1'],
          ['errorCode', '0'],
        ]);
        expect(notes(r)).toContain('query and fragment');
      },
    },
    {
      name: 'a fragment holding the parameters without "?"',
      text: '#errorCode=-1',
      check: (r) => {
        expect(r.error?.code).toBe(-1);
      },
    },
    {
      name: 'CRLF and surrounding white space',
      text: ' \r\n\t errorCode=-3&errorItem=loginName\r\n \r\n',
      check: (r) => {
        expect(pairs(r)).toEqual([
          ['errorCode', '-3'],
          ['errorItem', 'loginName'],
        ]);
      },
    },
    {
      name: 'the status field’s value meaning is the explained message, item filled in',
      text: 'errorCode=-3&errorItem=loginName',
      check: (r) => {
        expect(r.fields[0]?.valueMeaning).toBe("The 'loginName' argument is missing!");
      },
    },
    {
      name: 'names in any case come out in the documented spelling',
      text: 'ERRORCODE=-3&ErrorItem=loginName',
      check: (r) => {
        expect(pairs(r)).toEqual([
          ['errorCode', '-3'],
          ['errorItem', 'loginName'],
        ]);
        expect(r.error?.item).toBe('loginName');
      },
    },
    {
      name: 'parameters one a line (as pasted from a log)',
      text: 'errorCode=-4\nerrorItem=csr',
      check: (r) => {
        expect(r.error?.message).toBe("The value of the 'csr' argument is invalid!");
      },
    },
    {
      name: 'a malformed percent escape is kept, not thrown',
      text: 'errorCode=-4&errorItem=%E0%A4%A',
      check: (r) => {
        expect(r.error?.item).toBe('\uFFFD%A');
      },
    },
    {
      name: '!AutoApplyOrder responseFormat=1, every field',
      text: 'errorCode=0&orderNumber=1234&totalCost=35.00&expectedDeliveryTime=24&certificateID=987&certificateStatus=Issued&uniqueValue=Ab12',
      check: (r) => {
        expect(r).toMatchObject({
          endpoint: 'AutoApplyOrder',
          endpointCandidates: ['AutoApplyOrder'],
        });
        expect(r.fields.find((f) => f.name === 'expectedDeliveryTime')?.valueMeaning).toBe(
          'About a day',
        );
        expect(r.fields.every((f) => f.documented && f.meaning !== undefined)).toBe(true);
        expect(r.statusInfo?.message).toBe('Successful');
      },
    },
    {
      name: '!AutoReplaceSMIME responseFormat=1 with the new order number',
      text: 'errorCode=0&newOrderNumber=1234568',
      check: (r) => {
        expect(r).toMatchObject({ endpoint: 'AutoReplaceSMIME', status: 0 });
      },
    },
    {
      name: 'a success-only field without errorCode means success on !AutoReplaceSMIME too',
      text: 'newOrderNumber=1234568',
      check: (r) => {
        expect(r).toMatchObject({ endpoint: 'AutoReplaceSMIME', status: 0, ok: true });
        expect(notes(r)).toContain('errorCode was absent');
      },
    },
    {
      name: 'neither errorCode nor a success field: status unknown, not ok',
      text: 'errorMessage=Something',
      check: (r) => {
        expect(r).toMatchObject({ status: null, ok: false });
        expect(notes(r)).toContain('status is unknown');
      },
    },
    {
      name: 'an errorCode that is not a number',
      text: 'errorCode=abc&orderNumber=1',
      check: (r) => {
        expect(r).toMatchObject({ status: null, ok: false });
      },
    },
    {
      name: 'a repeated parameter: the first counts',
      text: 'errorCode=-3&errorCode=0',
      check: (r) => {
        expect(r.status).toBe(-3);
        expect(notes(r)).toContain('more than once');
      },
    },
    {
      name: 'an undocumented parameter is kept and named as such',
      text: 'errorCode=0&foo=bar',
      context: { endpoint: 'PlaceOrder' },
      check: (r) => {
        expect(r.fields[1]).toEqual({ name: 'foo', value: 'bar', documented: false });
        expect(notes(r)).toContain('Not documented for PlaceOrder: "foo"');
      },
    },
    {
      name: 'errorItem read on an endpoint that does not document it',
      text: 'errorCode=-3&errorItem=csr',
      context: { endpoint: 'AutoApplyOrder' },
      check: (r) => {
        expect(r.error?.message).toBe("The 'csr' argument is missing!");
        expect(notes(r)).toContain('errorItem was read as its error item');
      },
    },
    {
      name: 'a URL without parameters',
      text: 'https://reseller.example/ok.html?',
      check: (r) => {
        expect(r).toMatchObject({ format: 'unknown', status: null, ok: false });
      },
    },
  ]);
});

describe('XSS payloads in redirect query strings stay inert text', () => {
  const payloads = [
    '<img src=x onerror=alert(1)>',
    '<script>alert(document.cookie)</script>',
    'javascript:alert(1)',
    '"><svg/onload=alert(1)>',
    "'-alert(1)-'",
  ];
  it.each(payloads)('%s', (payload) => {
    const encoded = encodeURIComponent(payload);
    const result = decodeResponse(
      `https://reseller.example/err?errorCode=-4&errorItem=${encoded}&errorMessage=${encoded}&orderNumber=${encoded}`,
    );
    expect(result.error?.item).toBe(payload);
    expect(result.error?.message).toBe(`The value of the '${payload}' argument is invalid!`);
    expect(result.error?.rawMessage).toBe(payload);
    expect(result.fields.find((f) => f.name === 'orderNumber')?.value).toBe(payload);
    expect(result.certificates).toBeUndefined();
    expect(result.callbackLinks).toBeUndefined();
  });
});

describe('prototype-named fields are plain fields', () => {
  it.each([
    ['URL-encoded', '__proto__=x&constructor=y&prototype=z&__proto__[polluted]=1&errorCode=0'],
    ['JSON', '{"__proto__":{"polluted":1},"constructor":"y","prototype":"z","errorCode":0}'],
    ['JavaScript', 'var __proto__ = "x"; var constructor = "y"; g_errorCode = 0;'],
  ])('%s', (_format, text) => {
    const result = decodeResponse(text, {
      request: JSON.parse('{"__proto__":{"polluted":1}}') as Record<string, string>,
    });
    const names = result.fields.map((field) => field.name);
    expect(names).toContain('__proto__');
    expect(names).toContain('constructor');
    expect(result.status).toBe(0);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(result.fields[0])).toBe(Object.prototype);
  });
});

describe('JSON (!AutoReplaceSMIME responseFormat=2)', () => {
  run([
    {
      name: 'success with the new order number',
      text: '{"errorCode":0,"newOrderNumber":"1234568"}',
      check: (r) => {
        expect(r).toMatchObject({
          format: 'json',
          endpoint: 'AutoReplaceSMIME',
          status: 0,
          ok: true,
        });
        expect(r.endpointCandidates).toEqual(['AutoReplaceSMIME']);
        expect(pairs(r)).toEqual([
          ['errorCode', '0'],
          ['newOrderNumber', '1234568'],
        ]);
      },
    },
    {
      name: 'an error, the item read from the message',
      text: '{\r\n  "errorCode": -4,\r\n  "errorMessage": "The value of the \'csr\' argument is invalid!"\r\n}',
      check: (r) => {
        expect(r.error).toMatchObject({ code: -4, item: 'csr', documented: true });
      },
    },
    {
      name: 'a status written as a string',
      text: '{"errorCode":"-16"}',
      check: (r) => {
        expect(r.error?.code).toBe(-16);
      },
    },
    {
      name: 'a nested value is shown as JSON text',
      text: '{"errorCode":0,"extra":{"a":[1,2]}}',
      check: (r) => {
        expect(r.fields[1]?.value).toBe('{"a":[1,2]}');
      },
    },
    {
      name: 'invalid JSON',
      text: '{"errorCode":0,',
      check: (r) => {
        expect(r.format).toBe('unknown');
        expect(notes(r)).toContain('not valid JSON');
      },
    },
    {
      name: 'JSON that is not an object',
      text: '[0]',
      check: (r) => {
        expect(r.format).toBe('unknown');
      },
    },
  ]);
});

describe('JavaScript variables (RequestAndCollectSMIME responseEncoding=2)', () => {
  const base64 = base64Of(END_ENTITY_PEM);
  run([
    {
      name: 'Base64 certificate in g_ccc, status 2',
      text: `var g_ccc = "${base64}";\nvar g_errorCode = 2;`,
      check: (r) => {
        expect(r).toMatchObject({
          format: 'javascript',
          endpoint: 'RequestAndCollectSMIME',
          status: 2,
        });
        expect(r.certificates).toEqual([END_ENTITY_PEM]);
        expect(r.statusInfo?.message).toBe('Certificates attached.');
      },
    },
    {
      name: 'PEM with \\n escapes in g_ccc, single quotes, no semicolons',
      text: `g_ccc = '${END_ENTITY_PEM.replaceAll('\n', '\\n')}'\ng_errorCode = 2`,
      check: (r) => {
        expect(r.certificates).toEqual([END_ENTITY_PEM]);
      },
    },
    {
      name: 'PKCS#7 Base64 concatenated over lines, in a script element, with comments',
      text: `<script type="text/javascript">\n// collected\nvar g_ccc = "${base64Of(PKCS7_PEM).slice(0, 100)}" +\n  "${base64Of(PKCS7_PEM).slice(100)}"; /* end */\nvar g_errorCode = 2;\n</script>`,
      check: (r) => {
        expect(r.certificates?.[0]).toBe(PKCS7_PEM);
        expect(notes(r)).toContain('wrapped as PKCS7 PEM');
      },
    },
    {
      name: 'let, const and a comma list',
      text: 'let g_ccc = "", g_errorCode = -22;',
      check: (r) => {
        expect(r.error?.message).toBe('Still awaiting payment!');
        expect(pairs(r)).toEqual([
          ['g_ccc', ''],
          ['g_errorCode', '-22'],
        ]);
      },
    },
    {
      name: 'escapes: \\x, \\u, \\u{}, line continuation',
      text: 'var g_ccc = "\\x41\\u0042\\u{43}\\\nD\\"\\\\";\nvar g_errorCode = 0;',
      check: (r) => {
        expect(r.fields[0]?.value).toBe('ABCD"\\');
      },
    },
    {
      name: 'hostile: a closing script tag inside g_ccc is just text',
      text: 'var g_ccc = "</script><script>alert(1)</script>";\nvar g_errorCode = 0;',
      check: (r) => {
        expect(r.fields[0]).toMatchObject({
          name: 'g_ccc',
          value: '</script><script>alert(1)</script>',
        });
        expect(r.status).toBe(0);
        expect(r.certificates).toBeUndefined();
      },
    },
    {
      name: 'hostile: g_errorCode = alert(1) is kept as text, never run',
      text: 'g_errorCode = alert(1);',
      check: (r) => {
        expect(r).toMatchObject({ status: null, ok: false });
        expect(r.fields[0]).toMatchObject({ name: 'g_errorCode', value: 'alert(1)' });
        expect(notes(r)).toContain('never evaluated');
      },
    },
    {
      name: 'hostile: code after a literal, a template with ${}, a call in g_ccc',
      text: 'var g_errorCode = 2 + alert(1);\nvar g_ccc = `${fetch("x")}`;\nalert(2);',
      check: (r) => {
        expect(r.status).toBeNull();
        expect(r.fields.map((f) => f.value)).toEqual(['2 + alert(1)', '`${fetch("x")}`']);
        expect(notes(r)).toContain('Expected "=" after alert');
      },
    },
    {
      name: 'a status written as a string literal',
      text: 'var g_errorCode = "-4";',
      check: (r) => {
        expect(r.error?.code).toBe(-4);
      },
    },
    {
      name: 'an unterminated string ends at its line',
      text: 'var g_ccc = "abc\nvar g_errorCode = 1;',
      check: (r) => {
        expect(r.status).toBe(1);
        expect(notes(r)).toContain('Unterminated string');
      },
    },
    {
      name: 'nothing readable',
      text: 'var ;;;',
      check: (r) => {
        expect(r.format).toBe('unknown');
      },
    },
  ]);
});

describe('push notifications (guide section 6)', () => {
  const common =
    'orderNumber=1234567repl%231&certificateID=1234567890&status=issued&statusCode=6&statusDesc=Valid';
  run([
    {
      name: 'GET without certificate push, as a whole URL',
      text: `https://reseller.example/push?${common}`,
      check: (r) => {
        expect(r).toMatchObject({ format: 'push', endpoint: 'Push', status: 6, ok: true });
        expect(r.fields[0]).toMatchObject({
          name: 'orderNumber',
          value: '1234567repl#1',
          documented: true,
        });
        expect(r.push).toMatchObject({ documented: true, documentedDesc: 'Valid' });
        expect(r.push?.advice).toContain('CollectSSL');
        expect(r.fields.find((f) => f.name === 'statusCode')?.valueMeaning).toBe('Valid');
        expect(r.callbackLinks).toBeUndefined();
      },
    },
    {
      name: 'POST with certificate push: certificate then caCertificate, URL-encoded PEM',
      text: `${common}&certificate=${encodeURIComponent(END_ENTITY_PEM)}&caCertificate=${encodeURIComponent(ROOT_PEM)}`,
      check: (r) => {
        expect(r.format).toBe('push');
        expect(r.certificates).toEqual([END_ENTITY_PEM, ROOT_PEM]);
      },
    },
    {
      name: 'POST body pasted raw: "+" became spaces, CRLF line ends',
      text: `${common}&certificate=${END_ENTITY_PEM.replaceAll('\n', '\r\n')}&caCertificate=${ROOT_PEM}`,
      check: (r) => {
        expect(r.certificates).toEqual([END_ENTITY_PEM, ROOT_PEM]);
        expect(notes(r)).toContain('read as "+"');
      },
    },
    {
      name: 'names in another case',
      text: 'ORDERNUMBER=1&STATUS=revoked&STATUSCODE=8&STATUSDESC=Revoked',
      check: (r) => {
        expect(r.endpoint).toBe('Push');
        expect(pairs(r)).toEqual([
          ['orderNumber', '1'],
          ['status', 'revoked'],
          ['statusCode', '8'],
          ['statusDesc', 'Revoked'],
        ]);
      },
    },
    {
      name: 'verified: OV and EV links built with URL-encoded values',
      text: 'orderNumber=1234567repl%231&status=verified&statusCode=6&statusDesc=Phone+number+verified&verificationCode=mdtBfVzq0MIaiGg8',
      check: (r) => {
        expect(r.push).toMatchObject({ documented: true, documentedDesc: 'Phone number verified' });
        expect(r.callbackLinks).toEqual([
          {
            kind: 'ov',
            label: 'OV Callback Link',
            url: 'https://secure.trust-provider.com/products/EnterCallbackCode?orderNumber=1234567repl%231&code2=mdtBfVzq0MIaiGg8',
          },
          {
            kind: 'ev',
            label: 'EV Click-through and Callback Link',
            url: 'https://secure.trust-provider.com/products/ExecuteAgreementsWithCode?orderNumber=1234567repl%231&code2=mdtBfVzq0MIaiGg8',
          },
        ]);
      },
    },
    {
      name: 'hostile verificationCode cannot add parameters or change the address',
      text: `orderNumber=1&status=click-through&statusCode=6&statusDesc=x&verificationCode=${encodeURIComponent('a&orderNumber=2#"><script>')}`,
      check: (r) => {
        const url = r.callbackLinks?.[1]?.url ?? '';
        expect(url).toBe(
          'https://secure.trust-provider.com/products/ExecuteAgreementsWithCode?orderNumber=1&code2=a%26orderNumber%3D2%23%22%3E%3Cscript%3E',
        );
      },
    },
    {
      name: 'failed with a CAA reason',
      text: 'orderNumber=1&status=failed&statusCode=3&statusDesc=PRE-SIGN+FAILED%3A+CAA%3A+Not+authorized+to+issue',
      check: (r) => {
        expect(r.push).toMatchObject({ documented: true, reason: 'CAA: Not authorized to issue' });
        expect(r.push?.advice).toContain('Account Manager');
      },
    },
    {
      name: 'an undocumented status code',
      text: 'orderNumber=1&statusCode=99&statusDesc=New',
      check: (r) => {
        expect(r.push?.documented).toBe(false);
        expect(notes(r)).toContain('not in the documented list');
      },
    },
    {
      name: 'endpoint given, no statusCode',
      text: 'orderNumber=1&verificationCode=abc',
      context: { endpoint: 'Push' },
      check: (r) => {
        expect(r).toMatchObject({ status: null, ok: false });
        expect(r.callbackLinks).toHaveLength(2);
      },
    },
  ]);
});

describe('!AutoApplyOrder responseFormat=0: lines 5 to 7', () => {
  const head = '0\n123456789\n35.00\n1\n';
  run([
    {
      name: 'request asked for all three',
      text: `${head}1234567890123456\nIssued\nabc`,
      context: {
        endpoint: 'AutoApplyOrder',
        request: { showCertificateID: 'Y', showCertificateState: 'Y', uniqueValue: 'abc' },
      },
      check: (r) => {
        expect(pairs(r).slice(4)).toEqual([
          ['certificateID', '1234567890123456'],
          ['certificateStatus', 'Issued'],
          ['uniqueValue', 'abc'],
        ]);
        expect(notes(r)).not.toContain('guessed');
      },
    },
    {
      name: 'request names in any case; a generated uniqueValue after the state',
      text: `${head}Awaiting Validation\nXy12`,
      context: { endpoint: 'AutoApplyOrder', request: { SHOWCERTIFICATESTATE: 'y' } },
      check: (r) => {
        expect(pairs(r).slice(4)).toEqual([
          ['certificateStatus', 'Awaiting Validation'],
          ['uniqueValue', 'Xy12'],
        ]);
      },
    },
    {
      name: 'request without the flags: a numeric line 5 is a uniqueValue Sectigo generated',
      text: `${head}12345`,
      context: { endpoint: 'AutoApplyOrder', request: { showCertificateID: 'N' } },
      check: (r) => {
        expect(pairs(r)[4]).toEqual(['uniqueValue', '12345']);
      },
    },
    {
      name: 'request asked for more lines than came',
      text: `${head}12`,
      context: { request: { showCertificateID: 'Y', showCertificateState: 'Y' } },
      check: (r) => {
        expect(pairs(r)[4]).toEqual(['certificateID', '12']);
        expect(notes(r)).toContain('fewer lines');
      },
    },
    {
      name: 'guessed: up to 16 digits is a certificate ID, then an alphanumeric uniqueValue',
      text: `${head}1234567890\nImWhh1J1`,
      check: (r) => {
        expect(r.endpoint).toBe('AutoApplyOrder');
        expect(pairs(r).slice(4)).toEqual([
          ['certificateID', '1234567890'],
          ['uniqueValue', 'ImWhh1J1'],
        ]);
        expect(notes(r)).toContain('guessed from their values');
      },
    },
    {
      name: 'guessed: three optional lines',
      text: `${head}1234567890\nIssued\nImWhh1J1`,
      check: (r) => {
        expect(
          pairs(r)
            .slice(4)
            .map(([name]) => name),
        ).toEqual(['certificateID', 'certificateStatus', 'uniqueValue']);
      },
    },
    {
      name: 'guessed: text with spaces is a certificate state',
      text: `${head}Awaiting Validation`,
      check: (r) => {
        expect(pairs(r)[4]).toEqual(['certificateStatus', 'Awaiting Validation']);
      },
    },
    {
      name: 'guessed: 17 digits is too long for a certificate ID ("up to 16 digits")',
      text: `${head}12345678901234567`,
      check: (r) => {
        expect(pairs(r)[4]).toEqual(['uniqueValue', '12345678901234567']);
      },
    },
    {
      name: 'status 1: payment required',
      text: '1\n123\n35.00\n1',
      check: (r) => {
        expect(r.statusInfo?.message).toBe('Successful, Payment Required');
        expect(r.fields[0]?.valueMeaning).toBe('Successful, Payment Required');
      },
    },
    {
      name: 'lines beyond the documented ones are kept as "line N"',
      text: `${head}1\nIssued\nabc\nextra`,
      check: (r) => {
        expect(r.fields.at(-1)).toEqual({
          name: 'line 8',
          value: 'extra',
          line: 8,
          documented: false,
        });
        expect(notes(r)).toContain('Line 8 is not documented');
      },
    },
    {
      name: 'an error with CRLF',
      text: '-15\r\nNot enough credit!\r\n',
      check: (r) => {
        expect(r).toMatchObject({
          endpoint: 'AutoApplyOrder',
          endpointCandidates: ['AutoApplyOrder'],
        });
        expect(r.error?.nextStep).toContain('Add funds');
      },
    },
  ]);
});

describe('!AutoReplaceSMIME responseFormat=0', () => {
  run([
    {
      name: 'success with the new order number',
      text: '0\n1234568',
      check: (r) => {
        expect(r).toMatchObject({
          endpoint: 'AutoReplaceSMIME',
          endpointCandidates: ['AutoReplaceSMIME'],
        });
        expect(pairs(r)).toEqual([
          ['status', '0'],
          ['newOrderNumber', '1234568'],
        ]);
      },
    },
    {
      name: 'an error naming the item',
      text: "-91\nPermission denied 'revokeOldOrder'",
      context: { endpoint: 'AutoReplaceSMIME' },
      check: (r) => {
        expect(r.error).toMatchObject({ item: 'revokeOldOrder', messageMatches: true });
      },
    },
  ]);
});

describe('RequestAndCollectSMIME responseEncoding=0', () => {
  run([
    {
      name: 'status 2, validity line and the chain, CRLF',
      text: `2\r\n14/05/2013 13/05/2014\r\n${ROOT_PEM}${END_ENTITY_PEM}`.replaceAll('\n', '\r\n'),
      check: (r) => {
        expect(r).toMatchObject({ endpoint: 'RequestAndCollectSMIME', status: 2, ok: true });
        expect(r.validity).toEqual({
          notBefore: '2013-05-14T00:00:00Z',
          notAfter: '2014-05-13T23:59:59Z',
          text: '14/05/2013 13/05/2014',
        });
        expect(r.certificates).toEqual([ROOT_PEM, END_ENTITY_PEM]);
        expect(pairs(r).map(([name]) => name)).toEqual([
          'status',
          'validityPeriod',
          'certificates',
        ]);
      },
    },
    {
      name: 'a long chain (more lines than are shown as fields) is read whole',
      text: `2\n${ROOT_PEM.repeat(4)}${END_ENTITY_PEM.repeat(4)}`,
      check: (r) => {
        expect(r.certificates).toHaveLength(8);
        expect(r.certificates?.[7]).toBe(END_ENTITY_PEM);
        expect(notes(r)).not.toContain('Only the first');
      },
    },
    {
      name: 'many lines that are not certificates: capped, with a note',
      text: `0\n1\n35.00\n1\n${'x\n'.repeat(100)}`,
      check: (r) => {
        expect(r.fields.length).toBeLessThanOrEqual(64);
        expect(notes(r)).toContain('Only the first 64 lines');
      },
    },
    {
      name: 'the document’s armour with real Base64',
      text: `2\n----- BEGIN CERTIFICATE -----\n${base64Of(ROOT_PEM)}\n---- END CERTIFICATE -----`,
      check: (r) => {
        expect(r.certificates).toEqual([ROOT_PEM]);
        expect(notes(r)).toContain('normalised');
        expect(notes(r)).not.toContain('not well-formed');
      },
    },
    {
      name: 'Base64 without armour',
      text: `2\n${base64Of(END_ENTITY_PEM)}`,
      check: (r) => {
        expect(r.certificates).toEqual([END_ENTITY_PEM]);
      },
    },
    {
      name: 'a block without END runs to the next BEGIN',
      text: `2\n-----BEGIN CERTIFICATE-----\n${base64Of(ROOT_PEM)}\n${END_ENTITY_PEM}`,
      check: (r) => {
        expect(r.certificates).toEqual([ROOT_PEM, END_ENTITY_PEM]);
        expect(notes(r)).toContain('no END line');
      },
    },
    {
      name: 'a private key pasted along is left out, with a warning',
      text: `2\n${END_ENTITY_PEM}-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----`,
      check: (r) => {
        expect(r.certificates).toEqual([END_ENTITY_PEM]);
        expect(notes(r)).toContain('private key');
      },
    },
    {
      name: 'status 1 with the validity line only',
      text: '1\n01/01/2024 31/12/2024',
      check: (r) => {
        expect(r.validity?.notAfter).toBe('2024-12-31T23:59:59Z');
        expect(r.statusInfo?.message).toBe('Certificates available.');
      },
    },
    {
      name: 'a validity line with impossible dates',
      text: '1\n31/02/2013 13/05/2014',
      check: (r) => {
        expect(r.validity).toBeUndefined();
        expect(r.fields[1]?.name).toBe('validityPeriod');
        expect(notes(r)).toContain('does not hold real dates');
      },
    },
    {
      name: 'showValidityPeriod=Y but no validity line',
      text: `2\n${END_ENTITY_PEM}`,
      context: { endpoint: 'RequestAndCollectSMIME', request: { showvalidityperiod: 'Y' } },
      check: (r) => {
        expect(notes(r)).toContain('asked for the validity period');
      },
    },
    {
      name: 'a lone status 2 is this endpoint’s',
      text: '2',
      check: (r) => {
        expect(r.endpointCandidates).toEqual(['RequestAndCollectSMIME']);
      },
    },
  ]);
});

describe('formats an endpoint does not document, and unreadable text', () => {
  run([
    {
      name: 'lines decoded for !PlaceOrder say so',
      text: "-4\nThe value of the 'x' argument is invalid!",
      context: { endpoint: 'PlaceOrder' },
      check: (r) => {
        expect(pairs(r)).toEqual([
          ['errorCode', '-4'],
          ['errorMessage', "The value of the 'x' argument is invalid!"],
        ]);
        expect(notes(r)).toContain('does not document newline-delimited');
      },
    },
    {
      name: 'an unknown endpoint in the context is ignored',
      text: 'orderNumber=1',
      context: JSON.parse('{"endpoint":"Nope"}') as DecodeContext,
      check: (r) => {
        expect(r.endpointGuessed).toBe(true);
        expect(notes(r)).toContain('not one the decoder knows');
      },
    },
    {
      name: 'empty',
      text: '',
      check: (r) => {
        expect(r).toMatchObject({ format: 'unknown', status: null, ok: false, fields: [] });
      },
    },
    {
      name: 'white space only',
      text: ' \r\n\t ',
      check: (r) => {
        expect(r.format).toBe('unknown');
      },
    },
    {
      name: 'prose',
      text: 'Thank you for your order',
      check: (r) => {
        expect(r.format).toBe('unknown');
        expect(notes(r)).toContain('Not a Sectigo response format');
      },
    },
    {
      name: 'unknown text keeps the endpoint given',
      text: 'hello',
      context: { endpoint: 'AutoApplyOrder' },
      check: (r) => {
        expect(r.endpoint).toBe('AutoApplyOrder');
      },
    },
  ]);
});

describe('detectFormat', () => {
  it.each([
    ['orderNumber=1', 'urlencoded'],
    ['orderNumber=1&statusCode=6&statusDesc=Valid', 'push'],
    ['0\n1', 'lines'],
    ['{"errorCode":0}', 'json'],
    ['var g_errorCode = 0;', 'javascript'],
    ['g_errorCode=0', 'javascript'],
    ['errorCode = 0', 'javascript'],
    ['----- BEGIN CERTIFICATE -----', 'lines'],
    ['nothing', 'unknown'],
  ] as const)('%j is %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});

describe('calls from plain JavaScript', () => {
  it('a text that is not a string is unknown, not an exception', () => {
    const values: unknown[] = [undefined, null, 42, {}, ['errorCode=0'], 'errorCode=0'];
    for (const value of values.slice(0, -1)) {
      const result = decodeResponse(value as string, value as DecodeContext);
      expect(result).toMatchObject({ format: 'unknown', status: null, ok: false, fields: [] });
    }
    // A context that is not an object is ignored.
    expect(decodeResponse('errorCode=-3', values[1] as DecodeContext).status).toBe(-3);
  });
});
