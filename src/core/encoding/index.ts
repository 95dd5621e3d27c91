/**
 * The encodings every core module shares: PEM and Base64 (read leniently,
 * written canonically), strict DER and the PKCS#10 structure read from it
 * (spec/rules.ts reads a CSR's mailboxes, pki lints CSRs), and POSIX shell
 * quoting. Imports nothing else from the core, so any module may use it; free
 * of @peculiar/x509.
 */
export {
  extractPemBlocks,
  isWellFormedBase64,
  wrapAsPem,
  MAX_PEM_BLOCKS,
  type PemBlock,
  type PemExtraction,
  type PemOptions,
} from './extractPemBlocks';
export {
  base64ToBytes,
  bytesToBase64,
  readDerFromText,
  readPemBlocks,
  toPem,
  type DecodedPemBlock,
  type ReadDerResult,
} from './pem';
export { shellQuote } from './shellQuote';
/** Lower-case hex of bytes (@noble/hashes, already a dependency for the hashes WebCrypto lacks). */
export { bytesToHex } from '@noble/hashes/utils.js';
