/**
 * The two primitives WebCrypto lacks, checked against OpenSSL: the PKCS#12
 * KDF (RFC 7292 appendix B) and DES-EDE3-CBC.
 */
import { createCipheriv } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bmpPassword, pkcs12Kdf } from '../../../src/core/pki/pkcs12Kdf';
import { tripleDesCbcEncrypt } from '../../../src/core/pki/tripleDes';
import { opensslOk } from '../openssl';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex').toUpperCase();

describe('pkcs12Kdf', () => {
  it('encodes the password as a NUL-terminated BMPString', () => {
    expect(hex(bmpPassword('smeg'))).toBe('0073006D006500670000');
    expect(hex(bmpPassword('é€'))).toBe('00E920AC0000');
  });

  it.each([
    ['SHA-1', 1, 1, 24],
    ['SHA-1', 2, 1, 8],
    ['SHA-1', 1, 1000, 24],
    ['SHA-1', 3, 2048, 20],
    ['SHA-256', 3, 2048, 32],
    ['SHA-256', 1, 5, 100],
  ] as const)(
    '%s, ID %i, %i iterations, %i bytes: as openssl kdf PKCS12KDF',
    (hash, id, iterations, length) => {
      const password = bmpPassword('smeg');
      const salt = Buffer.from('0A58CF64530D823F', 'hex');
      const expected = opensslOk([
        'kdf',
        '-keylen',
        String(length),
        '-kdfopt',
        `digest:${hash.replace('-', '')}`,
        '-kdfopt',
        `hexpass:${hex(password)}`,
        '-kdfopt',
        `hexsalt:${hex(salt)}`,
        '-kdfopt',
        `iter:${iterations}`,
        '-kdfopt',
        `id:${id}`,
        'PKCS12KDF',
      ])
        .trim()
        .replaceAll(':', '');
      expect(hex(pkcs12Kdf(hash, password, salt, id, iterations, length))).toBe(expected);
    },
  );

  it('gives the published SHA-1 test vector (password "smeg")', () => {
    const salt = Buffer.from('0A58CF64530D823F', 'hex');
    expect(hex(pkcs12Kdf('SHA-1', bmpPassword('smeg'), salt, 1, 1, 24))).toBe(
      '8AAAE6297B6CB04642AB5B077851284EB7128F1A2A7FBCA3',
    );
  });
});

describe('tripleDesCbcEncrypt', () => {
  it('gives the textbook DES vector when all three keys are equal', () => {
    const key = Buffer.from('133457799BBCDFF1'.repeat(3), 'hex');
    const out = tripleDesCbcEncrypt(key, new Uint8Array(8), Buffer.from('0123456789ABCDEF', 'hex'));
    expect(hex(out.subarray(0, 8))).toBe('85E813540F0AB405');
  });

  it('equals OpenSSL’s des-ede3-cbc for any key, IV and data', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 24, maxLength: 24 }),
        fc.uint8Array({ minLength: 8, maxLength: 8 }),
        fc.uint8Array({ maxLength: 100 }),
        (key, iv, data) => {
          const cipher = createCipheriv('des-ede3-cbc', key, iv);
          const expected = Buffer.concat([cipher.update(data), cipher.final()]);
          expect(hex(tripleDesCbcEncrypt(key, iv, data))).toBe(hex(expected));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses wrong key or IV sizes (a bug, so it throws)', () => {
    expect(() =>
      tripleDesCbcEncrypt(new Uint8Array(16), new Uint8Array(8), new Uint8Array()),
    ).toThrow();
  });
});
