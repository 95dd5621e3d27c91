/**
 * The syntactic format of a response text (trimmed), from its first
 * characters and first line. Push notifications are URL-encoded here; telling
 * them apart needs their field names (decodeResponse does that).
 */
import type { SyntacticFormat } from './guessEndpoint';
import { parseStatusCode } from './parseStatusCode';
import { parseValidityLine } from './parseValidityLine';
import { rolesOf } from './fieldRoles';

export type Sniffed =
  | { readonly format: Exclude<SyntacticFormat, 'json'> }
  | { readonly format: 'json'; readonly value: Readonly<Record<string, unknown>> }
  | { readonly format: 'unknown'; readonly problem: string };

/** The JavaScript variables RequestAndCollectSMIME documents (g_ccc, g_errorCode). */
const JS_NAMES = new Set([
  ...(rolesOf('RequestAndCollectSMIME').payload ?? []),
  rolesOf('RequestAndCollectSMIME').status,
]);
const JS_HEAD = /^(?:(?:var|let|const)\s|<script[\s>]|<!--|\/\/|\/\*)/i;
const ASSIGNMENT = /^([A-Za-z_$][\w$]{0,63})([ \t]*)=([ \t]*)(["'`]?)/;

export function sniffFormat(text: string): Sniffed {
  if (text === '') return { format: 'unknown', problem: 'The text is empty.' };
  if (text.startsWith('{')) return sniffJson(text);
  if (looksLikeJavaScript(text)) return { format: 'javascript' };

  const newline = text.indexOf('\n');
  const firstLine = (newline < 0 ? text : text.slice(0, newline)).trim();
  if (parseStatusCode(firstLine) !== undefined) return { format: 'lines' };
  if (parseValidityLine(firstLine) !== undefined) return { format: 'lines' };
  // PEM armour (RequestAndCollectSMIME's certificates, as the document prints them).
  if (firstLine.startsWith('---') && firstLine.includes('BEGIN')) return { format: 'lines' };
  if (text.includes('=')) return { format: 'urlencoded' };
  return {
    format: 'unknown',
    problem:
      'Not a Sectigo response format: expected name=value parameters, lines starting with a status code, JSON, JavaScript variables or PEM.',
  };
}

function looksLikeJavaScript(text: string): boolean {
  const head = text.slice(0, 200);
  if (JS_HEAD.test(head)) return true;
  const match = ASSIGNMENT.exec(head);
  if (match === null) return false;
  const [, name = '', spaceBefore, spaceAfter, quote] = match;
  if (JS_NAMES.has(name) || spaceBefore !== '' || spaceAfter !== '' || quote !== '') return true;
  // `name=value;` ends a statement; a URL-encoded body has no reason to.
  const newline = text.indexOf('\n');
  const firstLine = (newline < 0 ? text : text.slice(0, newline)).trim();
  return firstLine.endsWith(';') && !firstLine.includes('&');
}

function sniffJson(text: string): Sniffed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? `: ${error.message}` : '';
    return {
      format: 'unknown',
      problem: `The text starts like JSON but is not valid JSON${reason}.`,
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { format: 'unknown', problem: 'The JSON is not an object of named values.' };
  return { format: 'json', value: value as Record<string, unknown> };
}
