/**
 * decodeResponse (public core API: README, "Public core API"): detects the
 * format of a Sectigo response, parses it, names and explains every field
 * from the right endpoint's tables, explains the status or error, and
 * collects the PEM certificates. Input problems come back as values (`format: 'unknown'`,
 * `notes`); nothing is evaluated, and work is capped (limits.ts).
 */
import type { EndpointId } from '../spec/types';
import { decodeKeyValues } from './decodeKeyValues';
import type { NamedValue } from './decodeKeyValues';
import { decodeLines } from './decodeLines';
import { Draft } from './draft';
import type { ResolvedContext } from './draft';
import { isEndpointId } from './findResponseField';
import { MAX_FIELDS, MAX_INPUT_CHARS } from './limits';
import { parseJavaScriptVars } from './parseJavaScriptVars';
import { parseUrlEncoded } from './parseUrlEncoded';
import { sniffFormat } from './sniffFormat';
import type { DecodeContext, DecodedResponse } from './types';

export function decodeResponse(text: string, context?: DecodeContext): DecodedResponse {
  const draft = new Draft();
  const resolved = resolveContext(context, draft);
  const input = prepare(text, draft);
  const sniffed = sniffFormat(input);

  switch (sniffed.format) {
    case 'lines':
      decodeLines(draft, input, resolved);
      break;
    case 'urlencoded': {
      const parsed = parseUrlEncoded(input);
      if (parsed.from !== 'body') draft.note(`Parameters read from the URL’s ${parsed.from}.`);
      if (parsed.truncated) draft.note(`Only the first ${MAX_FIELDS} parameters were read.`);
      const values = parsed.pairs.map(([name, value]) => ({ name, value }));
      if (values.length === 0) return unknown(draft, resolved, 'The URL carries no parameters.');
      decodeKeyValues(draft, { format: 'urlencoded', values }, resolved);
      break;
    }
    case 'json':
      decodeKeyValues(
        draft,
        { format: 'json', values: jsonValues(sniffed.value, draft) },
        resolved,
      );
      break;
    case 'javascript': {
      const parsed = parseJavaScriptVars(input);
      for (const problem of parsed.problems)
        draft.note(`JavaScript: ${problem}; that part was skipped.`);
      if (parsed.truncated) draft.note(`Only the first ${MAX_FIELDS} variables were read.`);
      if (parsed.vars.length === 0)
        return unknown(draft, resolved, 'No JavaScript variable declaration could be read.');
      decodeKeyValues(draft, { format: 'javascript', values: parsed.vars }, resolved);
      break;
    }
    case 'unknown':
      return unknown(draft, resolved, sniffed.problem);
  }
  return draft.finish();
}

function unknown(draft: Draft, context: ResolvedContext, problem: string): DecodedResponse {
  draft.format = 'unknown';
  draft.status = null;
  if (context.endpoint !== undefined) draft.endpoint = context.endpoint;
  draft.note(problem);
  return draft.finish();
}

/** Caps the size, drops a byte-order mark and surrounding white space, accepts CR-only lines. */
function prepare(text: unknown, draft: Draft): string {
  let input = typeof text === 'string' ? text : '';
  if (input.length > MAX_INPUT_CHARS) {
    input = input.slice(0, MAX_INPUT_CHARS);
    draft.note(
      `The text is longer than ${MAX_INPUT_CHARS} characters; only the start was decoded.`,
    );
  }
  if (input.charCodeAt(0) === 0xfeff) input = input.slice(1);
  input = input.trim();
  if (!input.includes('\n') && input.includes('\r')) input = input.replaceAll('\r', '\n');
  return input;
}

function resolveContext(context: DecodeContext | undefined, draft: Draft): ResolvedContext {
  // Typed callers cannot pass null or a string; plain JavaScript callers can.
  const given: unknown = context;
  if (given === null || typeof given !== 'object') return {};
  let endpoint: EndpointId | undefined;
  const named: unknown = (given as DecodeContext).endpoint;
  if (isEndpointId(named)) endpoint = named;
  else if (named !== undefined)
    draft.note('The endpoint given is not one the decoder knows; it was ignored.');

  let request: Map<string, string> | undefined;
  const raw: unknown = (given as DecodeContext).request;
  if (raw !== undefined && raw !== null && typeof raw === 'object') {
    request = new Map();
    for (const [name, value] of Object.entries(raw as Record<string, unknown>).slice(
      0,
      MAX_FIELDS,
    )) {
      const key = name.toLowerCase();
      if (typeof value === 'string' && !request.has(key)) request.set(key, value);
    }
  }
  return {
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(request === undefined ? {} : { request }),
  };
}

/** A JSON object's members as named values; nested values are shown as JSON text. */
function jsonValues(object: Readonly<Record<string, unknown>>, draft: Draft): NamedValue[] {
  const entries = Object.entries(object);
  if (entries.length > MAX_FIELDS) draft.note(`Only the first ${MAX_FIELDS} members were read.`);
  return entries.slice(0, MAX_FIELDS).map(([name, value]) => ({ name, value: jsonText(value) }));
}

function jsonText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  try {
    return JSON.stringify(value);
  } catch {
    return '(a nested value too deep to show)';
  }
}
