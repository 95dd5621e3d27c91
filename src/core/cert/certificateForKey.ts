/**
 * Whether a key belongs to a certificate: the certificate's
 * subjectPublicKeyInfo (RFC 5280 section 4.1.2.7) is the key pair's public
 * half, byte for byte as WebCrypto exports it (`spki`). This is what a mail
 * client checks when it imports the certificate beside the key, and what
 * PKCS#12 files pair (buildPkcs12).
 */
import { subtle } from '../pki/webcrypto';
import { bytesEqual } from './describeCertificate';
import { parseCertificate } from './parseCertificate';

/** The public key as DER SubjectPublicKeyInfo; a private CryptoKey has no spki export, so pass the pair's public key. */
async function spkiOf(publicKey: CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await subtle().exportKey('spki', publicKey));
}

/** Whether one certificate (DER) certifies `publicKey`; an unreadable certificate certifies nothing. */
function certifies(certificateDer: Uint8Array, spki: Uint8Array): boolean {
  try {
    return bytesEqual(parseCertificate(certificateDer).spki, spki);
  } catch {
    return false;
  }
}

/** Whether the certificate (DER) was issued for this key pair's public key. */
export async function keyBelongsToCertificate(
  publicKey: CryptoKey,
  certificateDer: Uint8Array,
): Promise<boolean> {
  return certifies(certificateDer, await spkiOf(publicKey));
}

/** The index of the first certificate issued for this public key, or -1 where none was. */
export async function certificateForKey(
  publicKey: CryptoKey,
  certificates: readonly { readonly der: Uint8Array }[],
): Promise<number> {
  const spki = await spkiOf(publicKey);
  return certificates.findIndex((certificate) => certifies(certificate.der, spki));
}
