/**
 * Certificates out of whatever people paste or Sectigo returns: PEM (lenient
 * armour, see encoding/pem.ts), several blocks in one text, bare Base64, DER bytes,
 * and PKCS#7 bundles (RequestAndCollectSMIME responseType=2, a g_ccc value),
 * which are opened into their certificates.
 */
import { base64ToBytes, readPemBlocks } from '../encoding/pem';
import { x509 } from '../pki/x509';

const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
const PKCS7_LABELS = new Set(['PKCS7', 'CMS', 'PKCS #7 SIGNED DATA']);

/** More than any real chain; bounds the work on hostile input. */
export const MAX_CERTIFICATES = 64;

export interface ReadCertificates {
  readonly ders: Uint8Array[];
  /** What was skipped, and why, in plain words. */
  readonly problems: string[];
}

export function readCertificates(inputs: readonly (string | Uint8Array)[]): ReadCertificates {
  const ders: Uint8Array[] = [];
  const problems: string[] = [];
  const add = (der: Uint8Array) => {
    if (ders.length < MAX_CERTIFICATES) ders.push(der);
    else if (!problems.includes(TOO_MANY)) problems.push(TOO_MANY);
  };
  for (const input of inputs) {
    if (typeof input !== 'string') {
      addDer(input, add, problems);
      continue;
    }
    const blocks = readPemBlocks(input);
    if (blocks.length === 0) {
      const bare = input.trim() === '' ? null : base64ToBytes(input);
      if (bare) addDer(bare, add, problems);
      else if (input.trim() !== '') problems.push('A text holds neither PEM nor Base64.');
      continue;
    }
    for (const block of blocks) {
      if (CERTIFICATE_LABELS.has(block.label)) add(block.der);
      else if (PKCS7_LABELS.has(block.label)) openPkcs7(block.der, add, problems);
      else if (block.label.includes('PRIVATE KEY'))
        problems.push('A private key was left out: it does not belong with the certificates.');
      else problems.push(`A ${block.label} block is not a certificate; it was left out.`);
    }
  }
  return { ders, problems };
}

const TOO_MANY = `Only the first ${MAX_CERTIFICATES} certificates were read.`;

/** DER of a certificate (SEQUENCE { SEQUENCE ...}) or of a PKCS#7 ContentInfo. */
function addDer(der: Uint8Array, add: (der: Uint8Array) => void, problems: string[]): void {
  // A PKCS#7 ContentInfo starts with an OBJECT IDENTIFIER where a certificate has its tbsCertificate.
  const second = der[1] ?? 0;
  const offset = second < 0x80 ? 2 : 2 + (second & 0x7f);
  if (der[0] === 0x30 && der[offset] === 0x06) openPkcs7(der, add, problems);
  else add(der);
}

function openPkcs7(der: Uint8Array, add: (der: Uint8Array) => void, problems: string[]): void {
  try {
    // @peculiar/x509 reads the SignedData's certificates, BER included (some encoders use it).
    const certificates = new x509.X509Certificates(der as BufferSource);
    if (certificates.length === 0) problems.push('A PKCS#7 bundle holds no certificates.');
    for (const certificate of certificates) add(new Uint8Array(certificate.rawData));
  } catch {
    problems.push('A PKCS#7 bundle could not be read.');
  }
}
