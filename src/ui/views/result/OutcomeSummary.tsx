/**
 * The outcome of an order in the customer's words, shared by the result page
 * and the ordering page: the documented meaning first (from the code and the
 * !PlaceOrder error table, never from the link's text), the field concerned
 * when the link names a documented one, and any free text of the link shown
 * apart, labelled as not checked, since anyone can craft such a link.
 */
import { CopyButton } from '../../components/CopyButton';
import { params as enParams } from '../../i18n/en/params';
import { result as enResult } from '../../i18n/en/result';
import type { Messages } from '../../i18n/messages';
import { useMessages } from '../../i18n/useMessages';
import type { Outcome } from './readOutcome';

type ErrorOutcome = Extract<Outcome, { kind: 'error' }>;
type PlacedOutcome = Extract<Outcome, { kind: 'placed' }>;

export function ErrorSummary({ outcome }: { readonly outcome: ErrorOutcome }) {
  const messages = useMessages({ params: enParams, result: enResult });
  const { result, params } = messages;
  const documentedCode = outcome.documented ? String(outcome.documented.code) : undefined;
  const meaning =
    (documentedCode ? result.codes[documentedCode] : undefined) ??
    outcome.documented?.description ??
    result.unknownCode;
  const item = outcome.item;
  const itemLabel = item?.param
    ? (params as Partial<Record<string, { label: string }>>)[item.param.name]?.label
    : undefined;
  return (
    <>
      <p class="result-message">{meaning}</p>
      {item ? (
        <p>
          {item.known && itemLabel
            ? result.field(itemLabel)
            : item.known
              ? null
              : result.fieldUnknown}
        </p>
      ) : null}
      {outcome.linkMessage ? (
        <div class="link-text">
          <p class="link-text-label">{result.linkText}</p>
          <p class="link-text-value">{outcome.linkMessage}</p>
        </div>
      ) : null}
    </>
  );
}

/** What the customer can do, for a documented code (the catalogue's advice). */
export function errorAdvice(messages: Pick<Messages, 'result'>, outcome: ErrorOutcome): string {
  const code = outcome.documented ? String(outcome.documented.code) : undefined;
  return (code ? messages.result.advice[code] : undefined) ?? messages.result.adviceDefault;
}

export function OrderNumber({ outcome }: { readonly outcome: PlacedOutcome }) {
  const { result } = useMessages({ result: enResult });
  if (outcome.orderNumber)
    return (
      <p class="result-order">
        <span>{result.orderNumber}</span>{' '}
        <strong class="result-order-number">{outcome.orderNumber}</strong>{' '}
        <CopyButton text={outcome.orderNumber} label={result.orderNumberCopy} />
      </p>
    );
  return outcome.oddOrderNumber ? <p class="notice warning">{result.oddOrderNumber}</p> : null;
}
