/**
 * Responses whose endpoint or verdict was read wrongly before: the endpoint is
 * chosen by the code and the item when the field names alone point elsewhere,
 * -2 naming a documented parameter is not called unknown, and a push that
 * reports a rejected or failed certificate is not a success.
 */
import { describe, expect, it } from 'vitest';
import { decodeBatch, decodeResponse } from '../../../src/core/response';

describe('the endpoint, from the code and the item', () => {
  it.each([
    // !AutoApplyOrder documents -7 (country) and -10 (CSR); !PlaceOrder documents neither,
    // though it is the endpoint whose table lists errorItem.
    ['errorCode=-7&errorItem=countryName', -7, "'countryName' is not a valid ISO-3166 country!"],
    ['errorCode=-10&errorItem=csr', -10, 'The CSR cannot be decoded!'],
  ])('%s is !AutoApplyOrder, and documented there', (text, code, message) => {
    const decoded = decodeResponse(text);
    expect(decoded.endpoint).toBe('AutoApplyOrder');
    expect(decoded.error).toMatchObject({ code, message, documented: true });
    expect(decoded.notes[0]).toContain(`evidence: code ${code} in its table`);
    expect(decoded.notes[0]).not.toContain('field names');
  });

  it('keeps !PlaceOrder for its own documented sample (errorCode=-3&errorItem=loginName)', () => {
    const decoded = decodeResponse('errorCode=-3&errorItem=loginName');
    expect(decoded.endpoint).toBe('PlaceOrder');
    expect(decoded.error?.documented).toBe(true);
  });
});

describe('-2 naming a documented parameter', () => {
  it("does not call !PlaceOrder's item parameter 1_PPP unknown", () => {
    const decoded = decodeResponse('errorCode=-2&errorItem=1_PPP');
    expect(decoded.endpoint).toBe('PlaceOrder');
    expect(decoded.error?.nextStep).toContain("'1_PPP' is a documented parameter of this endpoint");
    expect(decoded.error?.nextStep).not.toContain('not one the endpoint knows');
  });

  it('still calls an undocumented name unknown', () => {
    const decoded = decodeResponse('errorCode=-2&errorItem=colour');
    expect(decoded.error?.nextStep).toContain("'colour': its name is not one the endpoint knows");
  });
});

describe('push statuses (autoapplyorder-guide-v2.txt section 6)', () => {
  const push = (statusCode: number, status: string, statusDesc: string) =>
    `orderNumber=1234567&certificateID=1234567890&Status=${status}&statusCode=${statusCode}&statusDesc=${encodeURIComponent(statusDesc)}`;

  it.each([
    [7, 'rejected', 'Rejected: domain not allowed', false],
    [3, 'failed', 'PRE-SIGN FAILED: CAA: Not authorized to issue', false],
    [5, 'failed', 'POST-SIGN FAILED', false],
    [6, 'issued', 'Valid', true],
    [9, 'issued', 'Issued but not yet collected', true],
  ])('statusCode %i (%s) is ok: %s', (statusCode, status, statusDesc, ok) => {
    const decoded = decodeResponse(push(statusCode, status, statusDesc));
    expect(decoded.format).toBe('push');
    expect(decoded.ok).toBe(ok);
  });

  it('a batch counts a rejected push as not succeeded', () => {
    const batch = decodeBatch(
      [push(6, 'issued', 'Valid'), push(7, 'rejected', 'Rejected: reason')].join('\n\n'),
    );
    expect(batch.entries.map((entry) => entry.response.ok)).toEqual([true, false]);
  });
});
