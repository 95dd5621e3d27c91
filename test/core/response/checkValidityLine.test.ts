/**
 * The validity-period line of RequestAndCollectSMIME (showValidityPeriod=Y)
 * against the certificate it came with: dates in UTC, times as documented
 * (not before 00:00:00 GMT, not after 23:59:59 GMT).
 */
import { describe, expect, it } from 'vitest';
import { describeCertificate } from '../../../src/core/cert';
import { checkValidityLine, decodeResponse } from '../../../src/core/response';
import { makeTestChain } from '../cert/testChain';

const chain = makeTestChain();
const leaf = { notBefore: chain.leafDates.notBefore, notAfter: chain.leafDates.notAfter };

describe('checkValidityLine', () => {
  it('matches the end entity’s dates, with the documented times of day', () => {
    const check = checkValidityLine('14/05/2024 13/05/2025', leaf);
    expect(check).toMatchObject({
      readable: true,
      matches: true,
      documentedTimes: true,
      notBefore: {
        line: '2024-05-14',
        certificate: '2024-05-14',
        certificateTime: '00:00:00',
        matches: true,
      },
      notAfter: {
        line: '2025-05-13',
        certificate: '2025-05-13',
        certificateTime: '23:59:59',
        matches: true,
      },
      source: { doc: 'requestandcollectsmime.txt' },
    });
    expect(check.message).toBe('The validity line matches the certificate’s dates.');
  });

  it('takes the decoded line of a response', async () => {
    const response = decodeResponse(`2\n14/05/2024 13/05/2025\n${chain.leafPem}`);
    const described = await describeCertificate(response.certificates?.[0] ?? '');
    if (!response.validity || !described.ok) throw new Error('not decoded');
    expect(checkValidityLine(response.validity, described.certificate).matches).toBe(true);
  });

  it.each([
    [
      'a day early',
      '13/05/2024 13/05/2025',
      /not before: line 13\/05\/2024, certificate 14\/05\/2024/,
    ],
    [
      'a year long',
      '14/05/2024 14/05/2025',
      /not after: line 14\/05\/2025, certificate 13\/05\/2025/,
    ],
    ['the document’s sample', '14/05/2013 13/05/2014', /not before: .*; not after: /],
  ])('says which date differs: %s', (_name, line, message) => {
    const check = checkValidityLine(line, leaf);
    expect(check).toMatchObject({ readable: true, matches: false });
    expect(check.message).toMatch(message);
  });

  it.each(['', '2024-05-14 2025-05-13', '31/02/2024 13/05/2025', '14/05/2025 13/05/2024'])(
    'an unreadable line %j is not a match, and says what the line should be',
    (line) => {
      const check = checkValidityLine(line, leaf);
      expect(check).toMatchObject({ readable: false, matches: false });
      expect(check.message).toMatch(
        /not in the documented form DD\/MM\/YYYY DD\/MM\/YYYY; the certificate’s would read “14\/05\/2024 13\/05\/2025”/,
      );
    },
  );

  it('notes a certificate whose times are not the documented ones', async () => {
    const root = await describeCertificate(chain.rootPem);
    if (!root.ok) throw new Error(root.message);
    const line = `${root.certificate.notBefore.slice(8, 10)}/${root.certificate.notBefore.slice(5, 7)}/${root.certificate.notBefore.slice(0, 4)} ${root.certificate.notAfter.slice(8, 10)}/${root.certificate.notAfter.slice(5, 7)}/${root.certificate.notAfter.slice(0, 4)}`;
    const check = checkValidityLine(line, root.certificate);
    expect(check.matches).toBe(true);
    // openssl req -x509 starts at the current time, not at midnight (unless the clock says so).
    if (!root.certificate.notBefore.endsWith('T00:00:00.000Z')) {
      expect(check.documentedTimes).toBe(false);
      expect(check.message).toMatch(/not from 00:00:00 to 23:59:59 as Sectigo documents/);
    }
  });
});
