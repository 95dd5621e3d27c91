/**
 * What a share link leaves out (redactForShare): passwords in every form a
 * request or response is pasted in, and private keys; everything else stays.
 */
import { describe, expect, it } from 'vitest';
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

  it('finishes quickly on a hostile megabyte', () => {
    const started = performance.now();
    redactForShare('password'.repeat(131_072));
    redactForShare('"loginPassword":'.repeat(65_536));
    redactForShare('-----BEGIN PRIVATE KEY-----'.repeat(40_000));
    // Generous: a linear pass takes milliseconds; a backtracking one takes far longer.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
