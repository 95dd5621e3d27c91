/**
 * A strict DER reader and a small DER writer. Strict on purpose: a CSR that
 * only decodes leniently (indefinite lengths, non-minimal lengths, trailing
 * bytes) is one Sectigo may reject (-10), so the inspector reports it rather
 * than silently accepting it. Used for keys, CSRs and PKCS#8/PBES2 structures.
 */
import { concatBytes } from '@noble/hashes/utils.js';

export class DerError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} (at byte ${offset})`);
    this.name = 'DerError';
  }
}

export interface DerNode {
  /**
   * The first identifier octet: class, constructed bit and tag number. For a
   * high tag number (31 or more) its low five bits are all ones and the
   * number is in `tagNumber`.
   */
  readonly tag: number;
  /** The tag number within its class (X.690 section 8.1.2), low or high form. */
  readonly tagNumber: number;
  readonly constructed: boolean;
  /** Offset of the identifier octet. */
  readonly start: number;
  /** Offset of the first content byte. */
  readonly contentStart: number;
  /** Offset just past the content. */
  readonly end: number;
  readonly children: readonly DerNode[];
}

export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  T61_STRING: 0x14,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  UNIVERSAL_STRING: 0x1c,
  BMP_STRING: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** DirectoryString: PrintableString, TeletexString, BMPString, UniversalString or UTF8String (autoapplyorder-guide-v2.txt, "csr", Note). */
export const DIRECTORY_STRING_TAGS: ReadonlySet<number> = new Set<number>([
  TAG.PRINTABLE_STRING,
  TAG.T61_STRING,
  TAG.BMP_STRING,
  TAG.UNIVERSAL_STRING,
  TAG.UTF8_STRING,
]);

/** Nesting this deep is never a real certificate structure; it bounds the work on hostile input. */
const MAX_DEPTH = 64;

/**
 * Parses one DER element that must span `bytes` exactly. Throws DerError on
 * anything that is not strict DER. Children are parsed for constructed
 * elements only (primitive OCTET/BIT STRING contents are left to the caller).
 */
export function readDer(bytes: Uint8Array): DerNode {
  const node = readElement(bytes, 0, bytes.length, 0);
  if (node.end !== bytes.length) {
    throw new DerError(
      `${bytes.length - node.end} trailing byte(s) after the DER structure`,
      node.end,
    );
  }
  return node;
}

/** Tag numbers this large appear in no PKI structure; the bound keeps the arithmetic exact. */
const MAX_TAG_NUMBER_OCTETS = 4;

/**
 * The tag number of the element at `offset`: the low five bits, or for 31 and
 * above the base-128 octets that follow (X.690 section 8.1.2.4), in DER's
 * minimal form only: no leading 0x80 octet, and no high form for numbers below 31.
 */
function readTagNumber(
  bytes: Uint8Array,
  offset: number,
  limit: number,
): { tagNumber: number; next: number } {
  const low = (bytes[offset] ?? 0) & 0x1f;
  if (low !== 0x1f) return { tagNumber: low, next: offset + 1 };
  let cursor = offset + 1;
  if (cursor >= limit) throw new DerError('truncated tag number', cursor);
  if (bytes[cursor] === 0x80) throw new DerError('tag number not minimally encoded', cursor);
  let tagNumber = 0;
  for (let octets = 1; ; octets += 1) {
    if (cursor >= limit) throw new DerError('truncated tag number', cursor);
    if (octets > MAX_TAG_NUMBER_OCTETS) throw new DerError('tag number too large', offset);
    const byte = bytes[cursor] ?? 0;
    tagNumber = tagNumber * 128 + (byte & 0x7f);
    cursor += 1;
    if ((byte & 0x80) === 0) break;
  }
  if (tagNumber < 31)
    throw new DerError(`tag number ${tagNumber} in high-tag form (DER uses one octet)`, offset);
  return { tagNumber, next: cursor };
}

/** Parses one element inside `bytes[offset, limit)`; children too, when constructed. */
export function readElement(bytes: Uint8Array, offset: number, limit: number, depth = 0): DerNode {
  if (depth > MAX_DEPTH) throw new DerError('structure nested too deeply', offset);
  if (offset >= limit) throw new DerError('unexpected end of data', offset);
  const tag = bytes[offset] ?? 0;
  const constructed = (tag & 0x20) !== 0;
  const { tagNumber, next: cursorAfterTag } = readTagNumber(bytes, offset, limit);
  let cursor = cursorAfterTag;
  if (cursor >= limit) throw new DerError('missing length', cursor);
  const first = bytes[cursor] ?? 0;
  cursor += 1;
  let length: number;
  if (first < 0x80) {
    length = first;
  } else if (first === 0x80) {
    throw new DerError('indefinite length (BER, not DER)', cursor - 1);
  } else {
    const count = first & 0x7f;
    if (count > 4) throw new DerError('length too large', cursor - 1);
    if (cursor + count > limit) throw new DerError('truncated length', cursor);
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + (bytes[cursor + i] ?? 0);
    if ((bytes[cursor] ?? 0) === 0 || length < 0x80) {
      throw new DerError('length not minimally encoded (BER, not DER)', cursor - 1);
    }
    cursor += count;
  }
  const end = cursor + length;
  if (end > limit) throw new DerError('length runs past the end of the data', cursor);
  const children: DerNode[] = [];
  if (constructed) {
    let child = cursor;
    while (child < end) {
      const node = readElement(bytes, child, end, depth + 1);
      children.push(node);
      child = node.end;
    }
  }
  return { tag, tagNumber, constructed, start: offset, contentStart: cursor, end, children };
}

const CLASS_NAMES = ['UNIVERSAL', 'APPLICATION', 'context-specific', 'PRIVATE'] as const;

/** The tag as ASN.1 writes it: "[APPLICATION 32]", "[0]", "[UNIVERSAL 12]". */
export function describeTag(node: DerNode): string {
  const tagClass = CLASS_NAMES[node.tag >> 6] ?? 'UNIVERSAL';
  return tagClass === 'context-specific'
    ? `[${node.tagNumber}]`
    : `[${tagClass} ${node.tagNumber}]`;
}

/** A universal-class element (tag class bits 00). */
export const isUniversal = (node: DerNode): boolean => node.tag >> 6 === 0;

export const content = (bytes: Uint8Array, node: DerNode): Uint8Array =>
  bytes.subarray(node.contentStart, node.end);

export const whole = (bytes: Uint8Array, node: DerNode): Uint8Array =>
  bytes.subarray(node.start, node.end);

/** The node's child at `index`, or a DerError naming what was expected. */
export function child(node: DerNode, index: number, what: string): DerNode {
  const found = node.children[index];
  if (!found) throw new DerError(`missing ${what}`, node.contentStart);
  return found;
}

export function expectTag(node: DerNode, tag: number, what: string): DerNode {
  if (node.tag !== tag) {
    throw new DerError(
      `expected ${what} (tag 0x${tag.toString(16)}), found tag 0x${node.tag.toString(16)}`,
      node.start,
    );
  }
  return node;
}

// --- OIDs -----------------------------------------------------------------

export function decodeOid(bytes: Uint8Array): string {
  if (bytes.length === 0 || bytes.length > 64) throw new DerError('bad OBJECT IDENTIFIER', 0);
  const arcs: number[] = [];
  let value = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] ?? 0;
    if (value === 0 && byte === 0x80)
      throw new DerError('OBJECT IDENTIFIER not minimally encoded', i);
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 256)
      throw new DerError('OBJECT IDENTIFIER arc too large', i);
    if ((byte & 0x80) === 0) {
      if (arcs.length === 0) {
        const first = value < 80 ? Math.floor(value / 40) : 2;
        arcs.push(first, value - first * 40);
      } else {
        arcs.push(value);
      }
      value = 0;
    } else if (i === bytes.length - 1) {
      throw new DerError('truncated OBJECT IDENTIFIER', i);
    }
  }
  return arcs.join('.');
}

export function encodeOid(oid: string): Uint8Array {
  const arcs = oid.split('.').map(Number);
  const [a = 0, b = 0, ...rest] = arcs;
  const out: number[] = [];
  for (const arc of [a * 40 + b, ...rest]) {
    const chunk: number[] = [arc & 0x7f];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128)) {
      chunk.unshift((value & 0x7f) | 0x80);
    }
    out.push(...chunk);
  }
  return Uint8Array.from(out);
}

// --- writer ---------------------------------------------------------------

function encodeLength(length: number): Uint8Array {
  if (length < 0x80) return Uint8Array.of(length);
  const bytes: number[] = [];
  for (let value = length; value > 0; value = Math.floor(value / 256)) bytes.unshift(value & 0xff);
  return Uint8Array.from([0x80 | bytes.length, ...bytes]);
}

export function tlv(tag: number, body: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(tag), encodeLength(body.length), body);
}

export const seq = (...items: Uint8Array[]) => tlv(TAG.SEQUENCE, concatBytes(...items));
export const oid = (dotted: string) => tlv(TAG.OID, encodeOid(dotted));
export const octets = (body: Uint8Array) => tlv(TAG.OCTET_STRING, body);
export const nullValue = () => Uint8Array.of(TAG.NULL, 0);

/** A non-negative INTEGER from a small number. */
export function int(value: number): Uint8Array {
  const bytes: number[] = [];
  for (let v = value; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  if (bytes.length === 0 || (bytes[0] ?? 0) & 0x80) bytes.unshift(0);
  return tlv(TAG.INTEGER, Uint8Array.from(bytes));
}

/** Context-specific constructed [n]. */
export const explicit = (n: number, body: Uint8Array) => tlv(0xa0 | n, body);

/** Reads a non-negative INTEGER that fits a JS number. */
export function readSmallInt(bytes: Uint8Array, node: DerNode, what: string): number {
  expectTag(node, TAG.INTEGER, what);
  const body = content(bytes, node);
  if (body.length === 0 || body.length > 6) throw new DerError(`${what} out of range`, node.start);
  let value = 0;
  for (const byte of body) value = value * 256 + byte;
  return value;
}

/**
 * DER rules the length checks of readElement do not cover, found by walking the
 * tree: minimal INTEGERs, BOOLEANs of 0x00/0xFF, BIT STRING unused-bit counts
 * below 8. Each is a place where re-encoding the value would give other bytes.
 */
export function canonicalProblems(bytes: Uint8Array, node: DerNode, out: string[] = []): string[] {
  if (out.length >= 5) return out;
  const body = content(bytes, node);
  if (node.tag === TAG.INTEGER) {
    if (body.length === 0) out.push(`empty INTEGER at byte ${node.start}`);
    else if (
      body.length > 1 &&
      ((body[0] === 0 && ((body[1] ?? 0) & 0x80) === 0) ||
        (body[0] === 0xff && ((body[1] ?? 0) & 0x80) !== 0))
    ) {
      out.push(`INTEGER with redundant leading byte at byte ${node.start}`);
    }
  } else if (
    node.tag === TAG.BOOLEAN &&
    (body.length !== 1 || (body[0] !== 0 && body[0] !== 0xff))
  ) {
    out.push(`BOOLEAN not encoded as 0x00 or 0xFF at byte ${node.start}`);
  } else if (node.tag === TAG.BIT_STRING && (body.length === 0 || (body[0] ?? 0) > 7)) {
    out.push(`BIT STRING with a bad unused-bits count at byte ${node.start}`);
  }
  for (const item of node.children) canonicalProblems(bytes, item, out);
  return out;
}
