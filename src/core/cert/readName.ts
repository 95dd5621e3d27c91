/**
 * Distinguished names (RFC 5280 section 4.1.2.4): the attributes in
 * certificate order, and the RFC 2253 string OpenSSL prints with
 * `-nameopt RFC2253` (most specific RDN first, special characters escaped).
 */
import { TAG, child, content, decodeOid, expectTag, type DerNode } from '../encoding/der';
import { decodeString } from '../encoding/decodeCsr';
import { ATTRIBUTE_NAMES } from './oids';
import type { NameAttribute } from './types';

export interface ReadName {
  readonly attributes: NameAttribute[];
  /** The RFC 2253 string. */
  readonly text: string;
}

export function readName(der: Uint8Array, name: DerNode): ReadName {
  expectTag(name, TAG.SEQUENCE, 'Name');
  const rdns: NameAttribute[][] = [];
  for (const rdn of name.children) {
    expectTag(rdn, TAG.SET, 'RelativeDistinguishedName');
    rdns.push(
      rdn.children.map((atv) => {
        const oid = decodeOid(
          content(der, expectTag(child(atv, 0, 'attribute type'), TAG.OID, 'attribute type')),
        );
        const value = child(atv, 1, 'attribute value');
        return {
          type: ATTRIBUTE_NAMES[oid] ?? oid,
          oid,
          value: decodeString(value.tag, content(der, value)),
          multiValued: rdn.children.length > 1,
        };
      }),
    );
  }
  return { attributes: rdns.flat(), text: formatName(rdns) };
}

/** RFC 2253 / RFC 4514: RDNs in reverse order, joined by `,`; multi-valued RDNs by `+`. */
function formatName(rdns: readonly (readonly NameAttribute[])[]): string {
  return [...rdns]
    .reverse()
    .map((rdn) =>
      rdn.map((attribute) => `${attribute.type}=${escapeValue(attribute.value)}`).join('+'),
    )
    .join(',');
}

/** RFC 4514 section 2.4: `"+,;<>\` anywhere, `#` or space first, space last, NUL. */
function escapeValue(value: string): string {
  let out = value.replace(/["+,;<>\\]/g, (special) => `\\${special}`).replaceAll('\0', '\\00');
  if (out.startsWith('#') || out.startsWith(' ')) out = `\\${out}`;
  if (out.endsWith(' ') && out.length > 1) out = `${out.slice(0, -1)}\\ `;
  return out;
}

/** Names compared as RFC 5280 section 7.1 allows in practice: case and spacing folded. */
export function sameName(a: readonly NameAttribute[], b: readonly NameAttribute[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((attribute, index) => {
    const other = b[index];
    return (
      other !== undefined &&
      other.oid === attribute.oid &&
      fold(other.value) === fold(attribute.value)
    );
  });
}

const fold = (value: string) => value.trim().replace(/\s+/g, ' ').toLowerCase();
