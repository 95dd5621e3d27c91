/**
 * Encrypted PKCS#8 ("ENCRYPTED PRIVATE KEY") with PBES2 (RFC 8018): PBKDF2 with
 * HMAC-SHA256 and AES-256-CBC, the scheme `openssl pkcs8 -topk8 -v2 aes-256-cbc`
 * writes and `openssl pkey -passin` opens. Done with WebCrypto; DER by der.ts.
 */
import { int, nullValue, octets, oid, seq } from '../encoding/der';
import { OID } from './oids';
import { readDerFromText, toPem } from '../encoding/pem';
import { randomBytes, subtle } from './webcrypto';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about half a second in a browser. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 10;

/** Why a passphrase cannot be used, in plain words, or null. */
export function checkPassphrase(passphrase: string): string | null {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return `The passphrase is too short: use at least ${MIN_PASSPHRASE_LENGTH} characters (a few unrelated words work well).`;
  }
  return null;
}

export async function deriveAesKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
  prfHash: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512',
  aesBits: 128 | 192 | 256,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const material = await subtle().importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', salt: salt as BufferSource, iterations, hash: prfHash },
    material,
    { name: 'AES-CBC', length: aesBits },
    false,
    [usage],
  );
}

/**
 * PBES2 encryption of any bytes: PBKDF2-HMAC-SHA256 with a fresh 16-byte salt,
 * AES-256-CBC with a fresh IV. Returns the DER AlgorithmIdentifier that names
 * the scheme and its parameters, and the ciphertext. Used for encrypted PKCS#8
 * keys here and for the bags of PKCS#12 files (cert/buildPkcs12.ts).
 */
export async function pbes2Encrypt(
  data: Uint8Array,
  passphrase: string,
  iterations: number,
): Promise<{ algorithm: Uint8Array; data: Uint8Array }> {
  const salt = randomBytes(16);
  const iv = randomBytes(16);
  const key = await deriveAesKey(passphrase, salt, iterations, 'SHA-256', 256, 'encrypt');
  const encrypted = new Uint8Array(
    await subtle().encrypt({ name: 'AES-CBC', iv }, key, data as BufferSource),
  );
  const algorithm = seq(
    oid(OID.pbes2),
    seq(
      seq(
        oid(OID.pbkdf2),
        seq(octets(salt), int(iterations), seq(oid(OID.hmacWithSHA256), nullValue())),
      ),
      seq(oid(OID.aes256Cbc), octets(iv)),
    ),
  );
  return { algorithm, data: encrypted };
}

/** Encrypts an unencrypted PKCS#8 key (PEM or DER) under a passphrase. */
export async function encryptPrivateKey(
  privateKeyPem: string,
  passphrase: string,
  options: { iterations?: number } = {},
): Promise<string> {
  const problem = checkPassphrase(passphrase);
  if (problem) throw new Error(problem);
  const read = readDerFromText(privateKeyPem, ['PRIVATE KEY']);
  if (!read.ok || (read.label !== null && read.label !== 'PRIVATE KEY')) {
    throw new Error('encryptPrivateKey takes an unencrypted PKCS#8 key ("PRIVATE KEY").');
  }
  const { algorithm, data } = await pbes2Encrypt(
    read.der,
    passphrase,
    options.iterations ?? PBKDF2_ITERATIONS,
  );
  const der = seq(algorithm, octets(data));
  return toPem('ENCRYPTED PRIVATE KEY', der);
}
