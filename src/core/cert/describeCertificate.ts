/**
 * describeCertificate: everything a support person checks on a certificate
 * (subject, issuer, SANs, serial, validity, key, signature algorithm,
 * fingerprints, CA flag, whether it is a self-signed root), from PEM, bare
 * Base64 or DER. Unreadable input comes back as `{ ok: false, message }`.
 */
import { DerError } from '../encoding/der';
import { toPem } from '../encoding/pem';
import { fingerprint } from './fingerprint';
import { parseCertificate, type ParsedCertificate } from './parseCertificate';
import { readCertificates } from './readCertificates';
import { sameName } from './readName';
import type { CertificateInfo, DescribeResult } from './types';
import { verifySignature } from './verifySignature';

export async function describeCertificate(pemOrDer: string | Uint8Array): Promise<DescribeResult> {
  const input: unknown = pemOrDer;
  if (typeof input !== 'string' && !(input instanceof Uint8Array))
    return { ok: false, message: 'Give a certificate as PEM text or DER bytes.' };
  const read = readCertificates([pemOrDer]);
  const der = read.ders[0];
  if (!der) {
    return {
      ok: false,
      message:
        read.problems[0] ?? 'No certificate found: paste the -----BEGIN CERTIFICATE----- block.',
    };
  }
  return describeDer(der);
}

/** Describes one certificate's DER. */
export async function describeDer(der: Uint8Array): Promise<DescribeResult> {
  let parsed: ParsedCertificate;
  try {
    parsed = parseCertificate(der);
  } catch (error) {
    const detail = error instanceof DerError ? ` (${error.message})` : '';
    return {
      ok: false,
      message: `This is not a certificate in strict DER, or it is damaged${detail}.`,
    };
  }
  return { ok: true, certificate: await describeParsed(parsed) };
}

/** The description of an already parsed certificate. */
export async function describeParsed(parsed: ParsedCertificate): Promise<CertificateInfo> {
  const selfIssued =
    bytesEqual(parsed.issuerDer, parsed.subjectDer) ||
    sameName(parsed.issuer.attributes, parsed.subject.attributes);
  const selfSigned = selfIssued && (await verifySignature(parsed.der, parsed.spki));
  const commonName = parsed.subject.attributes.filter((a) => a.type === 'CN').pop()?.value;
  return {
    pem: toPem('CERTIFICATE', parsed.der),
    der: parsed.der,
    version: parsed.version,
    subject: parsed.subject.text,
    subjectAttributes: parsed.subject.attributes,
    issuer: parsed.issuer.text,
    issuerAttributes: parsed.issuer.attributes,
    ...(commonName === undefined ? {} : { commonName }),
    subjectAltNames: parsed.subjectAltNames,
    serialNumber: parsed.serialNumber,
    notBefore: parsed.notBefore.toISOString(),
    notAfter: parsed.notAfter.toISOString(),
    key: parsed.key,
    signatureAlgorithm: parsed.signatureAlgorithm,
    fingerprints: {
      sha1: fingerprint(parsed.der, 'SHA-1'),
      sha256: fingerprint(parsed.der, 'SHA-256'),
    },
    isCA: parsed.isCA,
    ...(parsed.pathLength === undefined ? {} : { pathLength: parsed.pathLength }),
    keyUsage: parsed.keyUsage,
    extendedKeyUsage: parsed.extendedKeyUsage,
    ...(parsed.subjectKeyId === undefined ? {} : { subjectKeyId: parsed.subjectKeyId }),
    ...(parsed.authorityKeyId === undefined ? {} : { authorityKeyId: parsed.authorityKeyId }),
    selfIssued,
    selfSigned,
  };
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/** Where a certificate stands at a moment: before its notBefore, within, or after its notAfter. */
export function validityAt(
  certificate: Pick<CertificateInfo, 'notBefore' | 'notAfter'>,
  at: Date,
): 'not-yet-valid' | 'valid' | 'expired' {
  const time = at.getTime();
  if (time < Date.parse(certificate.notBefore)) return 'not-yet-valid';
  if (time > Date.parse(certificate.notAfter)) return 'expired';
  return 'valid';
}
