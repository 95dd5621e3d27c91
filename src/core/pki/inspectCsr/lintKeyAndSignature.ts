/**
 * The public key (RSA 2048-8192 bits, -13; ECDSA on P-256, P-384 or P-521,
 * -11) and the self-signature (an algorithm from the guide's list, -11; one
 * that verifies, -12), as autoapplyorder-guide-v2.txt section 2.1 and "csr"
 * give them.
 */
import { checkEcPoint, checkRsaKey, readRsaPublicKey } from '../keyChecks';
import type { DecodedCsr } from '../../encoding/decodeCsr';
import { CURVE_BY_OID, OID, UNSUPPORTED_KEY_TYPES } from '../oids';
import { OTHER_SIGNATURE_NAMES, SIGNATURE_ALGORITHM_BY_OID } from '../signatureAlgorithms';
import { verifyCsrSignature } from '../verifyCsrSignature';
import { WebCryptoUnavailableError } from '../webcrypto';
import type { Finding, InspectedCsr } from './types';

export async function lintKeyAndSignature(
  csr: DecodedCsr,
  findings: Finding[],
): Promise<{
  key: InspectedCsr['key'];
  signatureAlgorithm: string;
  signatureValid: boolean;
  signatureChecked: boolean;
}> {
  let key: InspectedCsr['key'] = {
    type: UNSUPPORTED_KEY_TYPES[csr.keyAlgorithmOid] ?? csr.keyAlgorithmOid,
  };
  let keyUsable = false;
  if (csr.keyAlgorithmOid === OID.rsaEncryption) {
    try {
      const rsa = readRsaPublicKey(csr.publicKey);
      key = { type: 'RSA', bits: rsa.bits, exponent: rsa.exponent.toString() };
      if (rsa.bits < 2048 || rsa.bits > 8192) {
        findings.push({
          severity: 'error',
          code: -13,
          message: `The RSA key has ${rsa.bits} bits; Sectigo accepts 2048 to 8192.`,
          fix: 'Make a new key of 2048 bits or more.',
        });
      }
      for (const problem of checkRsaKey(rsa))
        findings.push({ ...problem, fix: 'Make a new key pair and CSR.' });
      keyUsable = true;
    } catch {
      findings.push({
        severity: 'error',
        code: -10,
        message: 'The RSA public key in the CSR is damaged.',
      });
    }
  } else if (csr.keyAlgorithmOid === OID.ecPublicKey) {
    const curve = csr.keyParamsOid ? CURVE_BY_OID[csr.keyParamsOid] : undefined;
    if (!curve) {
      key = { type: 'EC', curve: csr.keyParamsOid ?? 'explicit parameters' };
      findings.push({
        severity: 'error',
        code: -11,
        message:
          'The EC key is on a curve Sectigo does not accept: only P-256, P-384 and P-521 are.',
        fix: 'Make a new key on P-256, P-384 or P-521.',
      });
    } else {
      key = { type: 'EC', curve, bits: { 'P-256': 256, 'P-384': 384, 'P-521': 521 }[curve] };
      for (const problem of checkEcPoint(curve, csr.publicKey)) findings.push(problem);
      keyUsable = !findings.some(
        (f) => f.message.startsWith('The EC public key') && f.severity === 'error',
      );
    }
  } else {
    findings.push({
      severity: 'error',
      code: -11,
      message: `The key is ${UNSUPPORTED_KEY_TYPES[csr.keyAlgorithmOid] ?? `of an unknown type (${csr.keyAlgorithmOid})`}; Sectigo accepts RSA and ECDSA (P-256, P-384, P-521) keys.`,
      fix: 'Make a new RSA or ECDSA key.',
    });
  }

  const algorithm = SIGNATURE_ALGORITHM_BY_OID.get(csr.signatureOid);
  const signatureAlgorithm =
    algorithm?.name ?? OTHER_SIGNATURE_NAMES[csr.signatureOid] ?? csr.signatureOid;
  if (!algorithm) {
    findings.push({
      severity: 'error',
      code: -11,
      message: `The CSR is signed with ${signatureAlgorithm}, which is not among the algorithms Sectigo accepts.`,
      fix: 'Sign the CSR with SHA-256 (any standard tool does by default).',
    });
    return { key, signatureAlgorithm, signatureValid: false, signatureChecked: false };
  }
  if (algorithm.hash === 'MD5' || algorithm.hash === 'SHA-1') {
    findings.push({
      severity: 'warning',
      message: `The CSR is signed with ${algorithm.hash}. Sectigo's guide still accepts it, but it is obsolete.`,
      fix: 'Prefer a CSR signed with SHA-256.',
    });
  }
  if (!keyUsable)
    return { key, signatureAlgorithm, signatureValid: false, signatureChecked: false };
  try {
    const check = await verifyCsrSignature(csr, algorithm);
    if (!check.checked) {
      // A signature nobody checked is never a pass: Sectigo checks it and answers -12.
      findings.push({
        severity: 'error',
        message: `This page cannot check a ${signatureAlgorithm} signature, so the CSR is not known to be intact.`,
        fix: 'Make a new CSR signed with SHA-256 (any standard tool does by default).',
      });
    } else if (!check.valid) {
      findings.push({
        severity: 'error',
        code: -12,
        message:
          'The CSR signature does not verify: the CSR was changed after signing, or is damaged.',
        fix: 'Make a new CSR; do not edit a CSR by hand.',
      });
    }
    return {
      key,
      signatureAlgorithm,
      signatureValid: check.checked && check.valid,
      signatureChecked: check.checked,
    };
  } catch (error) {
    if (error instanceof WebCryptoUnavailableError) {
      findings.push({
        severity: 'error',
        message: `The CSR signature could not be checked here. ${error.message}`,
      });
      return { key, signatureAlgorithm, signatureValid: false, signatureChecked: false };
    }
    findings.push({
      severity: 'error',
      code: -12,
      message: 'The CSR signature could not be checked: the key or signature is malformed.',
    });
    return { key, signatureAlgorithm, signatureValid: false, signatureChecked: true };
  }
}
