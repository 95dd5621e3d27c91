/**
 * Public-key checks the CA/Browser Forum Baseline Requirements imply (section
 * 6.1.5-6.1.6 and the weak-key rules of 6.1.1.3): RSA modulus size and
 * exponent, small prime factors, primes close enough for Fermat's method, and
 * EC points that lie on the named curve. Plain BigInt arithmetic: these run on
 * public values only.
 */
import { TAG, child, content, expectTag, readDer } from '../encoding/der';
import type { Severity } from '../spec/types';

export const bytesToBigInt = (bytes: Uint8Array): bigint => {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
};

export const bitLength = (value: bigint): number => (value === 0n ? 0 : value.toString(2).length);

/** Integer square root (floor), by Newton's method. */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

/** The odd primes below 752 (BR 6.1.6: "no factors smaller than 752"). */
export const SMALL_PRIMES: readonly bigint[] = (() => {
  const sieve = new Array<boolean>(752).fill(true);
  const primes: bigint[] = [];
  for (let i = 2; i < 752; i += 1) {
    if (!sieve[i]) continue;
    primes.push(BigInt(i));
    for (let j = i * i; j < 752; j += i) sieve[j] = false;
  }
  return primes;
})();

export interface RsaPublicKey {
  readonly modulus: bigint;
  readonly exponent: bigint;
  readonly bits: number;
}

export function readRsaPublicKey(publicKey: Uint8Array): RsaPublicKey {
  const root = expectTag(readDer(publicKey), TAG.SEQUENCE, 'RSAPublicKey');
  const modulus = bytesToBigInt(
    content(publicKey, expectTag(child(root, 0, 'modulus'), TAG.INTEGER, 'modulus')),
  );
  const exponent = bytesToBigInt(
    content(publicKey, expectTag(child(root, 1, 'exponent'), TAG.INTEGER, 'exponent')),
  );
  return { modulus, exponent, bits: bitLength(modulus) };
}

export interface KeyProblem {
  readonly severity: Exclude<Severity, 'info'>;
  readonly message: string;
}

/** Rounds of Fermat's method: finds p, q with |p - q| up to about 2^(bits/4) * sqrt(rounds) (BR 6.1.1.3 asks for at least 100). */
export const FERMAT_ROUNDS = 100;

export function checkRsaKey(key: RsaPublicKey): KeyProblem[] {
  const problems: KeyProblem[] = [];
  const { modulus: n, exponent: e } = key;
  if (e < 3n || e % 2n === 0n) {
    problems.push({
      severity: 'error',
      message: `The RSA public exponent ${e} is not allowed: it must be odd and at least 3 (CA/B Forum BR 6.1.6).`,
    });
  } else if (e < 65537n) {
    problems.push({
      severity: 'warning',
      message: `The RSA public exponent ${e} is below 65537, the value the CA/B Forum recommends (BR 6.1.6).`,
    });
  }
  if (n % 2n === 0n) {
    problems.push({ severity: 'error', message: 'The RSA modulus is even: this key is broken.' });
    return problems;
  }
  const factor = SMALL_PRIMES.find((prime) => prime !== 2n && n % prime === 0n);
  if (factor !== undefined) {
    problems.push({
      severity: 'error',
      message: `The RSA modulus is divisible by ${factor}: this key is broken (BR 6.1.6 forbids factors below 752).`,
    });
    return problems;
  }
  let a = isqrt(n);
  if (a * a < n) a += 1n;
  for (let round = 0; round < FERMAT_ROUNDS; round += 1) {
    const b2 = a * a - n;
    const b = isqrt(b2);
    if (b * b === b2) {
      problems.push({
        severity: 'error',
        message:
          "The RSA key's two primes are so close that Fermat's method factors it at once: make a new key (BR 6.1.1.3).",
      });
      break;
    }
    a += 1n;
  }
  return problems;
}

interface Curve {
  readonly p: bigint;
  readonly b: bigint;
  readonly bytes: number;
}

/** Curve constants (a = -3 for all three) from SEC 2 / FIPS 186-4, checked against openssl's explicit parameters. */
export const CURVES: Readonly<Record<'P-256' | 'P-384' | 'P-521', Curve>> = {
  'P-256': {
    p: 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
    bytes: 32,
  },
  'P-384': {
    p: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
    bytes: 48,
  },
  'P-521': {
    p: 2n ** 521n - 1n,
    b: 0x51953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00n,
    bytes: 66,
  },
};

/** Checks an uncompressed EC point (0x04 || X || Y) lies on the curve. */
export function checkEcPoint(curveName: keyof typeof CURVES, point: Uint8Array): KeyProblem[] {
  const curve = CURVES[curveName];
  if (point[0] === 0x02 || point[0] === 0x03) {
    return point.length === curve.bytes + 1
      ? [
          {
            severity: 'warning',
            message:
              'The EC public key is in compressed form; some software (and possibly Sectigo) expects the uncompressed form.',
          },
        ]
      : [{ severity: 'error', message: 'The EC public key has the wrong length for its curve.' }];
  }
  if (point[0] !== 0x04 || point.length !== 2 * curve.bytes + 1) {
    return [
      {
        severity: 'error',
        message: `The EC public key is not a valid ${curveName} point encoding.`,
      },
    ];
  }
  const x = bytesToBigInt(point.subarray(1, 1 + curve.bytes));
  const y = bytesToBigInt(point.subarray(1 + curve.bytes));
  const { p, b } = curve;
  if (x >= p || y >= p)
    return [
      {
        severity: 'error',
        message: `The EC public key's coordinates are out of range for ${curveName}.`,
      },
    ];
  const left = (y * y) % p;
  const right = (((x * x * x - 3n * x + b) % p) + p) % p;
  return left === right
    ? []
    : [
        {
          severity: 'error',
          message: `The EC public key is not a point on ${curveName}: the key is invalid.`,
        },
      ];
}
