/**
 * A PKCS#10 CertificationRequest (RFC 2986) read with the strict DER reader:
 * every part the inspector lints, with the ASN.1 string type of each subject
 * value kept (Sectigo wants a PrintableString country).
 */
import {
  DerError,
  TAG,
  child,
  content,
  decodeOid,
  expectTag,
  readDer,
  whole,
  type DerNode,
} from './der';

export interface SubjectAttribute {
  readonly oid: string;
  readonly value: string;
  /** ASN.1 universal tag of the value (0x13 PrintableString, 0x0c UTF8String ...). */
  readonly stringTag: number;
  /** More than one attribute in the same RDN. */
  readonly multiValued: boolean;
}

export interface DecodedExtension {
  readonly oid: string;
  readonly critical: boolean;
  readonly value: Uint8Array;
}

export interface DecodedCsr {
  readonly der: Uint8Array;
  readonly version: number;
  readonly subject: readonly SubjectAttribute[];
  readonly spki: Uint8Array;
  readonly keyAlgorithmOid: string;
  /** Curve OID for EC keys, when present. */
  readonly keyParamsOid: string | null;
  /** The subjectPublicKey BIT STRING content, without its unused-bits byte. */
  readonly publicKey: Uint8Array;
  readonly attributes: readonly { readonly oid: string; readonly values: readonly DerNode[] }[];
  readonly extensions: readonly DecodedExtension[];
  readonly dnsNames: readonly string[];
  readonly ipAddresses: readonly string[];
  readonly emailAddresses: readonly string[];
  /** Other SAN entry kinds (URI, directory name ...), by name. */
  readonly otherNames: readonly string[];
  readonly signedBytes: Uint8Array;
  readonly signatureOid: string;
  readonly signature: Uint8Array;
}

const EXTENSION_REQUEST = '1.2.840.113549.1.9.14';
const SUBJECT_ALT_NAME = '2.5.29.17';

const latin1 = (bytes: Uint8Array) => {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
};

/** Decodes a directory string by its ASN.1 type. */
export function decodeString(tag: number, bytes: Uint8Array): string {
  switch (tag) {
    case TAG.UTF8_STRING:
      return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    case TAG.BMP_STRING: {
      let text = '';
      for (let i = 0; i + 1 < bytes.length; i += 2)
        text += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
      return text;
    }
    case TAG.UNIVERSAL_STRING: {
      let text = '';
      for (let i = 0; i + 3 < bytes.length; i += 4) {
        const code =
          (((bytes[i] ?? 0) << 24) |
            ((bytes[i + 1] ?? 0) << 16) |
            ((bytes[i + 2] ?? 0) << 8) |
            (bytes[i + 3] ?? 0)) >>>
          0;
        text += code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      }
      return text;
    }
    default:
      return latin1(bytes);
  }
}

function formatIp(bytes: Uint8Array): string {
  if (bytes.length === 4) return [...bytes].join('.');
  if (bytes.length === 16) {
    const groups: number[] = [];
    for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
    // RFC 5952: the longest run of two or more zero groups becomes "::".
    let best = { start: -1, length: 0 };
    for (let i = 0; i < 8;) {
      let j = i;
      while (j < 8 && groups[j] === 0) j += 1;
      if (j - i > best.length && j - i >= 2) best = { start: i, length: j - i };
      i = j === i ? i + 1 : j;
    }
    const hex = groups.map((group) => group.toString(16));
    if (best.start === -1) return hex.join(':');
    return `${hex.slice(0, best.start).join(':')}::${hex.slice(best.start + best.length).join(':')}`;
  }
  return `(${bytes.length}-byte address)`;
}

function readSubject(der: Uint8Array, name: DerNode): SubjectAttribute[] {
  expectTag(name, TAG.SEQUENCE, 'subject Name');
  const out: SubjectAttribute[] = [];
  for (const rdn of name.children) {
    expectTag(rdn, TAG.SET, 'RelativeDistinguishedName');
    for (const atv of rdn.children) {
      const type = expectTag(child(atv, 0, 'attribute type'), TAG.OID, 'attribute type');
      const value = child(atv, 1, 'attribute value');
      out.push({
        oid: decodeOid(content(der, type)),
        value: decodeString(value.tag, content(der, value)),
        stringTag: value.tag,
        multiValued: rdn.children.length > 1,
      });
    }
  }
  return out;
}

function readSan(value: Uint8Array) {
  const names = {
    dnsNames: [] as string[],
    ipAddresses: [] as string[],
    emailAddresses: [] as string[],
    otherNames: [] as string[],
  };
  const root = readDer(value);
  for (const entry of root.children) {
    const body = content(value, entry);
    switch (entry.tag) {
      case 0x81:
        names.emailAddresses.push(latin1(body));
        break;
      case 0x82:
        names.dnsNames.push(latin1(body));
        break;
      case 0x87:
        names.ipAddresses.push(formatIp(body));
        break;
      case 0x86:
        names.otherNames.push(`URI:${latin1(body)}`);
        break;
      default:
        names.otherNames.push(`[${entry.tagNumber}]`);
    }
  }
  return names;
}

/** Decodes a CSR; throws DerError when it is not strict DER or not shaped like a CSR. */
export function decodeCsr(der: Uint8Array): DecodedCsr {
  const root = expectTag(readDer(der), TAG.SEQUENCE, 'CertificationRequest');
  const info = expectTag(
    child(root, 0, 'certificationRequestInfo'),
    TAG.SEQUENCE,
    'certificationRequestInfo',
  );
  const versionNode = expectTag(child(info, 0, 'version'), TAG.INTEGER, 'version');
  const versionBytes = content(der, versionNode);
  const version = versionBytes.length === 1 ? (versionBytes[0] ?? -1) : -1;
  const subject = readSubject(der, child(info, 1, 'subject'));
  const spkiNode = expectTag(child(info, 2, 'subjectPKInfo'), TAG.SEQUENCE, 'subjectPKInfo');
  const algorithm = expectTag(
    child(spkiNode, 0, 'key algorithm'),
    TAG.SEQUENCE,
    'AlgorithmIdentifier',
  );
  const keyAlgorithmOid = decodeOid(
    content(der, expectTag(child(algorithm, 0, 'key algorithm OID'), TAG.OID, 'key algorithm OID')),
  );
  const params = algorithm.children[1];
  const keyParamsOid = params?.tag === TAG.OID ? decodeOid(content(der, params)) : null;
  const bitString = content(
    der,
    expectTag(child(spkiNode, 1, 'subjectPublicKey'), TAG.BIT_STRING, 'subjectPublicKey'),
  );

  const attributes: { oid: string; values: readonly DerNode[] }[] = [];
  const extensions: DecodedExtension[] = [];
  const attributesNode = info.children[3];
  if (attributesNode) {
    if (attributesNode.tag !== 0xa0) expectTag(attributesNode, 0xa0, 'attributes [0]');
    for (const attribute of attributesNode.children) {
      const attrOid = decodeOid(
        content(der, expectTag(child(attribute, 0, 'attribute type'), TAG.OID, 'attribute type')),
      );
      const values = expectTag(
        child(attribute, 1, 'attribute values'),
        TAG.SET,
        'attribute values',
      );
      attributes.push({ oid: attrOid, values: values.children });
      if (attrOid === EXTENSION_REQUEST) {
        for (const extensionsNode of values.children) {
          for (const extension of extensionsNode.children) {
            const extOid = decodeOid(
              content(der, expectTag(child(extension, 0, 'extension id'), TAG.OID, 'extension id')),
            );
            const second = child(extension, 1, 'extension value');
            const critical = second.tag === TAG.BOOLEAN && (content(der, second)[0] ?? 0) !== 0;
            const valueNode = expectTag(
              second.tag === TAG.BOOLEAN ? child(extension, 2, 'extension value') : second,
              TAG.OCTET_STRING,
              'extension value',
            );
            extensions.push({ oid: extOid, critical, value: content(der, valueNode) });
          }
        }
      }
    }
  }
  if (info.children.length > 4)
    throw new DerError(
      'unexpected fields in certificationRequestInfo',
      info.children[4]?.start ?? 0,
    );

  const san = extensions.find((extension) => extension.oid === SUBJECT_ALT_NAME);
  const names = san
    ? readSan(san.value)
    : { dnsNames: [], ipAddresses: [], emailAddresses: [], otherNames: [] };
  const signatureAlgorithm = expectTag(
    child(root, 1, 'signatureAlgorithm'),
    TAG.SEQUENCE,
    'signatureAlgorithm',
  );
  const signatureOid = decodeOid(
    content(
      der,
      expectTag(child(signatureAlgorithm, 0, 'signature OID'), TAG.OID, 'signature OID'),
    ),
  );
  const signatureBits = content(
    der,
    expectTag(child(root, 2, 'signature'), TAG.BIT_STRING, 'signature'),
  );
  if (root.children.length > 3)
    throw new DerError('unexpected fields after the signature', root.children[3]?.start ?? 0);

  return {
    der,
    version,
    subject,
    spki: whole(der, spkiNode),
    keyAlgorithmOid,
    keyParamsOid,
    publicKey: bitString.subarray(1),
    attributes,
    extensions,
    ...names,
    signedBytes: whole(der, info),
    signatureOid,
    signature: signatureBits.subarray(1),
  };
}
