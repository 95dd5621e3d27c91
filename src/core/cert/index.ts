/**
 * Certificates in responses: decoding, chain checks, and PKCS#12 files. Uses
 * @peculiar/x509 (via pki/x509.ts), so the UI loads this module with a dynamic
 * import(); src/core/index.ts re-exports it.
 */
export { describeCertificate, validityAt } from './describeCertificate';
export { checkChain } from './checkChain';
export { certificateForKey, keyBelongsToCertificate } from './certificateForKey';
export { parseCertificate, type ParsedCertificate } from './parseCertificate';
export { buildPkcs12, PKCS12_DEFAULTS } from './buildPkcs12';
export { readCertificates, MAX_CERTIFICATES } from './readCertificates';
export { DOCUMENTED_CHAIN_ORDER } from './documentedOrder';
export type {
  CertificateInfo,
  CertificateKey,
  ChainCheck,
  ChainMessage,
  ChainOrder,
  DescribeResult,
  NameAttribute,
  Pkcs12Request,
  Pkcs12Result,
  SubjectAltNames,
} from './types';
