/**
 * The key algorithms the app generates. Sectigo accepts RSA 2048 to 8192 bits
 * and ECDSA on P-256, P-384 and P-521 (autoapplyorder-guide-v2.txt, "Subject
 * Public Key Info"); we sign with SHA-2 only, never SHA-1 or MD5, exponent 65537
 * and PKCS#1 v1.5 (no RSA-PSS, which the guide's list does not include).
 */
import type { KeyAlgorithm } from './keyAlgorithm';

export interface KeyAlgorithmSpec {
  readonly id: KeyAlgorithm;
  readonly family: 'RSA' | 'EC';
  readonly label: string;
  /** For people, not for cryptographers. */
  readonly note: string;
  readonly generate: RsaHashedKeyGenParams | EcKeyGenParams;
  readonly sign: Algorithm | EcdsaParams;
  /** Hash of the CSR signature: matched to the curve for EC (RFC 5480 section 4). */
  readonly hash: 'SHA-256' | 'SHA-384' | 'SHA-512';
  /** The `openssl req -newkey` argument for the same key. */
  readonly openssl: string;
  readonly bits: number;
  readonly curve?: 'P-256' | 'P-384' | 'P-521';
}

const F4 = Uint8Array.of(1, 0, 1); // 65537

const rsa = (bits: 2048 | 3072 | 4096 | 8192, note: string): KeyAlgorithmSpec => ({
  id: `RSA-${bits}`,
  family: 'RSA',
  label: `RSA ${bits}`,
  note,
  generate: { name: 'RSASSA-PKCS1-v1_5', modulusLength: bits, publicExponent: F4, hash: 'SHA-256' },
  sign: { name: 'RSASSA-PKCS1-v1_5' },
  hash: 'SHA-256',
  openssl: `rsa:${bits}`,
  bits,
});

const ec = (
  curve: 'P-256' | 'P-384' | 'P-521',
  hash: 'SHA-256' | 'SHA-384' | 'SHA-512',
  bits: number,
  note: string,
): KeyAlgorithmSpec => ({
  id: curve,
  family: 'EC',
  label: `ECDSA ${curve}`,
  note,
  generate: { name: 'ECDSA', namedCurve: curve },
  sign: { name: 'ECDSA', hash },
  hash,
  openssl: `ec -pkeyopt ec_paramgen_curve:${curve}`,
  bits,
  curve,
});

export const KEY_ALGORITHMS: Readonly<Record<KeyAlgorithm, KeyAlgorithmSpec>> = {
  'RSA-2048': rsa(2048, 'Works with every server and mail client. The safe choice for S/MIME.'),
  'RSA-3072': rsa(3072, 'Stronger RSA; a little slower to make and to use. Widely supported.'),
  'RSA-4096': rsa(4096, 'Strong RSA; takes a few seconds to make, slower TLS handshakes.'),
  'RSA-8192': rsa(
    8192,
    'The largest size Sectigo accepts. Can take a minute to make; rarely worth it.',
  ),
  'P-256': ec(
    'P-256',
    'SHA-256',
    256,
    'Modern, small and fast; as strong as RSA 3072. Recommended for web servers.',
  ),
  'P-384': ec(
    'P-384',
    'SHA-384',
    384,
    'Stronger elliptic curve; a little slower. Widely supported.',
  ),
  'P-521': ec(
    'P-521',
    'SHA-512',
    521,
    'The strongest curve Sectigo accepts; some older software lacks it.',
  ),
};

export const KEY_ALGORITHM_IDS = Object.keys(KEY_ALGORITHMS) as KeyAlgorithm[];
