/**
 * buildPkcs12: a PKCS#12 (.p12 / .pfx, RFC 7292) file with the private key
 * and its certificate chain, for importing an S/MIME certificate into a mail
 * client or key store. Everything happens in memory; the key is never kept.
 *
 * Default: key and certificates encrypted with PBES2 (PBKDF2-HMAC-SHA256,
 * AES-256-CBC) and an HMAC-SHA256 integrity MAC, as `openssl pkcs12 -export`
 * writes in OpenSSL 3. `legacy`: pbeWithSHAAnd3-KeyTripleDES-CBC for key and
 * certificates and an HMAC-SHA1 MAC, which Windows 7/8.1, Windows 10 before
 * version 1709 and older macOS need (they cannot read AES in PKCS#12). 3DES
 * and SHA-1 are weak: use it only for those systems.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { concatBytes } from '@noble/hashes/utils.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { TAG, explicit, int, nullValue, octets, oid, seq, tlv } from '../encoding/der';
import { checkPassphrase } from '../pki/encryptPrivateKey';
import { readPrivateKey } from '../pki/readPrivateKey';
import { randomBytes } from '../pki/webcrypto';
import { checkChain } from './checkChain';
import { certificateForKey } from './certificateForKey';
import { PKCS12_OID } from './oids';
import { encryptPbes2, encryptTripleDes, type Encrypted } from './pkcs12Encryption';
import { PKCS12_HASHES, bmpPassword, pkcs12Kdf, type Pkcs12Hash } from '../pki/pkcs12Kdf';
import type { CertificateInfo, Pkcs12Request, Pkcs12Result } from './types';

export const PKCS12_DEFAULTS = {
  /**
   * For key, certificates and MAC alike. Far above OpenSSL's 2048, and low enough
   * that importers which cap the work per file (three derivations here) accept it.
   */
  iterations: 100_000,
  /** OpenSSL's PKCS12_DEFAULT_ITER: the systems legacy files are for are slow and old. */
  legacyIterations: 2048,
  maxIterations: 10_000_000,
} as const;

const fail = (reason: Extract<Pkcs12Result, { ok: false }>['reason'], message: string) =>
  ({ ok: false, reason, message }) as const;

export async function buildPkcs12(request: Pkcs12Request): Promise<Pkcs12Result> {
  const legacy = request.legacy === true;
  const iterations = Math.min(
    Math.max(
      1,
      Math.floor(
        request.iterations ??
          (legacy ? PKCS12_DEFAULTS.legacyIterations : PKCS12_DEFAULTS.iterations),
      ),
    ),
    PKCS12_DEFAULTS.maxIterations,
  );
  const passwordProblem = checkPassphrase(request.password);
  if (passwordProblem) return fail('password', passwordProblem.replace('passphrase', 'password'));

  const key = await readPrivateKey(request.privateKeyPem, request.privateKeyPassphrase ?? '');
  if (!key.ok) return fail('key', key.message);
  const chain = await checkChain(request.certificatesPem);
  if (chain.certificates.length === 0)
    return fail('certificates', 'Add the certificate (and its chain) that goes with the key.');
  const leaf = await certificateForKey(key.keys.publicKey, chain.certificates);
  if (leaf < 0)
    return fail(
      'mismatch',
      'The private key belongs to none of these certificates: use the key the certificate was ordered with.',
    );
  // The end entity first, then its issuers, as the chain check found them.
  const order = chain.path.includes(leaf) ? chain.path.slice(chain.path.indexOf(leaf)) : [leaf];
  const certificates = order.flatMap((index) => chain.certificates[index] ?? []);
  const [owner] = certificates;
  if (!owner) return fail('certificates', 'Add the certificate that goes with the key.');

  const friendlyName = request.friendlyName?.trim() || defaultFriendlyName(owner);
  const ownerAttributes = attributes(friendlyName, sha1(owner.der));
  const encrypt = (data: Uint8Array): Promise<Encrypted> =>
    legacy
      ? Promise.resolve(encryptTripleDes(data, request.password, iterations))
      : encryptPbes2(data, request.password, iterations);

  const certificateBags = seq(
    ...certificates.map((certificate, index) =>
      seq(
        oid(PKCS12_OID.certBag),
        explicit(0, seq(oid(PKCS12_OID.x509Certificate), explicit(0, octets(certificate.der)))),
        ...(index === 0 ? [ownerAttributes] : []),
      ),
    ),
  );
  const encryptedCertificates = await encrypt(certificateBags);
  const shroudedKey = await encrypt(key.pkcs8);
  const keyBags = seq(
    seq(
      oid(PKCS12_OID.pkcs8ShroudedKeyBag),
      explicit(0, seq(shroudedKey.algorithm, octets(shroudedKey.data))),
      ownerAttributes,
    ),
  );
  // AuthenticatedSafe: the certificates in an EncryptedData, the shrouded key in plain Data.
  const authenticatedSafe = seq(
    seq(
      oid(PKCS12_OID.encryptedData),
      explicit(
        0,
        seq(
          int(0),
          seq(
            oid(PKCS12_OID.data),
            encryptedCertificates.algorithm,
            tlv(0x80, encryptedCertificates.data),
          ),
        ),
      ),
    ),
    seq(oid(PKCS12_OID.data), explicit(0, octets(keyBags))),
  );
  const der = seq(
    int(3),
    seq(oid(PKCS12_OID.data), explicit(0, octets(authenticatedSafe))),
    macData(authenticatedSafe, request.password, legacy ? 'SHA-1' : 'SHA-256', iterations),
  );
  return {
    ok: true,
    der,
    friendlyName,
    certificates,
    scheme: legacy
      ? `legacy: 3DES (pbeWithSHAAnd3-KeyTripleDES-CBC) and an HMAC-SHA1 check, ${iterations.toLocaleString('en')} iterations; for old Windows and macOS only`
      : `AES-256-CBC with PBKDF2-HMAC-SHA256 and an HMAC-SHA256 check, ${iterations.toLocaleString('en')} iterations`,
  };
}

/** MacData (RFC 7292 section 4): HMAC over the AuthenticatedSafe with a key from the PKCS#12 KDF. */
function macData(content: Uint8Array, password: string, hash: Pkcs12Hash, iterations: number) {
  const salt = randomBytes(8);
  const hashFunction = PKCS12_HASHES[hash];
  const key = pkcs12Kdf(hash, bmpPassword(password), salt, 3, iterations, hashFunction.outputLen);
  const mac = hmac(hashFunction, key, content);
  const algorithm = hash === 'SHA-1' ? PKCS12_OID.sha1 : PKCS12_OID.sha256;
  return seq(seq(seq(oid(algorithm), nullValue()), octets(mac)), octets(salt), int(iterations));
}

/** friendlyName (BMPString) and localKeyId (the certificate's SHA-1, as OpenSSL sets it). */
function attributes(friendlyName: string, localKeyId: Uint8Array): Uint8Array {
  const bmp = bmpPassword(friendlyName).subarray(0, friendlyName.length * 2);
  const items = [
    seq(oid(PKCS12_OID.friendlyName), set([tlv(TAG.BMP_STRING, bmp)])),
    seq(oid(PKCS12_OID.localKeyId), set([octets(localKeyId)])),
  ];
  return set(items);
}

/** DER SET OF: elements sorted by their encodings (X.690 section 11.6). */
function set(items: Uint8Array[]): Uint8Array {
  const sorted = [...items].sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i += 1)
      if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
    return a.length - b.length;
  });
  return tlv(TAG.SET, concatBytes(...sorted));
}

function defaultFriendlyName(certificate: CertificateInfo): string {
  return (
    certificate.subjectAltNames.email[0] ??
    certificate.subjectAttributes.find((attribute) => attribute.type === 'emailAddress')?.value ??
    certificate.commonName ??
    'certificate'
  );
}
