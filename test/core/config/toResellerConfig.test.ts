/**
 * config.json from the Build order view's settings,
 * checked by the schema the ordering page reads it with.
 */
import { describe, expect, it } from 'vitest';
import { parseResellerConfig } from '../../../src/core/config/resellerConfig';
import { toResellerConfig } from '../../../src/core/config/toResellerConfig';

const OWN = 'https://tools.example.com/order-desk/';

describe('toResellerConfig', () => {
  it('writes the keys the view knows, as the schema wants them', () => {
    const result = toResellerConfig(
      {
        ap: ' mybrand ',
        reseller: 'N',
        successURL: 'https://www.example.com/thanks',
        errorURL: OWN,
        languageName: 'de',
        '1_PPP': '2411',
        _2_PPP: '243',
        '3_PPP': '2411',
        '1_csr': 'not a config key',
        loginPassword: 'never in config.json',
        SMIMEVerificationTemplateID: '12',
        shippingTemplateID: '7',
      },
      { brandName: 'My Brand Secure Email', ownAddress: OWN },
    );
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(JSON.parse(result.text)).toEqual({
      ap: 'mybrand',
      reseller: 'N',
      // errorURL is the builder's own address: the page defaults to its own instead.
      successURL: 'https://www.example.com/thanks',
      languageName: 'de',
      brandName: 'My Brand Secure Email',
      products: [2411, 243],
      SMIMEVerificationTemplateID: 12,
      shippingTemplateID: 7,
    });
    expect(result.text.endsWith('}\n')).toBe(true);
    expect(result.text).not.toContain('never in config.json');
    // What the page will read back.
    const parsed = parseResellerConfig(result.text);
    expect(parsed.ok && parsed.config.products).toEqual([2411, 243]);
  });

  it.each([
    ['no ap', {}, /"ap" is required/],
    [
      'an SSL product code',
      { ap: 'b', '1_PPP': '488' },
      /488 is not a product this page can order/,
    ],
    [
      'a template ID that is not a number',
      { ap: 'b', SMIMERequestTemplateID: 'x1' },
      /SMIMERequestTemplateID/,
    ],
    ['a language the documents do not list', { ap: 'b', languageName: 'xx' }, /languageName/],
  ])('%s: reported by the page’s own schema', (_, values, problem) => {
    const result = toResellerConfig(values);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(problem);
  });
});
