/**
 * Keys and CSRs: key generation and CSR creation (WebCrypto + @peculiar/x509),
 * encrypted key files, reading existing keys, CSR inspection and linting, DCV
 * records, the matching openssl command, and the WebCrypto provider the core
 * uses. @peculiar/x509 is loaded with a dynamic import() only when a CSR is
 * made, so importing this module stays light.
 */
/** The light face (request.ts): algorithms, presets, subject fields, the request check, the openssl command, key encryption. */
export * from './request';
export { getCrypto, setCryptoProvider, subtle } from './webcrypto';
export { generateKeyAndCsr, createCsr, type GenerateOptions } from './generateKeyAndCsr';
export { readPrivateKey, type ReadPrivateKeyResult } from './readPrivateKey';
export {
  inspectCsr,
  type Finding,
  type InspectedCsr,
  type InspectOptions,
  type InspectResult,
  type Severity,
} from './inspectCsr';
export { computeDcv, checkUniqueValue, type DcvRecords } from './dcv';
export { checkKeyAgainstCsr, type KeyMatch } from './checkKeyAgainstCsr';
/** Fetches the x509 library ahead of need (a page's idle prefetch), so making the first key waits for nothing. */
export async function preloadX509(): Promise<void> {
  await import('./x509');
}
