/**
 * Finds PEM blocks in any text, leniently: RequestAndCollectSMIME's document
 * prints its armour as `----- BEGIN CERTIFICATE -----` and ends the last block
 * with a four-dash `---- END CERTIFICATE -----`, pushed PEM may arrive on one
 * line, with CRLF, indented, or with `+` turned into spaces by form decoding.
 * Each block comes out normalised: five-dash armour, Base64 in 64-character lines.
 *
 * Hand-written scanning (indexOf and bounded look-around) rather than one big
 * regular expression, so that no input makes it backtrack.
 */
/** PEM blocks read per text by default: far more than any response, CSR or key file holds. */
export const MAX_PEM_BLOCKS = 64;

export interface PemBlock {
  /** The armour label, upper-case words separated by single spaces (CERTIFICATE, PKCS7 ...). */
  readonly label: string;
  /** Normalised PEM, ending with a line break. */
  readonly pem: string;
  /** The Base64 body without white space. */
  readonly base64: string;
  /** The body is well-formed Base64 (alphabet, padding, length a multiple of 4). */
  readonly wellFormedBase64: boolean;
  /** The armour was not the standard `-----BEGIN X-----` / `-----END X-----`. */
  readonly lenientArmour: boolean;
  /** False when the block had no END line (it ran to the next BEGIN or the end). */
  readonly terminated: boolean;
}

export interface PemExtraction {
  readonly blocks: readonly PemBlock[];
  /** True when more than `maxBlocks` blocks were present. */
  readonly truncated: boolean;
  /** True when spaces inside the Base64 were read as `+` (see `spacesMayBePlus`). */
  readonly spacesReadAsPlus: boolean;
}

export interface PemOptions {
  /**
   * The text came through form decoding, where an unencoded `+` becomes a space:
   * spaces inside a body line with no `+` anywhere are read back as `+`.
   */
  readonly spacesMayBePlus?: boolean;
  readonly maxBlocks?: number;
}

interface Marker {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly standard: boolean;
}

const MAX_LABEL = 64;
const MAX_DASHES = 64;

export function extractPemBlocks(text: string, options: PemOptions = {}): PemExtraction {
  const maxBlocks = options.maxBlocks ?? MAX_PEM_BLOCKS;
  const blocks: PemBlock[] = [];
  let spacesReadAsPlus = false;
  let truncated = false;
  if (!text.includes('BEGIN')) return { blocks, truncated, spacesReadAsPlus };

  // Every search resumes after the last marker found, so the text is scanned
  // linearly. Once no END follows a BEGIN, none follows any later one either.
  let begin = findMarker(text, 'BEGIN', 0);
  let end = begin === undefined ? undefined : findMarker(text, 'END', begin.end);
  while (begin !== undefined) {
    if (blocks.length >= maxBlocks) {
      truncated = true;
      break;
    }
    if (end !== undefined && end.start < begin.end) end = findMarker(text, 'END', begin.end);
    const nextBegin = findMarker(text, 'BEGIN', begin.end);
    const closing =
      end !== undefined && (nextBegin === undefined || end.start < nextBegin.start)
        ? end
        : undefined;
    const bodyEnd = closing?.start ?? nextBegin?.start ?? text.length;
    const block = buildBlock(
      begin,
      closing,
      text.slice(begin.end, bodyEnd),
      options.spacesMayBePlus === true,
    );
    if (block !== undefined) {
      blocks.push(block.block);
      spacesReadAsPlus ||= block.spacesReadAsPlus;
    }
    begin = nextBegin;
  }
  return { blocks, truncated, spacesReadAsPlus };
}

function buildBlock(
  begin: Marker,
  end: Marker | undefined,
  body: string,
  spacesMayBePlus: boolean,
): { block: PemBlock; spacesReadAsPlus: boolean } | undefined {
  let spacesReadAsPlus = false;
  let source = body;
  if (spacesMayBePlus && !body.includes('+') && hasInnerSpace(body)) {
    source = spacesToPlus(body);
    spacesReadAsPlus = true;
  }
  const base64 = source.replace(/\s+/g, '');
  if (base64 === '') return undefined;
  const label = begin.label;
  return {
    block: {
      label,
      pem: wrapAsPem(base64, label),
      base64,
      wellFormedBase64: isWellFormedBase64(base64),
      lenientArmour:
        !begin.standard || (end !== undefined && (!end.standard || end.label !== label)),
      terminated: end !== undefined,
    },
    spacesReadAsPlus,
  };
}

/** Wraps Base64 (no white space) as PEM under `label`. */
export function wrapAsPem(base64: string, label: string): string {
  return `-----BEGIN ${label}-----\n${wrap64(base64)}-----END ${label}-----\n`;
}

function wrap64(base64: string): string {
  const lines: string[] = [];
  for (let index = 0; index < base64.length; index += 64)
    lines.push(base64.slice(index, index + 64));
  return `${lines.join('\n')}\n`;
}

/** Base64 alphabet, `=` only as one or two trailing pads, length a multiple of 4. */
export function isWellFormedBase64(base64: string): boolean {
  if (base64.length === 0 || base64.length % 4 !== 0) return false;
  let pads = 0;
  for (let index = 0; index < base64.length; index++) {
    const code = base64.charCodeAt(index);
    if (code === 61 /* = */) {
      pads++;
      continue;
    }
    if (pads > 0 || !isBase64Char(code)) return false;
  }
  return pads <= 2;
}

function isBase64Char(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 43 ||
    code === 47
  );
}

/** A space or tab between two non-space characters of one line. */
function hasInnerSpace(body: string): boolean {
  for (const line of body.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.includes(' ') || trimmed.includes('\t')) return true;
  }
  return false;
}

function spacesToPlus(body: string): string {
  return body
    .split('\n')
    .map((line) => line.trim().replaceAll(' ', '+'))
    .join('\n');
}

/**
 * The next `-{3,} ?KEYWORD LABEL ?-{3,}` at or after `from`. Dashes are
 * counted up to a bound and spaces next to them are optional, so the
 * document's `----- BEGIN CERTIFICATE -----` and `---- END ...` are accepted.
 */
function findMarker(text: string, keyword: 'BEGIN' | 'END', from: number): Marker | undefined {
  let search = from;
  for (;;) {
    const at = text.indexOf(keyword, search);
    if (at < 0) return undefined;
    search = at + 1;
    const marker = markerAt(text, keyword, at);
    if (marker !== undefined && marker.start >= from) return marker;
  }
}

function markerAt(text: string, keyword: string, at: number): Marker | undefined {
  // Backwards: at most two spaces, then at least three dashes.
  let cursor = at - 1;
  let spacesBefore = 0;
  while (cursor >= 0 && text.charCodeAt(cursor) === 32 && spacesBefore < 2) {
    cursor--;
    spacesBefore++;
  }
  let dashesBefore = 0;
  while (cursor >= 0 && text.charCodeAt(cursor) === 45 && dashesBefore < MAX_DASHES) {
    cursor--;
    dashesBefore++;
  }
  if (dashesBefore < 3) return undefined;
  const start = cursor + 1;

  // Forwards: one space, the label (A-Z, 0-9, single spaces), optional spaces, 3+ dashes.
  let index = at + keyword.length;
  if (text.charCodeAt(index) !== 32) return undefined;
  index++;
  const labelStart = index;
  while (index < text.length && index - labelStart <= MAX_LABEL) {
    const code = text.charCodeAt(index);
    const isWord = (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    if (
      !isWord &&
      !(code === 32 && text.charCodeAt(index + 1) !== 32 && text.charCodeAt(index + 1) !== 45)
    )
      break;
    index++;
  }
  const label = text.slice(labelStart, index);
  if (label === '' || label.startsWith(' ')) return undefined;
  let spacesAfter = 0;
  while (text.charCodeAt(index) === 32 && spacesAfter < 2) {
    index++;
    spacesAfter++;
  }
  let dashesAfter = 0;
  while (text.charCodeAt(index) === 45 && dashesAfter < MAX_DASHES) {
    index++;
    dashesAfter++;
  }
  if (dashesAfter < 3) return undefined;
  return {
    start,
    end: index,
    label,
    standard: dashesBefore === 5 && dashesAfter === 5 && spacesBefore === 0 && spacesAfter === 0,
  };
}
