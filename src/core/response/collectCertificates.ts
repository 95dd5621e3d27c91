/**
 * Adds the certificates (and PKCS#7 structures) found in a piece of a
 * response to the draft, with notes on anything lenient or left out.
 */
import type { Draft } from './draft';
import { extractPemBlocks, isWellFormedBase64, wrapAsPem } from '../encoding/extractPemBlocks';
import { labelForBase64Der } from './labelForBase64Der';

export interface CollectOptions {
  /** Where the text came from, for the notes ("g_ccc", "line 3 on" ...). */
  readonly where: string;
  /** Form-decoded text: spaces inside Base64 may have been `+`. */
  readonly spacesMayBePlus?: boolean;
  /** Accept Base64 without armour (g_ccc, RequestAndCollectSMIME lines). */
  readonly bareBase64?: boolean;
}

/** Returns true when anything certificate-like (PEM or Base64) was found. */
export function collectCertificates(draft: Draft, text: string, options: CollectOptions): boolean {
  const extraction = extractPemBlocks(text, {
    spacesMayBePlus: options.spacesMayBePlus === true,
  });
  const { where } = options;
  const lenient: number[] = [];
  const unterminated: number[] = [];
  const malformed: number[] = [];
  for (const [index, block] of extraction.blocks.entries()) {
    const name = `PEM block ${index + 1} (${where})`;
    if (block.label.includes('PRIVATE KEY')) {
      draft.note(
        `${name} is a private key (${block.label}); it was left out. A private key must never be sent or shared: if it was, make a new key.`,
      );
      continue;
    }
    if (!isCertificateLabel(block.label)) {
      draft.note(`${name} is a ${block.label}, not a certificate; it was left out.`);
      continue;
    }
    draft.certificates.push(block.pem);
    if (block.lenientArmour) lenient.push(index + 1);
    if (!block.terminated) unterminated.push(index + 1);
    if (!block.wellFormedBase64) malformed.push(index + 1);
  }
  const blocks = (numbers: number[]) =>
    `${numbers.length === 1 ? 'PEM block' : 'PEM blocks'} ${numbers.join(', ')} (${where})`;
  if (lenient.length > 0)
    draft.note(`${blocks(lenient)}: BEGIN/END lines not in standard PEM form; normalised.`);
  if (unterminated.length > 0)
    draft.note(`${blocks(unterminated)}: no END line; read to the next block or the end.`);
  if (malformed.length > 0)
    draft.note(`${blocks(malformed)}: not well-formed Base64 (a placeholder or a damaged copy?).`);
  if (extraction.truncated)
    draft.note(`Only the first ${extraction.blocks.length} PEM blocks in ${where} were read.`);
  if (extraction.spacesReadAsPlus)
    draft.note(
      `Spaces inside the Base64 in ${where} were read as "+": the value was not URL-encoded, so form decoding had turned each "+" into a space.`,
    );
  if (extraction.blocks.length > 0 || options.bareBase64 !== true)
    return extraction.blocks.length > 0;

  const base64 = text.replace(/\s+/g, '');
  if (base64 === '' || !isWellFormedBase64(base64)) return false;
  const label = labelForBase64Der(base64);
  if (label === undefined) {
    draft.note(
      `${where} holds Base64 data that is neither a certificate nor PKCS#7; it is shown as a field only.`,
    );
    return true;
  }
  draft.certificates.push(wrapAsPem(base64, label));
  draft.note(`${where} holds Base64 without PEM lines; it was wrapped as ${label} PEM.`);
  return true;
}

/** CERTIFICATE, X509 CERTIFICATE, TRUSTED CERTIFICATE, PKCS7, CMS; not CERTIFICATE REQUEST. */
function isCertificateLabel(label: string): boolean {
  if (label.includes('REQUEST')) return false;
  return label.endsWith('CERTIFICATE') || label === 'PKCS7' || label === 'CMS';
}
