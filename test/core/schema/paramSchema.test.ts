/**
 * The schemas are derived from the tables, so their cases are too: for every
 * parameter, a value at its documented limit passes and one character more
 * fails; every allowed value passes and a foreign one fails.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { REQUEST_ENDPOINT_IDS, paramsOf } from '../../../src/core/spec/endpoints';
import { endpointSchema } from '../../../src/core/schema/endpointSchema';
import { paramSchema } from '../../../src/core/schema/paramSchema';
import type { ParamSpec } from '../../../src/core/spec/types';

const allParams = REQUEST_ENDPOINT_IDS.flatMap((endpoint) =>
  paramsOf(endpoint).map((param) => ({
    id: `${endpoint}.${param.item ? 'x_' : ''}${param.name}`,
    endpoint,
    param,
  })),
);

/** A value of exactly `length` characters that satisfies the parameter's format. */
function validValueOfLength(param: ParamSpec, length: number): string | null {
  switch (param.format) {
    case 'email':
      return length < 8 ? null : `${'a'.repeat(length - '@example.com'.length)}@example.com`;
    case 'url':
      return `https://example.com/${'a'.repeat(length - 'https://example.com/'.length)}`;
    case 'country':
      return length === 2 ? 'DE' : null;
    case 'language':
      return length === 2 ? 'de' : null;
    case 'date':
      return length === 10 ? '2024-02-29' : null;
    case 'yn':
      return length === 1 ? 'Y' : null;
    case 'csr':
      return 'M'.repeat(length);
    case 'productList':
      return '1'.repeat(length);
    default:
      return param.type === 'integer' ? '1'.repeat(length) : 'a'.repeat(length);
  }
}

const ok = (param: ParamSpec, value: string) => v.safeParse(paramSchema(param), value).success;
const messages = (param: ParamSpec, value: string) =>
  (v.safeParse(paramSchema(param), value).issues ?? []).map((issue) => issue.message);

const withLimit = allParams.filter(
  ({ param }) => param.maxLength !== undefined && !param.values?.length,
);

describe('maximum lengths from the tables', () => {
  it.each(withLimit)('$id: at the limit passes, one over fails naming the field', ({ param }) => {
    const max = param.maxLength ?? 0;
    const atLimit = validValueOfLength(param, max);
    if (atLimit === null) throw new Error(`no valid value of length ${max} for ${param.name}`);
    expect(atLimit).toHaveLength(max);
    expect(messages(param, atLimit)).toEqual([]);
    const over = param.format === 'email' ? `a${atLimit}` : `${atLimit}${atLimit.slice(-1)}`;
    const issues = messages(param, over);
    expect(
      issues.some((message) => message.includes('too long') && message.includes(`at most ${max}`)),
    ).toBe(true);
    expect(
      issues.some((message) => message.includes(param.item ? `x_${param.name}` : param.name)),
    ).toBe(true);
  });
});

const withValues = allParams.filter(({ param }) => param.values?.length);

describe('allowed values from the tables', () => {
  it.each(withValues)('$id: every allowed value passes, a foreign one fails', ({ param }) => {
    for (const allowed of param.values ?? []) expect(messages(param, allowed.value)).toEqual([]);
    const foreign = param.type === 'integer' ? '98765' : 'ZZ_NOT_ALLOWED';
    expect(ok(param, foreign.slice(0, param.maxLength ?? foreign.length))).toBe(false);
  });

  it('accepts y for Y, as the documents do ("Y (or y)", reseller=y in the example)', () => {
    const reseller = paramsOf('PlaceOrder').find((p) => p.name === 'reseller');
    expect(reseller && ok(reseller, 'y')).toBe(true);
    expect(reseller && ok(reseller, 'x')).toBe(false);
  });
});

describe('types and formats', () => {
  const find = (endpoint: (typeof REQUEST_ENDPOINT_IDS)[number], name: string) => {
    const param = paramsOf(endpoint).find((p) => p.name === name);
    if (!param) throw new Error(name);
    return param;
  };

  it.each([
    ['RequestAndCollectSMIME', 'queryType', '1', true],
    ['RequestAndCollectSMIME', 'queryType', 'one', false],
    ['AutoApplyOrder', 'caCertificateID', '123', true],
    ['AutoApplyOrder', 'caCertificateID', '12a', false],
    ['PlaceOrder', 'countryName', 'US', true],
    ['PlaceOrder', 'countryName', 'UK', false],
    ['PlaceOrder', 'countryName', 'us', false],
    ['PlaceOrder', 'successURL', 'https://shop.example.com/ok', true],
    ['PlaceOrder', 'successURL', 'javascript:alert(1)', false],
    ['PlaceOrder', 'emailAddress', 'fred@example.com', true],
    ['PlaceOrder', 'emailAddress', 'fred at example', false],
    ['AutoApplyOrder', 'dateOfIncorporation', '2001-02-28', true],
    ['AutoApplyOrder', 'dateOfIncorporation', '2001-02-29', false],
    ['AutoApplyOrder', 'product', '316,36', true],
    ['AutoApplyOrder', 'product', '316;36', false],
    ['AutoApplyOrder', 'joiCountryName', 'GB', true],
    ['AutoApplyOrder', 'joiCountryName', 'XX', false],
  ] as const)('%s.%s = %j valid: %s', (endpoint, name, value, valid) => {
    expect(ok(find(endpoint, name), value)).toBe(valid);
  });
});

describe('endpoint schemas', () => {
  it('require the documented required parameters, naming each missing one', () => {
    const result = v.safeParse(endpointSchema('AutoReplaceSMIME'), {});
    expect(result.success).toBe(false);
    const missing = (result.issues ?? []).map((issue) => issue.path?.[0]?.key);
    expect(missing).toEqual(
      expect.arrayContaining(['loginName', 'loginPassword', 'orderNumber', 'csr']),
    );
  });

  it('accept the documented sample request of !AutoReplaceSMIME', () => {
    const result = v.safeParse(endpointSchema('AutoReplaceSMIME'), {
      loginName: 'login_name',
      loginPassword: 'login_password',
      orderNumber: '1234567',
      csr: '-----BEGIN CERTIFICATE REQUEST-----\nMIICyDCCAbACAQAwQDETMBEGA1UEAwwKdnBzLXFhLmNvbTELMAkGA1UEBhMCUk8x\n-----END CERTIFICATE REQUEST-----',
      responseFormat: '2',
      revokeOldOrder: 'Y',
    });
    expect(result.issues).toBeUndefined();
  });

  it('leave a requirement with a condition to the cross-field rules', () => {
    // RequestAndCollectSMIME: login may be omitted when collectionCode is given.
    const result = v.safeParse(endpointSchema('RequestAndCollectSMIME'), {
      collectionCode: 'ABC',
      queryType: '0',
    });
    expect(result.issues).toBeUndefined();
  });
});
