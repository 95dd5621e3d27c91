/**
 * Whether a certificate's signature verifies with a public key. The
 * arithmetic is WebCrypto's, reached through @peculiar/x509 (which also turns
 * DER ECDSA signatures into the form WebCrypto wants). Algorithms WebCrypto
 * lacks verify as false, never throw.
 */
import { x509 } from '../pki/x509';

export async function verifySignature(
  certificateDer: Uint8Array,
  spki: Uint8Array,
): Promise<boolean> {
  try {
    const certificate = new x509.X509Certificate(certificateDer as BufferSource);
    return await certificate.verify({
      publicKey: new x509.PublicKey(spki as BufferSource),
      signatureOnly: true,
    });
  } catch {
    return false;
  }
}
