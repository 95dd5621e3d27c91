/**
 * PEM and Base64, read leniently and written canonically. People paste CSRs
 * and keys with CRLF, indentation, `NEW CERTIFICATE REQUEST` headers, or no
 * headers at all (the documents allow "with or without the -----BEGIN xxxxx-----
 * header and footer").
 */

export interface PemBlock {
  /** The label between BEGIN and END, upper-case, single-spaced ("CERTIFICATE REQUEST"). */
  readonly label: string;
  readonly der: Uint8Array;
}

const BASE64_BODY = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes Base64 (white space ignored); null when it is not Base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  const body = text.replace(/[\s]+/g, '');
  if (body.length === 0 || body.length % 4 === 1 || !BASE64_BODY.test(body)) return null;
  const padded = body.padEnd(Math.ceil(body.length / 4) * 4, '=');
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Canonical PEM: 64-column Base64 between BEGIN/END lines, LF line ends, final newline. */
export function toPem(label: string, der: Uint8Array): string {
  const lines = bytesToBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/**
 * Lenient armour: 3 or more dashes, optional spaces, any case. The
 * RequestAndCollectSMIME sample prints `----- BEGIN CERTIFICATE -----` and a
 * four-dash END, so those must be read too. Repetition counts are bounded so a
 * hostile paste (a megabyte of dashes) cannot make the scan quadratic.
 */
const BEGIN = /-{3,10}[ \t]*BEGIN[ \t]+([A-Z0-9][A-Z0-9 ]{0,63}?)[ \t]*-{3,10}/gi;
const END = /-{3,10}[ \t]*END[ \t]+([A-Z0-9][A-Z0-9 ]{0,63}?)[ \t]*-{3,10}/gi;

const normaliseLabel = (label: string) => label.toUpperCase().trim().replace(/\s+/g, ' ');

/** Every PEM block in the text, in order. Blocks whose body is not Base64 are skipped. */
export function readPemBlocks(text: string): PemBlock[] {
  const ends = [...text.matchAll(END)];
  const blocks: PemBlock[] = [];
  let endIndex = 0;
  let consumed = 0;
  for (const begin of text.matchAll(BEGIN)) {
    const bodyStart = begin.index + begin[0].length;
    if (begin.index < consumed) continue;
    // Both lists are in text order, so one forward pointer pairs them in linear time.
    while (endIndex < ends.length && (ends[endIndex]?.index ?? 0) < bodyStart) endIndex += 1;
    const end = ends[endIndex];
    if (!end) break;
    const der = base64ToBytes(text.slice(bodyStart, end.index));
    if (der) blocks.push({ label: normaliseLabel(begin[1] ?? ''), der });
    consumed = end.index + end[0].length;
    endIndex += 1;
  }
  return blocks;
}

export type ReadDerResult =
  | {
      readonly ok: true;
      readonly der: Uint8Array;
      readonly label: string | null;
      readonly blocks: number;
    }
  | { readonly ok: false; readonly reason: 'empty' | 'not-base64'; readonly label: string | null };

/**
 * One DER object from pasted text: the first PEM block with one of the wanted
 * labels, else the first block, else the whole text as bare Base64.
 */
export function readDerFromText(text: string, wanted: readonly string[] = []): ReadDerResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty', label: null };
  const blocks = readPemBlocks(trimmed);
  const chosen = blocks.find((block) => wanted.includes(block.label)) ?? blocks[0];
  if (chosen) return { ok: true, der: chosen.der, label: chosen.label, blocks: blocks.length };
  BEGIN.lastIndex = 0;
  const header = new RegExp(BEGIN.source, 'i').exec(trimmed);
  const bare = header ? null : base64ToBytes(trimmed);
  if (bare) return { ok: true, der: bare, label: null, blocks: 0 };
  return {
    ok: false,
    reason: 'not-base64',
    label: header?.[1] ? normaliseLabel(header[1]) : null,
  };
}
