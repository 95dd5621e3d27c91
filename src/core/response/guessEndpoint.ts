/**
 * Which endpoint most likely sent a response, when the caller did not say.
 * The candidates are narrowed step by step, each step kept only when it
 * leaves at least one: the formats the endpoint answers in, then the field
 * names its tables list (or, for lines, the documented shape of its lines),
 * then whether its tables document the status code (looking past the field
 * names when none of their endpoints documents it: errorItem is listed by
 * !PlaceOrder only, but !AutoApplyOrder answers -7 and -10 with it too), then
 * whether the error item is one of its request parameters, then whether the
 * error message is its documented one. A tie is broken by a fixed preference.
 */
import { PUSH_STATUSES } from '../spec/push';
import type { EndpointId, ErrorSpec } from '../spec/types';
import { documentsCode, findError } from './explainError';
import { ENDPOINT_IDS, findResponseField } from './findResponseField';
import { matchErrorMessage } from './matchErrorMessage';
import { parseValidityLine } from './parseValidityLine';
import { requestParamNamed } from './requestParamNamed';
import { RESPONSE_FORMATS } from './responseFormats';
import type { ResponseFormat } from './types';

export type SyntacticFormat = Exclude<ResponseFormat, 'unknown' | 'push'>;

export interface EndpointEvidence {
  readonly format: SyntacticFormat;
  /** Names of the fields received (key/value formats). */
  readonly fieldNames?: readonly string[];
  /** The status code, when one was read. */
  readonly status: number | null;
  /** The error message, when one was read. */
  readonly message?: string;
  /** The parameter the error names (errorItem), when one was read. */
  readonly item?: string;
  /** The lines (newline-delimited format), trimmed. */
  readonly lines?: readonly string[];
}

export interface EndpointGuess {
  readonly endpoint: EndpointId;
  /** Every endpoint that fits as well as the chosen one, the chosen first. */
  readonly candidates: readonly EndpointId[];
  /** The evidence used, in plain words. */
  readonly reasons: readonly string[];
}

/**
 * Tie-breaks. Key/value: !PlaceOrder is the endpoint whose answer arrives in
 * a browser's address bar; push comes last as it needs its own field names.
 * Lines: !AutoApplyOrder's default format is lines, RequestAndCollectSMIME
 * always answers in lines (or JavaScript), !AutoReplaceSMIME only by default.
 */
const KEY_VALUE_PREFERENCE: readonly EndpointId[] = ENDPOINT_IDS;
const LINES_PREFERENCE: readonly EndpointId[] = [
  'AutoApplyOrder',
  'RequestAndCollectSMIME',
  'AutoReplaceSMIME',
];

export function guessEndpoint(evidence: EndpointEvidence): EndpointGuess {
  const reasons: string[] = [];
  let candidates = ENDPOINT_IDS.filter((endpoint) => answersIn(endpoint, evidence.format));
  if (candidates.length === 1) reasons.push(`the ${evidence.format} format`);
  const byFormat = candidates;

  if (evidence.format === 'lines') {
    const shape = shapeOf(evidence.lines ?? []);
    const shaped = candidates.filter((endpoint) => linesFit(endpoint, shape, evidence.status));
    if (shaped.length > 0 && shaped.length < candidates.length) {
      candidates = shaped;
      reasons.push('the shape of the lines');
    }
  } else {
    const names = evidence.fieldNames ?? [];
    const scores = candidates.map(
      (endpoint) => names.filter((name) => findResponseField(endpoint, name) !== undefined).length,
    );
    const best = Math.max(0, ...scores);
    const scored = candidates.filter((_, index) => scores[index] === best);
    if (best > 0 && scored.length < candidates.length) {
      candidates = scored;
      const known = names.filter((name) =>
        scored.some((endpoint) => findResponseField(endpoint, name) !== undefined),
      );
      reasons.push(`the field names (${[...new Set(known)].slice(0, 6).join(', ')})`);
    }
  }

  const status = evidence.status;
  if (status !== null) {
    const documents = (endpoint: EndpointId) =>
      documentsCode(endpoint, status) || pushDocuments(endpoint, status);
    const documenting = candidates.filter(documents);
    const documentingAny = byFormat.filter(documents);
    if (documenting.length > 0 && documenting.length < candidates.length) {
      candidates = documenting;
      reasons.push(`code ${status} in its table`);
    } else if (documenting.length === 0 && documentingAny.length > 0) {
      // The field names pointed elsewhere; the code is the stronger evidence.
      candidates = documentingAny;
      reasons.splice(0, reasons.length, `code ${status} in its table`);
    }
    const item = evidence.item?.trim();
    if (item !== undefined && item !== '') {
      const naming = candidates.filter((endpoint) => requestParamNamed(endpoint, item));
      if (naming.length > 0 && naming.length < candidates.length) {
        candidates = naming;
        reasons.push(`${item} among its request parameters`);
      }
    }
    const message = evidence.message;
    if (message !== undefined && message.trim() !== '') {
      const matching = candidates.filter((endpoint) => {
        const spec: ErrorSpec | undefined = findError(endpoint, status);
        return spec !== undefined && matchErrorMessage(spec.message, message).matches;
      });
      if (matching.length > 0 && matching.length < candidates.length) {
        candidates = matching;
        reasons.push('its documented error message');
      }
    }
  }

  const preference = evidence.format === 'lines' ? LINES_PREFERENCE : KEY_VALUE_PREFERENCE;
  const ordered = [...candidates].sort((a, b) => rank(preference, a) - rank(preference, b));
  const endpoint = ordered[0] ?? preference[0] ?? 'PlaceOrder';
  return { endpoint, candidates: ordered.length > 0 ? ordered : [endpoint], reasons };
}

function rank(preference: readonly EndpointId[], endpoint: EndpointId): number {
  const index = preference.indexOf(endpoint);
  return index < 0 ? preference.length : index;
}

function answersIn(endpoint: EndpointId, format: SyntacticFormat): boolean {
  const formats: readonly string[] = RESPONSE_FORMATS[endpoint].formats;
  // A push call is URL-encoded parameters (GET query or POST form body).
  return formats.includes(format) || (format === 'urlencoded' && formats.includes('push'));
}

function pushDocuments(endpoint: EndpointId, status: number): boolean {
  return endpoint === 'Push' && PUSH_STATUSES.some((entry) => entry.statusCode === status);
}

const AMOUNT = /^\d{1,12}(?:\.\d{1,4})?$/;

interface LinesShape {
  readonly lines: readonly string[];
  readonly hasPem: boolean;
  /** Line 1 is a validity period (a fragment without status). */
  readonly firstIsValidity: boolean;
  /** Line 2 is a validity period. */
  readonly secondIsValidity: boolean;
}

function shapeOf(lines: readonly string[]): LinesShape {
  const [first, second] = lines;
  return {
    lines,
    hasPem: lines.some((line) => line.includes('BEGIN')),
    firstIsValidity: first !== undefined && parseValidityLine(first) !== undefined,
    secondIsValidity: second !== undefined && parseValidityLine(second) !== undefined,
  };
}

/** Whether the lines have the documented shape of the endpoint's newline-delimited answer. */
function linesFit(endpoint: EndpointId, shape: LinesShape, status: number | null): boolean {
  const { lines, hasPem } = shape;
  const second = lines[1];
  const hasValidity = shape.secondIsValidity;
  switch (endpoint) {
    case 'RequestAndCollectSMIME':
      // Status, then an error message, or (status > 0) a validity line and certificates.
      if (status === null) return hasPem || shape.firstIsValidity;
      if (status < 0) return lines.length <= 2;
      return status === 0 ? lines.length === 1 : true;
    case 'AutoApplyOrder': {
      if (status === null || hasPem || hasValidity) return false;
      if (status < 0) return lines.length <= 2;
      // Order number, then the amount on line 3.
      const third = lines[2];
      return third !== undefined && third.length <= 20 && AMOUNT.test(third);
    }
    case 'AutoReplaceSMIME':
      if (status === null || hasPem || hasValidity) return false;
      if (status < 0) return lines.length <= 2;
      // Status 0 and, when the order was created, the new order number.
      return status === 0 && lines.length <= 2 && (second === undefined || !second.includes(' '));
    default:
      return false;
  }
}

/** The note telling the user the endpoint was guessed, on what evidence, and what else fits. */
export function describeGuess(guess: EndpointGuess): string {
  const evidence = guess.reasons.length > 0 ? ` (evidence: ${guess.reasons.join('; ')})` : '';
  const others = guess.candidates.slice(1);
  const alternatives =
    others.length > 0
      ? ` ${others.join(', ')} ${others.length === 1 ? 'fits' : 'fit'} as well; choose the endpoint to be sure.`
      : '';
  return `No endpoint was given: guessed ${guess.endpoint}${evidence}.${alternatives}`;
}
