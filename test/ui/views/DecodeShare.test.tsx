/**
 * What a share link leaves out (redactForShare): passwords in every form a
 * request or response is pasted in, and private keys; everything else stays.
 */
import { describe, expect, it } from 'vitest';
import { decodeBatch } from '../../../src/core/response';
import { buildRequest } from '../../../src/core/order';
import { toOrderingUrl } from '../../../src/core/order/toOrderingUrl';
import { formUrlEncode } from '../../../src/core/order/percentEncode';
import { toJson } from '../../../src/ui/views/decode/batchExport';
import { REMOVED_MARK, redactForShare } from '../../../src/ui/views/decode/redactForShare';

describe('redactForShare', () => {
  it.each([
    [
      'a query string',
      'loginName=a&loginPassword=hunter2&x=1',
      'loginName=a&loginPassword=[removed]&x=1',
    ],
    ['any case', 'LOGINPASSWORD=hunter2', 'LOGINPASSWORD=[removed]'],
    [
      'a curl argument',
      "--data-urlencode 'loginPassword=p w' -d a=1",
      "--data-urlencode 'loginPassword=[removed]' -d a=1",
    ],
    [
      'JSON',
      '{"loginPassword": "s3\\"cret", "a": 1}',
      `{"loginPassword": "${REMOVED_MARK}", "a": 1}`,
    ],
    ['a JSON number', '{"password": 12345}', `{"password": "${REMOVED_MARK}"}`],
    ['JavaScript', "var adminPassword = 'x';", `var adminPassword = '${REMOVED_MARK}';`],
    [
      'other names that say so',
      'keyPassphrase=a&client_secret=b&pwd=c',
      'keyPassphrase=[removed]&client_secret=[removed]&pwd=[removed]',
    ],
  ])('removes the password in %s', (_name, input, output) => {
    expect(redactForShare(input).text).toBe(output);
  });

  it('removes every private key block, even one cut short, and counts what it removed', () => {
    const result = redactForShare(
      'a\n-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\nb\n-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIF',
    );
    expect(result.text).toBe('a\n[rsa private key removed]\nb\n[encrypted private key removed]');
    expect(result.removed).toEqual([
      { what: 'rsa private key block', count: 1 },
      { what: 'encrypted private key block', count: 1 },
    ]);
  });

  it('keeps everything else, certificates included', () => {
    const text =
      'orderNumber=1&errorCode=-16&errorMessage=Incorrect login details, password has expired\n-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
    expect(redactForShare(text)).toEqual({ text, removed: [] });
  });

  // How long these take is measured in test/core/hostileInput.bench.ts (npm run bench).
  it('answers a hostile megabyte, removing every password it finds', () => {
    const words = redactForShare('password'.repeat(131_072));
    expect(words.text).toBe('password'.repeat(131_072));
    const names = redactForShare('"loginPassword":'.repeat(65_536));
    expect(names.text.length).toBeGreaterThan(0);
    const keys = redactForShare('-----BEGIN PRIVATE KEY-----'.repeat(40_000));
    expect(keys.text).not.toContain('-----BEGIN PRIVATE KEY-----'.repeat(2));
  });
});

/**
 * The outputs this app itself writes (the Order view's curl command, HTML
 * snippet, ordering URL and form body; the Decode view's JSON export), made
 * by the real code with a password full of characters each format escapes.
 */
describe('redactForShare, on the outputs of this app', () => {
  // Every character some output quotes or escapes; "Zq" and "wX" mark its parts.
  const PASSWORD = `Zq'9 wX"&<>\\ü%+=;wX`;
  const request = buildRequest('PlaceOrder', {
    ap: 'mybrand',
    loginName: 'support-desk',
    loginPassword: PASSWORD,
    email: 'fred@example.com',
    '1_PPP': '2411',
  });
  const params = request.params;
  const url = toOrderingUrl(request.form.action, params);
  const outputs: [string, string][] = [
    ['the curl command', request.curl],
    ['the HTML form snippet', request.html],
    ['the ordering URL', url],
    [
      'the form body',
      params.map(([name, value]) => `${formUrlEncode(name)}=${formUrlEncode(value)}`).join('&'),
    ],
    ['the batch JSON export of that URL', toJson(decodeBatch(url).entries)],
    ['name: value lines', params.map(([name, value]) => `${name}: ${value}`).join('\n')],
  ];

  it.each(outputs)('removes the password from %s and keeps the rest', (_name, output) => {
    expect(output).toMatch(/wX/);
    const redacted = redactForShare(output);
    expect(redacted.text).not.toMatch(/Zq|wX/);
    expect(redacted.text).toContain('support-desk');
    expect(redacted.text).toContain('2411');
    expect(redacted.removed.map((entry) => entry.what.toLowerCase())).toContain('loginpassword');
  });

  it.each([
    [
      'a quote inside a curl argument',
      `curl -d 'loginPassword=pa'\\''ss word' -d 'a=1'`,
      `curl -d 'loginPassword=${REMOVED_MARK}' -d 'a=1'`,
    ],
    [
      'a percent-encoded name',
      'loginName=a&loginPass%77ord=hunter2&x=1',
      `loginName=a&loginPass%77ord=${REMOVED_MARK}&x=1`,
    ],
    [
      'a JSON-escaped name',
      '{"loginPass\\u0077ord": "hunter2", "a": 1}',
      `{"loginPass\\u0077ord": "${REMOVED_MARK}", "a": 1}`,
    ],
    [
      'an HTML reference in the name',
      '<input name="loginPass&#119;ord" value="hunter2">',
      `<input name="loginPass&#119;ord" value="${REMOVED_MARK}">`,
    ],
    [
      'a name: value line',
      'loginName: a\nloginPassword: hunter 2\nx: 1',
      `loginName: a\nloginPassword: ${REMOVED_MARK}\nx: 1`,
    ],
  ])('removes the password behind %s', (_name, input, output) => {
    expect(redactForShare(input).text).toBe(output);
  });
});
