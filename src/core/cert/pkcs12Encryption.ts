/**
 * The two ways buildPkcs12 encrypts a bag, with the AlgorithmIdentifier that
 * names each:
 * - PBES2 (RFC 8018): PBKDF2-HMAC-SHA256 and AES-256-CBC, what `openssl pkcs12
 *   -export` writes in OpenSSL 3, done with WebCrypto;
 * - pbeWithSHAAnd3-KeyTripleDES-CBC (RFC 7292 appendix C): the PKCS#12 KDF
 *   with SHA-1 and 3DES, what Windows before 10 (1709) and older macOS import;
 *   3DES is written out in tripleDes.ts because WebCrypto lacks it.
 */
import { int, octets, oid, seq } from '../encoding/der';
import { pbes2Encrypt } from '../pki/encryptPrivateKey';
import { randomBytes } from '../pki/webcrypto';
import { PKCS12_OID } from './oids';
import { bmpPassword, pkcs12Kdf } from '../pki/pkcs12Kdf';
import { tripleDesCbcEncrypt } from '../pki/tripleDes';

export interface Encrypted {
  /** DER AlgorithmIdentifier of the scheme, with its salt, iterations (and IV). */
  readonly algorithm: Uint8Array;
  readonly data: Uint8Array;
}

/** PBES2 as for encrypted private keys (pki/encryptPrivateKey.ts); the password's UTF-8 bytes, unlike the PKCS#12 KDF's BMPString. */
export const encryptPbes2 = (
  data: Uint8Array,
  password: string,
  iterations: number,
): Promise<Encrypted> => pbes2Encrypt(data, password, iterations);

export function encryptTripleDes(
  data: Uint8Array,
  password: string,
  iterations: number,
): Encrypted {
  // Eight bytes, as OpenSSL and Windows write (PKCS12_SALT_LEN).
  const salt = randomBytes(8);
  const bmp = bmpPassword(password);
  const key = pkcs12Kdf('SHA-1', bmp, salt, 1, iterations, 24);
  const iv = pkcs12Kdf('SHA-1', bmp, salt, 2, iterations, 8);
  const algorithm = seq(
    oid(PKCS12_OID.pbeWithSHAAnd3KeyTripleDesCbc),
    seq(octets(salt), int(iterations)),
  );
  return { algorithm, data: tripleDesCbcEncrypt(key, iv, data) };
}
