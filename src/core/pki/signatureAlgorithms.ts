/**
 * CSR signature algorithms by OID. Sectigo accepts exactly the list in the
 * guide ("Signature Algorithm": MD5, SHA-1 and SHA-2 with RSA PKCS#1 v1.5, and
 * ECDSA with SHA-1 and SHA-2); MD5 and SHA-1 are accepted there, so they are
 * warnings here, not errors.
 */
export interface SignatureAlgorithmSpec {
  readonly oid: string;
  readonly name: string;
  readonly key: 'RSA' | 'EC';
  readonly hash: 'MD5' | 'SHA-1' | 'SHA-224' | 'SHA-256' | 'SHA-384' | 'SHA-512';
  /** In the guide's list of accepted CSR signature algorithms. */
  readonly accepted: true;
}

const rsa = (
  oid: string,
  name: string,
  hash: SignatureAlgorithmSpec['hash'],
): SignatureAlgorithmSpec => ({ oid, name, key: 'RSA', hash, accepted: true });
const ecdsa = (
  oid: string,
  name: string,
  hash: SignatureAlgorithmSpec['hash'],
): SignatureAlgorithmSpec => ({ oid, name, key: 'EC', hash, accepted: true });

/** autoapplyorder-guide-v2.txt, "csr", Signature Algorithm (OIDs from RFC 8017, RFC 3279, RFC 5758). */
export const SIGNATURE_ALGORITHMS: readonly SignatureAlgorithmSpec[] = [
  rsa('1.2.840.113549.1.1.4', 'md5WithRSAEncryption', 'MD5'),
  rsa('1.2.840.113549.1.1.5', 'sha1WithRSAEncryption', 'SHA-1'),
  rsa('1.2.840.113549.1.1.14', 'sha224WithRSAEncryption', 'SHA-224'),
  rsa('1.2.840.113549.1.1.11', 'sha256WithRSAEncryption', 'SHA-256'),
  rsa('1.2.840.113549.1.1.12', 'sha384WithRSAEncryption', 'SHA-384'),
  rsa('1.2.840.113549.1.1.13', 'sha512WithRSAEncryption', 'SHA-512'),
  ecdsa('1.2.840.10045.4.1', 'ecdsa-with-SHA1', 'SHA-1'),
  ecdsa('1.2.840.10045.4.3.1', 'ecdsa-with-SHA224', 'SHA-224'),
  ecdsa('1.2.840.10045.4.3.2', 'ecdsa-with-SHA256', 'SHA-256'),
  ecdsa('1.2.840.10045.4.3.3', 'ecdsa-with-SHA384', 'SHA-384'),
  ecdsa('1.2.840.10045.4.3.4', 'ecdsa-with-SHA512', 'SHA-512'),
];

export const SIGNATURE_ALGORITHM_BY_OID: ReadonlyMap<string, SignatureAlgorithmSpec> = new Map(
  SIGNATURE_ALGORITHMS.map((spec) => [spec.oid, spec]),
);

/** Names for OIDs people meet that Sectigo does not accept. */
export const OTHER_SIGNATURE_NAMES: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.10': 'RSASSA-PSS',
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
  '1.2.840.10040.4.3': 'dsa-with-SHA1',
  '2.16.840.1.101.3.4.3.2': 'dsa-with-SHA256',
};
