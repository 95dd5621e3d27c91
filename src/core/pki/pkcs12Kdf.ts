/**
 * The PKCS#12 key-derivation function (RFC 7292 appendix B.2), used for the
 * file's integrity MAC (ID 3) and for the legacy PBE schemes' key (ID 1) and
 * IV (ID 2). WebCrypto does not offer it; it is a few loops over a hash.
 */
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes } from '@noble/hashes/utils.js';

export type Pkcs12Hash = 'SHA-1' | 'SHA-256';

export const PKCS12_HASHES = { 'SHA-1': sha1, 'SHA-256': sha256 } as const;

/** The password as RFC 7292 B.1 wants it: UTF-16 big-endian with a two-byte NUL terminator. */
export function bmpPassword(password: string): Uint8Array {
  const out = new Uint8Array(password.length * 2 + 2);
  for (let i = 0; i < password.length; i += 1) {
    const unit = password.charCodeAt(i);
    out[i * 2] = unit >> 8;
    out[i * 2 + 1] = unit & 0xff;
  }
  return out;
}

function repeatTo(bytes: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  if (bytes.length === 0) return out;
  for (let i = 0; i < length; i += 1) out[i] = bytes[i % bytes.length] ?? 0;
  return out;
}

export function pkcs12Kdf(
  hashName: Pkcs12Hash,
  password: Uint8Array,
  salt: Uint8Array,
  id: 1 | 2 | 3,
  iterations: number,
  length: number,
): Uint8Array {
  const hash = PKCS12_HASHES[hashName];
  const u = hash.outputLen;
  const v = hash.blockLen;
  const diversifier = new Uint8Array(v).fill(id);
  const input = concatBytes(
    repeatTo(salt, v * Math.ceil(salt.length / v)),
    repeatTo(password, v * Math.ceil(password.length / v)),
  );
  const out = new Uint8Array(length);
  for (let offset = 0; offset < length; offset += u) {
    let block = hash(concatBytes(diversifier, input));
    for (let round = 1; round < iterations; round += 1) block = hash(block);
    out.set(block.subarray(0, Math.min(u, length - offset)), offset);
    if (offset + u >= length) break;
    // I_j = (I_j + B + 1) mod 2^(8v), for each v-byte block of I.
    const b = repeatTo(block, v);
    for (let j = 0; j < input.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k -= 1) {
        const sum = (input[j + k] ?? 0) + (b[k] ?? 0) + carry;
        input[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return out;
}
