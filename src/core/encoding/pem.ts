/**
 * PEM and Base64, read leniently and written canonically. People paste CSRs
 * and keys with CRLF, indentation, `NEW CERTIFICATE REQUEST` headers, or no
 * headers at all (the documents allow "with or without the -----BEGIN xxxxx-----
 * header and footer").
 */
import { extractPemBlocks, wrapAsPem, type PemBlock } from './extractPemBlocks';

/** A complete, well-formed PEM block and the DER it holds. */
export interface DecodedPemBlock extends PemBlock {
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

/** Canonical PEM: 64-column Base64 between BEGIN/END lines, LF line ends, final newline. */
export function toPem(label: string, der: Uint8Array): string {
  return wrapAsPem(bytesToBase64(der), label);
}

/**
 * Every complete PEM block in the text, in order, as DER. The lenient scanning
 * (odd armour such as the `----- BEGIN CERTIFICATE -----` RequestAndCollectSMIME
 * prints, CRLF, indentation; linear on any input) is extractPemBlocks'; blocks
 * without an END line or with a damaged body are left out here.
 */
export function readPemBlocks(text: string): DecodedPemBlock[] {
  const blocks: DecodedPemBlock[] = [];
  for (const block of extractPemBlocks(text).blocks) {
    const der = block.terminated && block.wellFormedBase64 ? base64ToBytes(block.base64) : null;
    if (der) blocks.push({ ...block, der });
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
  const header = extractPemBlocks(trimmed).blocks[0];
  const bare = header || /-{3,10}[ \t]*BEGIN/i.test(trimmed) ? null : base64ToBytes(trimmed);
  if (bare) return { ok: true, der: bare, label: null, blocks: 0 };
  return {
    ok: false,
    reason: 'not-base64',
    label: header?.label ?? null,
  };
}
