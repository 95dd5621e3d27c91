import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ORDERABLE_PRODUCTS, parseResellerConfig } from '../../../src/core/config/resellerConfig';
import { PLACE_ORDER_PARAMS } from '../../../src/core/spec/params/placeOrder';
import * as configParams from '../../../src/core/spec/params/placeOrderConfig';
import { productsOrderedWith } from '../../../src/core/spec/products';

describe('config.json', () => {
  it('accepts the shipped example', () => {
    const result = parseResellerConfig(readFileSync('public/config.example.json', 'utf8'));
    expect(result).toMatchObject({
      ok: true,
      config: { ap: 'mybrand', products: [2411, 2412, 243, 2432] },
    });
  });

  it('fills in the defaults: reseller Y, every S/MIME product, the tools shown', () => {
    expect(parseResellerConfig('{"ap":"brand"}')).toEqual({
      ok: true,
      config: {
        ap: 'brand',
        reseller: 'Y',
        products: ORDERABLE_PRODUCTS.map((p) => p.code),
        showTools: true,
      },
    });
    expect(ORDERABLE_PRODUCTS.map((p) => p.code)).toEqual([2411, 2412, 243, 2432]);
  });

  it('takes a notice and prices per language, as well as one for every language', () => {
    const result = parseResellerConfig(
      JSON.stringify({
        ap: 'a',
        notice: { en: 'Test page', de: 'Testseite' },
        prices: { 2411: { en: ' €19 per year ', de: '19 € pro Jahr' }, 2412: '€35' },
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      config: {
        notice: { en: 'Test page', de: 'Testseite' },
        prices: { 2411: { en: '€19 per year', de: '19 € pro Jahr' }, 2412: '€35' },
      },
    });
  });

  // The schema reads these from modules of their own (the ordering page's first
  // load); they must be the very entries of the full tables.
  it('takes its products and parameters from the full tables', () => {
    expect(ORDERABLE_PRODUCTS).toEqual(productsOrderedWith('PlaceOrder'));
    const named = Object.values(configParams);
    expect(named.map((param) => param.name).sort()).toEqual([
      'ap',
      'errorURL',
      'languageName',
      'reseller',
      'successURL',
    ]);
    for (const param of named) expect(PLACE_ORDER_PARAMS).toContain(param);
  });

  it('takes the reseller’s look: logo, accent colour, tools hidden, prices', () => {
    const result = parseResellerConfig(
      '{"ap":"a","logo":"brand/logo.svg","accentColor":"#0A7D4F","showTools":false,' +
        '"prices":{"2411":" €19 per year "}}',
    );
    expect(result).toMatchObject({
      ok: true,
      config: {
        logo: 'brand/logo.svg',
        accentColor: '#0A7D4F',
        showTools: false,
        prices: { '2411': '€19 per year' },
      },
    });
  });

  it('takes the languages offered, the default, and the reseller’s wording', () => {
    const result = parseResellerConfig(
      '{"ap":"a","languages":["de","en","fr"],"languageName":"de",' +
        '"messages":{"de":{"shop.start.collectLink":" Zertifikat abholen "}}}',
    );
    expect(result).toMatchObject({
      ok: true,
      config: {
        languages: ['de', 'en', 'fr'],
        languageName: 'de',
        messages: { de: { 'shop.start.collectLink': 'Zertifikat abholen' } },
      },
    });
  });

  it.each([
    ['not JSON', '{bad json', /^config\.json is not valid JSON/],
    ['not an object', '[1]', /must hold one JSON object/],
    ['no ap', '{}', /"ap" is required/],
    [
      'ap over 64 characters',
      `{"ap":"${'x'.repeat(70)}"}`,
      /ap is too long: at most 64 characters/,
    ],
    [
      'an unknown product',
      '{"ap":"a","products":[2411,999]}',
      /"products\.1" 999 is not a product this page can order/,
    ],
    ['an SSL product', '{"ap":"a","products":[287]}', /287 is not a product this page can order/],
    ['an unknown key', '{"ap":"a","colour":"red"}', /"colour" is not a configuration key/],
    ['reseller maybe', '{"ap":"a","reseller":"maybe"}', /reseller must be one of: Y, N/],
    [
      'a javascript: success URL',
      '{"ap":"a","successURL":"javascript:alert(1)"}',
      /successURL must be a full http/,
    ],
    ['an unknown language', '{"ap":"a","languageName":"xx"}', /languageName must be one of/],
    [
      'a bad support email',
      '{"ap":"a","support":{"email":"no"}}',
      /"support\.email" must be an email address/,
    ],
    [
      'a logo on another host',
      '{"ap":"a","logo":"https://evil.example/x.svg"}',
      /"logo" must be the name of an image file/,
    ],
    [
      'a logo above the page',
      '{"ap":"a","logo":"../x.png"}',
      /"logo" must be the name of an image file/,
    ],
    [
      'a logo that is no image',
      '{"ap":"a","logo":"logo.js"}',
      /"logo" must be the name of an image file/,
    ],
    [
      'a colour with CSS in it',
      '{"ap":"a","accentColor":"red;background:url(x)"}',
      /"accentColor" must be a colour/,
    ],
    ['showTools as text', '{"ap":"a","showTools":"no"}', /"showTools" must be true or false/],
    [
      'a price for an unknown product',
      '{"ap":"a","prices":{"999":"€1"}}',
      /999 is not a product this page can order/,
    ],
    ['an empty price', '{"ap":"a","prices":{"2411":" "}}', /"prices\.2411" must not be empty/],
    [
      'a price per language for a language Sectigo does not email in',
      '{"ap":"a","prices":{"2411":{"en":"€19","xx":"19 €"}}}',
      /"prices\.2411" must be text, such as "€19 per year", or text per language/,
    ],
    [
      'a price per language with no language',
      '{"ap":"a","prices":{"2411":{}}}',
      /"prices\.2411" must give the text in at least one language/,
    ],
    [
      'a notice that is a number',
      '{"ap":"a","notice":3}',
      /"notice" must be text, or text per language/,
    ],
    [
      'a language Sectigo does not email in',
      '{"ap":"a","languages":["en","pl"]}',
      /"languages\.1" must be one of Sectigo's language codes/,
    ],
    ['no languages', '{"ap":"a","languages":[]}', /"languages" must list at least one language/],
    [
      'a language twice',
      '{"ap":"a","languages":["de","de"]}',
      /"languages" must not list a language twice/,
    ],
    [
      'a default language the page does not offer',
      '{"ap":"a","languages":["de","fr"],"languageName":"en"}',
      /"languageName" must be one of "languages"/,
    ],
    [
      'wording for an unknown language',
      '{"ap":"a","messages":{"xx":{"shop.title":"x"}}}',
      /"messages\.xx" must be one of Sectigo's language codes/,
    ],
    [
      'wording that is not text',
      '{"ap":"a","messages":{"de":{"shop.title":3}}}',
      /"messages\.de\.shop\.title" must be text/,
    ],
  ])('names the file and the key for %s', (_, text, message) => {
    const result = parseResellerConfig(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.join('\n')).toMatch(message);
    for (const problem of result.problems) expect(problem).toMatch(/^config\.json/);
  });
});
