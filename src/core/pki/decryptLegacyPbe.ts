/**
 * Decrypts a PKCS#8 EncryptedPrivateKeyInfo made with the legacy schemes that
 * older tools still write, `openssl pkcs8 -topk8 -v1 ...` among them:
 * - PBES1 (RFC 8018 section 6.1): PBKDF1 with MD5 or SHA-1, then DES-CBC;
 * - the PKCS#12 PBE schemes (RFC 7292 appendix C): the PKCS#12 KDF with
 *   SHA-1, then three-key or two-key 3DES-CBC.
 * Decryption only: keys this app writes use PBES2 (encryptPrivateKey.ts).
 * WebCrypto has neither DES nor these KDFs, so they come from tripleDes.ts
 * and pkcs12Kdf.ts, the code the PKCS#12 builder uses.
 */
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { TAG, child, content, expectTag, readSmallInt, type DerNode } from '../encoding/der';
import { OID } from './oids';
import { bmpPassword, pkcs12Kdf } from './pkcs12Kdf';
import { desCbcDecrypt, tripleDesCbcDecrypt } from './tripleDes';

/** What each scheme is called where a reader meets it (openssl's -v1 names). */
const LEGACY_SCHEMES: Readonly<Record<string, string>> = {
  [OID.pbeWithMD5AndDesCbc]: 'PBE-MD5-DES',
  [OID.pbeWithSHA1AndDesCbc]: 'PBE-SHA1-DES',
  [OID.pbeWithSHAAnd3KeyTripleDesCbc]: 'PBE-SHA1-3DES',
  [OID.pbeWithSHAAnd2KeyTripleDesCbc]: 'PBE-SHA1-2DES',
};

/**
 * Far above the 2048 openssl writes; each iteration is a hash in JavaScript,
 * so a hostile file must not make the page spin for minutes.
 */
const MAX_ITERATIONS = 1_000_000;

export const isLegacyPbe = (scheme: string): boolean => scheme in LEGACY_SCHEMES;

/** PBKDF1 (RFC 8018 section 5.1): the hash of password and salt, hashed again iterations - 1 times. */
function pbkdf1(hash: typeof md5, password: Uint8Array, salt: Uint8Array, iterations: number) {
  const input = new Uint8Array(password.length + salt.length);
  input.set(password);
  input.set(salt, password.length);
  let derived = hash(input);
  for (let round = 1; round < iterations; round += 1) derived = hash(derived);
  return derived;
}

/**
 * The decrypted PrivateKeyInfo, null for a wrong password (bad padding), or a
 * sentence saying why it cannot be decrypted.
 */
export function decryptLegacyPbe(
  der: Uint8Array,
  scheme: string,
  parameters: DerNode,
  data: Uint8Array,
  password: string,
): Uint8Array | null | string {
  const salt = content(der, expectTag(child(parameters, 0, 'salt'), TAG.OCTET_STRING, 'salt'));
  const iterations = readSmallInt(der, child(parameters, 1, 'iteration count'), 'iteration count');
  if (iterations < 1 || iterations > MAX_ITERATIONS)
    return `The key asks for ${iterations.toLocaleString('en')} iterations of ${LEGACY_SCHEMES[scheme] ?? scheme}; refusing to spend that long. Convert it with: openssl pkcs8 -topk8 -v2 aes-256-cbc -in old.key -out new.key`;
  if (scheme === OID.pbeWithMD5AndDesCbc || scheme === OID.pbeWithSHA1AndDesCbc) {
    if (salt.length !== 8) return 'The key’s PBES1 salt is not 8 bytes long, as RFC 8018 requires.';
    const hash = scheme === OID.pbeWithMD5AndDesCbc ? md5 : sha1;
    const derived = pbkdf1(hash, new TextEncoder().encode(password), salt, iterations);
    return desCbcDecrypt(derived.subarray(0, 8), derived.subarray(8, 16), data);
  }
  const bmp = bmpPassword(password);
  const keyLength = scheme === OID.pbeWithSHAAnd3KeyTripleDesCbc ? 24 : 16;
  const key = pkcs12Kdf('SHA-1', bmp, salt, 1, iterations, keyLength);
  const iv = pkcs12Kdf('SHA-1', bmp, salt, 2, iterations, 8);
  return tripleDesCbcDecrypt(key, iv, data);
}
