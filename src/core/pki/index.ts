/**
 * Keys and CSRs: key generation and CSR creation (WebCrypto + @peculiar/x509),
 * encrypted key files, reading existing keys, CSR inspection and linting, DCV
 * records, the matching openssl command, and the WebCrypto provider the core
 * uses. @peculiar/x509 is loaded with a dynamic import() only when a CSR is
 * made, so importing this module stays light.
 */
export type { KeyAlgorithm } from './keyAlgorithm';
export { getCrypto, setCryptoProvider, subtle } from './webcrypto';
export { KEY_ALGORITHMS, KEY_ALGORITHM_IDS, type KeyAlgorithmSpec } from './algorithms';
export { CSR_PRESETS, type CsrPreset, type CsrPresetId } from './csrPresets';
export {
  generateKeyAndCsr,
  createCsr,
  checkCsrRequest,
  InvalidCsrRequestError,
  type CsrNames,
  type CsrRequest,
  type CsrRequestCheck,
  type GenerateOptions,
} from './generateKeyAndCsr';
export {
  encryptPrivateKey,
  checkPassphrase,
  MIN_PASSPHRASE_LENGTH,
  PBKDF2_ITERATIONS,
} from './encryptPrivateKey';
export { readPrivateKey, type ReadPrivateKeyResult } from './readPrivateKey';
export { opensslReqCommand } from './opensslCommand';
export { SUBJECT_FIELDS, type CsrSubject, type SubjectFieldSpec, type SubjectKey } from './subject';
export {
  splitNames,
  checkDnsName,
  checkHostName,
  checkIpAddress,
  checkEmailAddress,
  type NameCheck,
  type NameCheckOptions,
  type NameNote,
  type NameProblem,
} from './names';
export { INTERNAL_SUFFIXES, RESERVED_IPV4, RESERVED_IPV6 } from './reservedNames';
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
