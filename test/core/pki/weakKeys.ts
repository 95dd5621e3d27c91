/**
 * A deliberately weak RSA key for the linter's tests: its primes are adjacent
 * primes, so Fermat's method factors the modulus in one step. Built with BigInt
 * (Miller-Rabin, modular inverse) and written as PKCS#1 DER.
 */
import { concatBytes } from '@noble/hashes/utils.js';
import { seq, tlv, TAG, int } from '../../../src/core/encoding/der';
import { toPem } from '../../../src/core/encoding/pem';
import { modPow } from '../../../src/core/pki/keyChecks';

function randomBigInt(bits: number): bigint {
  const bytes = crypto.getRandomValues(new Uint8Array(bits / 8));
  bytes[0] = (bytes[0] ?? 0) | 0xc0; // top two bits set: p*q has exactly 2*bits bits
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value | 1n;
}

function isProbablePrime(n: bigint): boolean {
  for (const small of [3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n])
    if (n % small === 0n) return n === small;
  let d = n - 1n;
  let r = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    r += 1;
  }
  for (const a of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]) {
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    let composite = true;
    for (let i = 1; i < r; i += 1) {
      x = (x * x) % n;
      if (x === n - 1n) {
        composite = false;
        break;
      }
    }
    if (composite) return false;
  }
  return true;
}

export function nextPrime(from: bigint): bigint {
  let candidate = from % 2n === 0n ? from + 1n : from + 2n;
  while (!isProbablePrime(candidate)) candidate += 2n;
  return candidate;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}

function bigIntBytes(value: bigint): Uint8Array {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  const bytes = Uint8Array.from(hex.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? []);
  return (bytes[0] ?? 0) & 0x80 ? concatBytes(Uint8Array.of(0), bytes) : bytes;
}

const integer = (value: bigint) => tlv(TAG.INTEGER, bigIntBytes(value));

/** PKCS#1 PEM of a 2048-bit RSA key whose primes are consecutive. */
export function fermatWeakKeyPem(): string {
  const e = 65537n;
  for (;;) {
    const p = nextPrime(randomBigInt(1024));
    const q = nextPrime(p);
    const phi = (p - 1n) * (q - 1n);
    if (phi % e === 0n) continue;
    const d = modInverse(e, phi);
    const der = seq(
      int(0),
      integer(p * q),
      integer(e),
      integer(d),
      integer(p),
      integer(q),
      integer(d % (p - 1n)),
      integer(d % (q - 1n)),
      integer(modInverse(q, p)),
    );
    return toPem('RSA PRIVATE KEY', der);
  }
}
