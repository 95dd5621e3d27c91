/**
 * What a result link (Sectigo's redirect to successURL / errorURL) says, read
 * with suspicion: the page cannot prove the link came from Sectigo, so only
 * what the documents define is shown as meaning; free text from the link is
 * kept apart, to be labelled as such: anyone can craft a link to this page.
 *
 * placeorder-smime.txt, "Response parameters": errorCode (integer, always
 * present), orderNumber (string, 128 chars; "8151164" in the sample),
 * errorMessage and errorItem (string, 255 chars; errorItem is "the name of
 * the request parameter that caused the error").
 */
import { ERRORS, PLACE_ORDER_PARAMS, type ErrorSpec, type ParamSpec } from '../../../core/spec';

export type Outcome =
  | {
      readonly kind: 'placed';
      /** Only in the documented shape: digits, as in every sample. */
      readonly orderNumber?: string;
      /** The link carried an order number in another shape (not shown as one). */
      readonly oddOrderNumber: boolean;
    }
  | {
      readonly kind: 'error';
      /** The code as the link gives it, trimmed. */
      readonly code: string;
      /** The !PlaceOrder error table entry, when the code is documented. */
      readonly documented?: ErrorSpec;
      /** errorItem: the documented parameter it names, or unknown. */
      readonly item?: { readonly param?: ParamSpec; readonly known: boolean };
      /** errorMessage, as text from the link (never attributed to Sectigo), cut at 255 characters. */
      readonly linkMessage?: string;
    }
  | { readonly kind: 'unreadable' };

/** placeorder-smime.txt: orderNumber is at most 128 characters; the samples are digits. */
export const ORDER_NUMBER_PATTERN = /^\d{1,128}$/;

// The table itself, not paramsOf('PlaceOrder'): that one reaches every
// endpoint's table, which the result page would then fetch before it can show
// the outcome.
const PARAMS: readonly ParamSpec[] = PLACE_ORDER_PARAMS;

/** The documented parameter an errorItem names: `loginName`, `1_csr`, `_2_PPP`, `x_PPP`. */
export function findItemParam(item: string): ParamSpec | undefined {
  const bare = item.trim().replace(/^(?:_?\d+_|x_)/i, '');
  return PARAMS.find(
    (param) =>
      param.name.toLowerCase() === bare.toLowerCase() ||
      (param.aliases ?? []).some((alias) => alias.toLowerCase() === bare.toLowerCase()),
  );
}

function get(query: URLSearchParams, name: string): string | undefined {
  for (const [key, value] of query) if (key.toLowerCase() === name.toLowerCase()) return value;
  return undefined;
}

/** placeorder-smime.txt: errorMessage is a string of at most 255 characters. */
export const ERROR_MESSAGE_LIMIT = 255;

/** A longer text is no message of Sectigo's: what is shown of it stops at the limit. */
const shortened = (text: string | undefined) =>
  text !== undefined && text.length > ERROR_MESSAGE_LIMIT
    ? `${text.slice(0, ERROR_MESSAGE_LIMIT)}…`
    : text;

export function readOutcome(queryText: string): Outcome {
  const query = new URLSearchParams(queryText);
  const code = get(query, 'errorCode')?.trim();
  const orderNumber = get(query, 'orderNumber')?.trim();
  const numeric = code !== undefined && /^[-+]?\d{1,6}$/.test(code) ? Number(code) : undefined;

  if (code !== undefined && code !== '' && numeric !== 0) {
    const documented = (ERRORS.PlaceOrder as readonly ErrorSpec[]).find(
      (entry) => entry.code === numeric,
    );
    const itemText = get(query, 'errorItem')?.trim();
    const param = itemText ? findItemParam(itemText) : undefined;
    const message = shortened(get(query, 'errorMessage')?.trim());
    return {
      kind: 'error',
      code,
      ...(documented ? { documented } : {}),
      ...(itemText ? { item: param ? { param, known: true } : { known: false } } : {}),
      ...(message ? { linkMessage: message } : {}),
    };
  }
  if (orderNumber !== undefined || numeric === 0) {
    const shaped = orderNumber !== undefined && ORDER_NUMBER_PATTERN.test(orderNumber);
    return {
      kind: 'placed',
      ...(shaped ? { orderNumber } : {}),
      oddOrderNumber: orderNumber !== undefined && orderNumber !== '' && !shaped,
    };
  }
  return { kind: 'unreadable' };
}
