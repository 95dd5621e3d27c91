/** Certificate fingerprints as `openssl x509 -fingerprint` prints them: upper-case hex pairs joined by colons. */
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export function fingerprint(der: Uint8Array, hash: 'SHA-1' | 'SHA-256'): string {
  const digest = hash === 'SHA-1' ? sha1(der) : sha256(der);
  return (bytesToHex(digest).toUpperCase().match(/../g) ?? []).join(':');
}
