/** findProduct, productsOrderedWith, paramsOf and findParam: the typed ways into the tables. */
import { describe, expect, it } from 'vitest';
import {
  ENDPOINTS,
  PRODUCTS,
  REQUEST_ENDPOINT_IDS,
  findParam,
  findProduct,
  paramsOf,
  productsOrderedWith,
} from '../../../src/core/spec';

describe('findProduct', () => {
  it.each([
    ['a number', 291],
    ['its digits', '291'],
    ['digits with spaces around', ' 291 '],
  ])('finds PositiveSSL Trial DV (autoapplyorder-guide-v2.txt, product) by %s', (_name, code) => {
    expect(findProduct(code)?.name).toBe('PositiveSSL Trial DV');
  });

  it.each([
    ['an undocumented code', 99999],
    ['a word', 'positivessl'],
    ['nothing', undefined],
    ['null', null],
    ['an empty text', ''],
  ])('finds nothing for %s', (_name, code) => {
    expect(findProduct(code)).toBeUndefined();
  });

  it('finds every documented product by its code', () => {
    for (const product of PRODUCTS) expect(findProduct(product.code)).toBe(product);
  });
});

describe('productsOrderedWith', () => {
  it('splits the products by endpoint, each once, in the table’s order', () => {
    const split = REQUEST_ENDPOINT_IDS.flatMap((endpoint) => productsOrderedWith(endpoint));
    expect(split).toHaveLength(PRODUCTS.length);
    expect(productsOrderedWith('PlaceOrder').every((p) => p.endpoint === 'PlaceOrder')).toBe(true);
    expect(productsOrderedWith('PlaceOrder').length).toBeGreaterThan(0);
  });
});

describe('paramsOf and findParam', () => {
  it('gives an endpoint’s table', () => {
    expect(paramsOf('PlaceOrder')).toBe(ENDPOINTS.PlaceOrder.params);
  });

  it('finds a parameter whatever its case, and by alias (placeorder-smime.txt: countryName, alias country)', () => {
    expect(findParam('PlaceOrder', 'COUNTRYNAME')?.name).toBe('countryName');
    expect(findParam('PlaceOrder', 'country')?.name).toBe('countryName');
    expect(findParam('PlaceOrder', 'noSuchParameter')).toBeUndefined();
  });
});
