/**
 * Compares an error message as returned with a documented one. The tables
 * write the item's place as 'xxxx' (spec/errors.ts); the documents print
 * typographic quotes and sometimes drop the final "!".
 */
import { MAX_MESSAGE_COMPARE_CHARS } from './limits';

/** Where the tables put the request parameter in a message (spec/errors.ts header). */
export const ITEM_PLACEHOLDER = 'xxxx';

export interface MessageMatch {
  readonly matches: boolean;
  /** The text standing where the template has 'xxxx'. */
  readonly item?: string;
}

export function matchErrorMessage(template: string, message: string): MessageMatch {
  if (message.length > MAX_MESSAGE_COMPARE_CHARS) return { matches: false };
  const wanted = normaliseTemplate(template);
  const got = normaliseMessage(message);
  const at = wanted.indexOf(ITEM_PLACEHOLDER);
  if (at < 0) return { matches: wanted.toLowerCase() === got.toLowerCase() };
  const prefix = wanted.slice(0, at);
  const suffix = wanted.slice(at + ITEM_PLACEHOLDER.length);
  if (got.length < prefix.length + suffix.length) return { matches: false };
  const matches =
    got.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase() &&
    got.slice(got.length - suffix.length).toLowerCase() === suffix.toLowerCase();
  if (!matches) return { matches };
  const item = got.slice(prefix.length, got.length - suffix.length).trim();
  return item === '' ? { matches } : { matches, item };
}

/** The first 'quoted' word of a message, for messages worded differently from the table. */
export function quotedItem(message: string): string | undefined {
  const text = normalise(message.slice(0, MAX_MESSAGE_COMPARE_CHARS));
  const open = text.indexOf("'");
  if (open < 0) return undefined;
  const close = text.indexOf("'", open + 1);
  if (close < 0) return undefined;
  const item = text.slice(open + 1, close).trim();
  return item === '' ? undefined : item;
}

const TYPOGRAPHIC = /[‘’`´]/g;
const WHITE_SPACE = /\s+/g;

/** Templates are few and fixed: normalised once. */
const normalisedTemplates = new Map<string, string>();
/** The message being compared with several templates in a row: normalised once. */
let lastMessage: { readonly text: string; readonly normalised: string } | undefined;

function normaliseTemplate(template: string): string {
  let result = normalisedTemplates.get(template);
  if (result === undefined) {
    result = normalise(template);
    normalisedTemplates.set(template, result);
  }
  return result;
}

function normaliseMessage(message: string): string {
  if (lastMessage?.text !== message)
    lastMessage = { text: message, normalised: normalise(message) };
  return lastMessage.normalised;
}

/** Straight quotes, single spaces, no surrounding space, no final "!" or ".". */
function normalise(text: string): string {
  let result = text.replace(TYPOGRAPHIC, "'").replace(WHITE_SPACE, ' ').trim();
  while (result.endsWith('!') || result.endsWith('.')) result = result.slice(0, -1);
  return result.trimEnd();
}
