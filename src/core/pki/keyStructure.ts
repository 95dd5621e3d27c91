/**
 * Which private-key structure a bare DER blob (Base64 pasted without its PEM
 * label) has, told by shape alone, as openssl does when it tries each decoder:
 * - PKCS#8 PrivateKeyInfo (RFC 5208): SEQUENCE { INTEGER, SEQUENCE, OCTET STRING ... };
 * - EncryptedPrivateKeyInfo (RFC 5208): SEQUENCE { SEQUENCE, OCTET STRING };
 * - PKCS#1 RSAPrivateKey (RFC 8017 A.1.2): SEQUENCE of nine or more INTEGERs;
 * - SEC1 ECPrivateKey (RFC 5915): SEQUENCE { INTEGER 1, OCTET STRING, [0]?, [1]? }.
 */
import { TAG, content, readDer, type DerNode } from '../encoding/der';

export type KeyStructure =
  'PRIVATE KEY' | 'ENCRYPTED PRIVATE KEY' | 'RSA PRIVATE KEY' | 'EC PRIVATE KEY';

const isContext = (node: DerNode | undefined, number: number) => node?.tag === (0xa0 | number);

/** The PEM label the structure would carry, or null when it is none of them. */
export function keyStructure(der: Uint8Array): KeyStructure | null {
  let root: DerNode;
  try {
    root = readDer(der);
  } catch {
    return null;
  }
  if (root.tag !== TAG.SEQUENCE) return null;
  const [first, second, third] = root.children;
  if (first?.tag === TAG.INTEGER && second?.tag === TAG.SEQUENCE && third?.tag === TAG.OCTET_STRING)
    return 'PRIVATE KEY';
  if (first?.tag === TAG.SEQUENCE && second?.tag === TAG.OCTET_STRING && root.children.length === 2)
    return 'ENCRYPTED PRIVATE KEY';
  if (root.children.length >= 9 && root.children.every((node) => node.tag === TAG.INTEGER))
    return 'RSA PRIVATE KEY';
  if (
    first?.tag === TAG.INTEGER &&
    content(der, first).length === 1 &&
    content(der, first)[0] === 1 &&
    second?.tag === TAG.OCTET_STRING &&
    root.children
      .slice(2)
      .every((node, index) => isContext(node, index) || isContext(node, index + 1))
  )
    return 'EC PRIVATE KEY';
  return null;
}
