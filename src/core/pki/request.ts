/**
 * The light face of core/pki: what a form needs to describe and check a key
 * and CSR request before any key is made (algorithms, presets, subject fields,
 * name lists, the request check, the equivalent openssl command). Free of
 * @peculiar/x509, so a view can import it statically and load core/pki itself
 * only when a key is made.
 */
export type { KeyAlgorithm } from './keyAlgorithm';
export { KEY_ALGORITHMS, KEY_ALGORITHM_IDS, type KeyAlgorithmSpec } from './algorithms';
export { CSR_PRESETS, type CsrPreset, type CsrPresetId } from './csrPresets';
export {
  checkCsrRequest,
  InvalidCsrRequestError,
  type CsrNames,
  type CsrRequest,
  type CsrRequestCheck,
  type CsrRequestNote,
} from './checkCsrRequest';
export { opensslReqCommand } from './opensslCommand';
export {
  SUBJECT_FIELDS,
  type CsrSubject,
  type FieldIssue,
  type SubjectFieldSpec,
  type SubjectKey,
  type SubjectProblem,
} from './subject';
export { splitNames } from './splitNames';
export {
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
/** Saving a made key with a passphrase: WebCrypto and our own DER, no x509. */
export {
  encryptPrivateKey,
  checkPassphrase,
  MIN_PASSPHRASE_LENGTH,
  PBKDF2_ITERATIONS,
} from './encryptPrivateKey';
/** Whether this page has WebCrypto at all (browsers withhold it from plain-http pages). */
export { hasWebCrypto, WEBCRYPTO_UNAVAILABLE } from './webcrypto';
