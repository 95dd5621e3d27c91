/**
 * Strict DER decoding of a CSR: anything not canonical DER, or not shaped like
 * a PKCS#10 request, is a finding (Sectigo answers -10 for a CSR it cannot
 * decode, autoapplyorder-guide-v2.txt section 2.1).
 */
import { DerError, canonicalProblems, readDer, readElement } from '../../encoding/der';
import { decodeCsr, type DecodedCsr } from '../../encoding/decodeCsr';
import type { Finding } from './types';

/** Decodes strictly; a CSR followed by stray bytes is still decoded (and reported). */
export function decodeStrictly(der: Uint8Array, findings: Finding[]): DecodedCsr | null {
  let bytes = der;
  try {
    readDer(der);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof DerError && /trailing byte/.test(message)) {
      findings.push({
        severity: 'error',
        code: -10,
        message: `The CSR is followed by extra data: ${message}.`,
        fix: 'Submit only the CSR itself; re-export it from the tool that made it.',
      });
      bytes = der.subarray(0, readElement(der, 0, der.length).end);
    } else {
      findings.push({
        severity: 'error',
        code: -10,
        message: `The CSR cannot be decoded as DER: ${message}.`,
        fix: 'Make a new CSR (the Generate view, or openssl req); this one is damaged or in a lenient BER encoding Sectigo may not accept.',
      });
      return null;
    }
  }
  try {
    const csr = decodeCsr(bytes);
    const problems = canonicalProblems(bytes, readDer(bytes));
    if (problems.length > 0) {
      findings.push({
        severity: 'error',
        code: -10,
        message: `The CSR is not in canonical DER (re-encoding it would change it): ${problems.join('; ')}.`,
        fix: 'Make a new CSR with a standard tool.',
      });
    }
    return csr;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    findings.push({
      severity: 'error',
      code: -10,
      message: `This does not have the structure of a CSR: ${message}.`,
      fix: 'Check you copied a certificate signing request, whole.',
    });
    return null;
  }
}
