/**
 * Checks a CSR's self-signature. WebCrypto does RSA PKCS#1 v1.5 and ECDSA with
 * SHA-1 and SHA-2 but not SHA-224 or MD5; the guide also accepts
 * md5WithRSAEncryption, sha224WithRSAEncryption and ecdsa-with-SHA224, so
 * those RSA signatures are checked by hand (the public operation s^e mod n and
 * the PKCS#1 v1.5 encoding, RFC 8017 section 8.2.2) with noble's hashes, and
 * ECDSA over a SHA-224 digest with @noble/curves (FIPS 186-5 section 6.4.2),
 * loaded only when such a CSR turns up.
 */
import { md5 } from '@noble/hashes/legacy.js';
import { sha224 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes } from '@noble/hashes/utils.js';
import { TAG, content, expectTag, readDer } from '../encoding/der';
import type { DecodedCsr } from '../encoding/decodeCsr';
import { CURVES, bytesToBigInt, modPow, readRsaPublicKey } from './keyChecks';
import { CURVE_BY_OID, OID } from './oids';
import type { SignatureAlgorithmSpec } from './signatureAlgorithms';
import { subtle } from './webcrypto';

export interface SignatureCheck {
  /** False when this page cannot check the algorithm (none of the guide's list). */
  readonly checked: boolean;
  readonly valid: boolean;
}

/** DER DigestInfo prefixes (RFC 8017 section 9.2, note 1). */
const DIGEST_INFO: Readonly<Record<'MD5' | 'SHA-224', Uint8Array>> = {
  MD5: Uint8Array.from([
    0x30, 0x20, 0x30, 0x0c, 0x06, 0x08, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x05, 0x05, 0x00,
    0x04, 0x10,
  ]),
  'SHA-224': Uint8Array.from([
    0x30, 0x2d, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x04, 0x05,
    0x00, 0x04, 0x1c,
  ]),
};

function verifyRsaByHand(csr: DecodedCsr, hash: 'MD5' | 'SHA-224'): boolean {
  const { modulus, exponent } = readRsaPublicKey(csr.publicKey);
  const size = Math.ceil(modulus.toString(2).length / 8);
  const s = bytesToBigInt(csr.signature);
  if (csr.signature.length !== size || s >= modulus) return false;
  const em = modPow(s, exponent, modulus)
    .toString(16)
    .padStart(size * 2, '0');
  const digest = hash === 'MD5' ? md5(csr.signedBytes) : sha224(csr.signedBytes);
  const t = concatBytes(DIGEST_INFO[hash], digest);
  const tHex = bytesToHex(t);
  const expected = `0001${'ff'.repeat(size - t.length - 3)}00${tHex}`;
  return size >= t.length + 11 && em === expected;
}

/** ECDSA-Sig-Value (SEQUENCE of r, s) → the fixed-size r||s WebCrypto expects. */
function ecdsaDerToRaw(signature: Uint8Array, bytes: number): Uint8Array | null {
  const root = expectTag(readDer(signature), TAG.SEQUENCE, 'ECDSA signature');
  if (root.children.length !== 2) return null;
  const out = new Uint8Array(bytes * 2);
  for (const [index, node] of root.children.entries()) {
    let value = content(signature, expectTag(node, TAG.INTEGER, 'ECDSA r/s'));
    while (value.length > 1 && value[0] === 0) value = value.subarray(1);
    if (value.length > bytes) return null;
    out.set(value, index * bytes + (bytes - value.length));
  }
  return out;
}

/**
 * ECDSA over SHA-224, which WebCrypto lacks: the digest is made here and the
 * curve arithmetic done by @noble/curves. High-S signatures are valid ECDSA
 * (only some blockchains forbid them), so lowS is off, as in openssl.
 */
async function verifyEcdsaSha224(
  csr: DecodedCsr,
  curve: 'P-256' | 'P-384' | 'P-521',
  raw: Uint8Array,
): Promise<boolean> {
  const { p256, p384, p521 } = await import('@noble/curves/nist.js');
  const ecdsa = { 'P-256': p256, 'P-384': p384, 'P-521': p521 }[curve];
  return ecdsa.verify(raw, sha224(csr.signedBytes), csr.publicKey, {
    prehash: false,
    lowS: false,
    format: 'compact',
  });
}

export async function verifyCsrSignature(
  csr: DecodedCsr,
  algorithm: SignatureAlgorithmSpec,
): Promise<SignatureCheck> {
  if (algorithm.key === 'RSA') {
    if (csr.keyAlgorithmOid !== OID.rsaEncryption) return { checked: true, valid: false };
    if (algorithm.hash === 'MD5' || algorithm.hash === 'SHA-224') {
      return { checked: true, valid: verifyRsaByHand(csr, algorithm.hash) };
    }
    const key = await subtle().importKey(
      'spki',
      csr.spki as BufferSource,
      { name: 'RSASSA-PKCS1-v1_5', hash: algorithm.hash },
      false,
      ['verify'],
    );
    return {
      checked: true,
      valid: await subtle().verify(
        'RSASSA-PKCS1-v1_5',
        key,
        csr.signature as BufferSource,
        csr.signedBytes as BufferSource,
      ),
    };
  }
  const curve = csr.keyParamsOid ? CURVE_BY_OID[csr.keyParamsOid] : undefined;
  if (csr.keyAlgorithmOid !== OID.ecPublicKey || !curve) return { checked: true, valid: false };
  // ECDSA with MD5 is in no standard and not in the guide's list.
  if (algorithm.hash === 'MD5') return { checked: false, valid: false };
  const raw = ecdsaDerToRaw(csr.signature, CURVES[curve].bytes);
  if (!raw) return { checked: true, valid: false };
  if (algorithm.hash === 'SHA-224') {
    return { checked: true, valid: await verifyEcdsaSha224(csr, curve, raw) };
  }
  const key = await subtle().importKey(
    'spki',
    csr.spki as BufferSource,
    { name: 'ECDSA', namedCurve: curve },
    false,
    ['verify'],
  );
  return {
    checked: true,
    valid: await subtle().verify(
      { name: 'ECDSA', hash: algorithm.hash },
      key,
      raw as BufferSource,
      csr.signedBytes as BufferSource,
    ),
  };
}
