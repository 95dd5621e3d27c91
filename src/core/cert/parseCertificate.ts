/**
 * An X.509 certificate (RFC 5280 section 4.1) read with the strict DER reader
 * of encoding/der.ts: the parse consumes every byte and every value is in its
 * one DER form (X.690 clause 10), like everything the app decodes. Throws
 * DerError otherwise; the callers turn that into a message.
 */
import {
  DerError,
  TAG,
  canonicalProblems,
  child,
  content,
  decodeOid,
  expectTag,
  readDer,
  whole,
  type DerNode,
} from '../encoding/der';
import { CURVE_BY_OID, OID, UNSUPPORTED_KEY_TYPES } from '../pki/oids';
import { bytesToHex } from '@noble/hashes/utils.js';
import { OTHER_SIGNATURE_NAMES, SIGNATURE_ALGORITHM_BY_OID } from '../pki/signatureAlgorithms';
import {
  CERTIFICATE_SIGNATURE_NAMES,
  EXTENDED_KEY_USAGES,
  EXTENSION,
  KEY_USAGE_BITS,
} from './oids';
import { readGeneralNames } from './readGeneralNames';
import { readName, type ReadName } from './readName';
import type { CertificateKey, SubjectAltNames } from './types';

export interface ParsedCertificate {
  readonly der: Uint8Array;
  readonly version: number;
  readonly serialNumber: string;
  readonly signatureAlgorithm: string;
  readonly issuer: ReadName;
  readonly subject: ReadName;
  /** The DER of the issuer and subject Names, for exact comparison. */
  readonly issuerDer: Uint8Array;
  readonly subjectDer: Uint8Array;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** The whole SubjectPublicKeyInfo. */
  readonly spki: Uint8Array;
  readonly key: CertificateKey;
  readonly subjectAltNames: SubjectAltNames;
  readonly isCA: boolean;
  readonly pathLength?: number;
  readonly keyUsage: readonly string[];
  readonly extendedKeyUsage: readonly string[];
  readonly subjectKeyId?: string;
  readonly authorityKeyId?: string;
}

const NO_NAMES: SubjectAltNames = { dns: [], email: [], ip: [], uri: [], other: [] };

export function parseCertificate(der: Uint8Array): ParsedCertificate {
  const root = expectTag(readDer(der), TAG.SEQUENCE, 'Certificate');
  const problems = canonicalProblems(der, root);
  if (problems.length > 0) throw new DerError(`not DER: ${problems.join('; ')}`, 0);
  if (root.children.length !== 3)
    throw new DerError('a certificate has exactly three parts', root.start);
  const tbs = expectTag(child(root, 0, 'tbsCertificate'), TAG.SEQUENCE, 'tbsCertificate');
  const fields = [...tbs.children];

  let version = 1;
  if (fields[0]?.tag === 0xa0) {
    const versionNode = expectTag(child(fields[0], 0, 'version'), TAG.INTEGER, 'version');
    version = (content(der, versionNode)[0] ?? 0) + 1;
    fields.shift();
  }
  const [serial, , issuerNode, validity, subjectNode, spkiNode, ...rest] = fields;
  if (!serial || !issuerNode || !validity || !subjectNode || !spkiNode)
    throw new DerError('tbsCertificate is incomplete', tbs.start);

  const extensions = new Map<string, Uint8Array>();
  const extensionsNode = rest.find((node) => node.tag === 0xa3);
  for (const extension of extensionsNode?.children[0]?.children ?? []) {
    const id = decodeOid(
      content(der, expectTag(child(extension, 0, 'extension id'), TAG.OID, 'extension id')),
    );
    const last = extension.children[extension.children.length - 1];
    if (!last) continue;
    const value = content(der, expectTag(last, TAG.OCTET_STRING, 'extension value'));
    if (extensions.has(id)) throw new DerError(`extension ${id} appears twice`, extension.start);
    extensions.set(id, value);
  }

  const signatureOid = readAlgorithmOid(der, child(root, 1, 'signatureAlgorithm'));
  const constraints = readBasicConstraints(extensions.get(EXTENSION.basicConstraints));
  const san = extensions.get(EXTENSION.subjectAltName);
  const skid = extensions.get(EXTENSION.subjectKeyIdentifier);
  const akid = readAuthorityKeyId(extensions.get(EXTENSION.authorityKeyIdentifier));
  return {
    der,
    version,
    serialNumber: serialHex(content(der, expectTag(serial, TAG.INTEGER, 'serialNumber'))),
    signatureAlgorithm:
      SIGNATURE_ALGORITHM_BY_OID.get(signatureOid)?.name ??
      CERTIFICATE_SIGNATURE_NAMES[signatureOid] ??
      OTHER_SIGNATURE_NAMES[signatureOid] ??
      signatureOid,
    issuer: readName(der, issuerNode),
    subject: readName(der, subjectNode),
    issuerDer: whole(der, issuerNode),
    subjectDer: whole(der, subjectNode),
    notBefore: readTime(der, child(validity, 0, 'notBefore')),
    notAfter: readTime(der, child(validity, 1, 'notAfter')),
    spki: whole(der, spkiNode),
    key: readKey(der, spkiNode),
    subjectAltNames: san ? readGeneralNames(san) : NO_NAMES,
    isCA: constraints.isCA,
    ...(constraints.pathLength === undefined ? {} : { pathLength: constraints.pathLength }),
    keyUsage: readKeyUsage(extensions.get(EXTENSION.keyUsage)),
    extendedKeyUsage: readExtendedKeyUsage(extensions.get(EXTENSION.extendedKeyUsage)),
    ...(skid ? { subjectKeyId: bytesToHex(content(skid, readDer(skid))) } : {}),
    ...(akid ? { authorityKeyId: akid } : {}),
  };
}

function readAlgorithmOid(der: Uint8Array, node: DerNode): string {
  expectTag(node, TAG.SEQUENCE, 'AlgorithmIdentifier');
  return decodeOid(content(der, expectTag(child(node, 0, 'algorithm'), TAG.OID, 'algorithm')));
}

/** As `openssl x509 -serial`: the magnitude in upper-case hex, without DER's sign byte. */
function serialHex(bytes: Uint8Array): string {
  const magnitude =
    bytes.length > 1 && bytes[0] === 0 && ((bytes[1] ?? 0) & 0x80) !== 0
      ? bytes.subarray(1)
      : bytes;
  return bytesToHex(magnitude).toUpperCase();
}

/** UTCTime (YYMMDDHHMMSSZ, 1950-2049) or GeneralizedTime (YYYYMMDDHHMMSSZ), RFC 5280 4.1.2.5. */
function readTime(der: Uint8Array, node: DerNode): Date {
  const text = String.fromCharCode(...content(der, node));
  const match =
    node.tag === TAG.UTC_TIME
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
      : node.tag === TAG.GENERALIZED_TIME
        ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
        : null;
  if (!match) throw new DerError('validity time not in RFC 5280 form', node.start);
  const [, y = '', mo = '', d = '', h = '', mi = '', s = ''] = match;
  let year = Number(y);
  if (y.length === 2) year += year >= 50 ? 1900 : 2000;
  const date = new Date(
    Date.UTC(year, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)),
  );
  if (Number.isNaN(date.getTime())) throw new DerError('invalid validity time', node.start);
  return date;
}

function readKey(der: Uint8Array, spki: DerNode): CertificateKey {
  const algorithm = expectTag(child(spki, 0, 'key algorithm'), TAG.SEQUENCE, 'key algorithm');
  const keyOid = decodeOid(
    content(der, expectTag(child(algorithm, 0, 'key OID'), TAG.OID, 'key OID')),
  );
  const bits = content(der, expectTag(child(spki, 1, 'public key'), TAG.BIT_STRING, 'public key'));
  if (keyOid === OID.rsaEncryption) {
    const key = bits.subarray(1);
    const modulus = content(
      key,
      expectTag(child(readDer(key), 0, 'modulus'), TAG.INTEGER, 'modulus'),
    );
    return { type: 'RSA', bits: bitLength(modulus) };
  }
  if (keyOid === OID.ecPublicKey) {
    const params = algorithm.children[1];
    const curveOid = params?.tag === TAG.OID ? decodeOid(content(der, params)) : undefined;
    const curve = curveOid === undefined ? undefined : CURVE_BY_OID[curveOid];
    if (curve) return { type: 'EC', bits: Number(curve.slice(2)), curve };
    return { type: 'EC', curve: curveOid ?? 'explicit parameters' };
  }
  return { type: UNSUPPORTED_KEY_TYPES[keyOid] ?? keyOid };
}

function bitLength(integer: Uint8Array): number {
  let i = 0;
  while (i < integer.length - 1 && integer[i] === 0) i += 1;
  const top = integer[i] ?? 0;
  return (integer.length - i - 1) * 8 + (top === 0 ? 0 : 32 - Math.clz32(top));
}

function readBasicConstraints(value: Uint8Array | undefined): {
  isCA: boolean;
  pathLength?: number;
} {
  if (!value) return { isCA: false };
  const node = readDer(value);
  let isCA = false;
  let pathLength: number | undefined;
  for (const item of node.children) {
    const body = content(value, item);
    if (item.tag === TAG.BOOLEAN) isCA = body[0] === 0xff;
    else if (item.tag === TAG.INTEGER && body.length <= 4)
      pathLength = body.reduce((total, byte) => total * 256 + byte, 0);
  }
  return pathLength === undefined ? { isCA } : { isCA, pathLength };
}

function readKeyUsage(value: Uint8Array | undefined): string[] {
  if (!value) return [];
  const bits = content(value, expectTag(readDer(value), TAG.BIT_STRING, 'keyUsage'));
  return KEY_USAGE_BITS.filter((_, bit) => {
    const byte = bits[1 + Math.floor(bit / 8)] ?? 0;
    return (byte & (0x80 >> (bit % 8))) !== 0;
  });
}

function readExtendedKeyUsage(value: Uint8Array | undefined): string[] {
  if (!value) return [];
  return readDer(value).children.map((node) => {
    const oid = decodeOid(content(value, expectTag(node, TAG.OID, 'key purpose')));
    return EXTENDED_KEY_USAGES[oid] ?? oid;
  });
}

/** The keyIdentifier [0] of authorityKeyIdentifier (RFC 5280 4.2.1.1), lower-case hex. */
function readAuthorityKeyId(value: Uint8Array | undefined): string | undefined {
  if (!value) return undefined;
  const keyId = readDer(value).children.find((node) => node.tag === 0x80);
  return keyId ? bytesToHex(content(value, keyId)) : undefined;
}
