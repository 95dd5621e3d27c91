/** The CA/B Forum key rules on public values (BR 6.1.1.3, 6.1.6), case by case. */
import { describe, expect, it } from 'vitest';
import { nextPrime } from './weakKeys';
import {
  CURVES,
  checkEcPoint,
  checkRsaKey,
  isqrt,
  SMALL_PRIMES,
} from '../../../src/core/pki/keyChecks';

const rsa = (modulus: bigint, exponent = 65537n) => ({
  modulus,
  exponent,
  bits: modulus.toString(2).length,
});
const BIG_PRIME = 2n ** 127n - 1n; // Mersenne prime M127
const OTHER_PRIME = 2n ** 89n - 1n; // Mersenne prime M89

describe('checkRsaKey', () => {
  it('passes a modulus of two distant primes with exponent 65537', () => {
    expect(checkRsaKey(rsa(BIG_PRIME * OTHER_PRIME))).toEqual([]);
  });

  it.each([
    ['an even exponent', rsa(BIG_PRIME * OTHER_PRIME, 65536n), 'error', 'must be odd'],
    ['exponent 1', rsa(BIG_PRIME * OTHER_PRIME, 1n), 'error', 'at least 3'],
    ['exponent 3', rsa(BIG_PRIME * OTHER_PRIME, 3n), 'warning', 'below 65537'],
    ['an even modulus', rsa(BIG_PRIME * 2n), 'error', 'even'],
    ['a factor of 5', rsa(BIG_PRIME * 5n), 'error', 'divisible by 5'],
    [
      'a factor of 751, the largest prime below 752',
      rsa(BIG_PRIME * 751n),
      'error',
      'divisible by 751',
    ],
    [
      'adjacent primes (Fermat)',
      rsa(BIG_PRIME * nextPrime(BIG_PRIME + 2n ** 20n)),
      'error',
      "Fermat's method",
    ],
  ] as const)('flags %s', (_, key, severity, text) => {
    const problems = checkRsaKey(key);
    expect(problems.some((p) => p.severity === severity && p.message.includes(text))).toBe(true);
  });

  it('knows the primes below 752', () => {
    expect(SMALL_PRIMES[0]).toBe(2n);
    expect(SMALL_PRIMES.at(-1)).toBe(751n);
    expect(SMALL_PRIMES).toHaveLength(133); // pi(751) = 133
  });

  it('takes exact integer square roots', () => {
    for (const n of [0n, 1n, 15n, 16n, 17n, 2n ** 200n, 2n ** 200n + 1n]) {
      const root = isqrt(n);
      expect(root * root <= n && (root + 1n) * (root + 1n) > n).toBe(true);
    }
  });
});

describe('checkEcPoint', () => {
  const hex = (value: bigint, bytes: number) => value.toString(16).padStart(bytes * 2, '0');
  const point = (x: bigint, y: bigint, bytes: number) =>
    Uint8Array.from(Buffer.from(`04${hex(x, bytes)}${hex(y, bytes)}`, 'hex'));
  // The P-256 base point (FIPS 186-4 D.1.2.3).
  const gx = 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n;
  const gy = 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n;

  it('accepts the P-256 base point', () => {
    expect(checkEcPoint('P-256', point(gx, gy, 32))).toEqual([]);
  });

  it('refuses a point off the curve, out of range, or of the wrong length', () => {
    expect(checkEcPoint('P-256', point(gx, gy + 1n, 32))[0]?.message).toContain(
      'not a point on P-256',
    );
    expect(checkEcPoint('P-256', point(CURVES['P-256'].p, gy, 32))[0]?.message).toContain(
      'out of range',
    );
    expect(checkEcPoint('P-384', point(gx, gy, 32))[0]?.message).toContain(
      'not a valid P-384 point',
    );
  });
});
