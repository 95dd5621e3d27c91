/**
 * The result page (issue 6, point 3): when Sectigo sends the customer back
 * with the outcome of a !PlaceOrder in the address, it shows that outcome
 * first (the order number and what comes next, or the error explained and
 * what to do), then every field, and removes the result from the address bar.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { decodeResponse, type DecodedResponse } from '../../../core/response';
import { CopyButton } from '../../components/CopyButton';
import { updateSession } from '../../session';
import { ErrorExplanation, ResponseDetails } from '../decode/ResponseDetails';
import { captureResult, removeResultFromAddress } from './captureResult';
import '../decode/decode.css';
import './result.css';

/** Takes no route: the result is read from the address itself (the query may be outside the fragment). */
export function ResultView() {
  const [query] = useState(captureResult);
  const response = useMemo(
    // successURL and errorURL belong to !PlaceOrder; naming it avoids a guess.
    () => (query === null ? null : decodeResponse(query, { endpoint: 'PlaceOrder' })),
    [query],
  );
  const [removed, setRemoved] = useState(false);
  // After the first paint, so the outcome is on screen before the address changes.
  useEffect(() => {
    if (removeResultFromAddress()) setRemoved(true);
  }, []);

  if (query === null || response === null)
    return (
      <section aria-labelledby="result-title" class="view result-view">
        <h1 id="result-title">Order result</h1>
        <p class="lead">
          This page shows the outcome of an order when Sectigo sends the customer back here (the
          successURL or errorURL of an order form). The address carries no result now.
        </p>
        <p>
          To read a result or any other answer from Sectigo, paste it in{' '}
          <a href="#/decode">Decode response</a>.
        </p>
      </section>
    );

  return (
    <section aria-labelledby="result-title" class="view result-view">
      <h1 id="result-title">Order result</h1>
      <ResultOutcome response={response} />
      {removed ? (
        <p class="result-cleared">
          The result was removed from the address bar, so reloading or sharing this page does not
          repeat it. It stays here until you close the page.
        </p>
      ) : null}
      <h2>Everything Sectigo sent</h2>
      <ResponseDetails response={response} idPrefix="result" showOutcome={false} />
      <div class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() => {
            updateSession({ decodeText: query });
            window.location.hash = '#/decode';
          }}
        >
          Open in the Decode view
        </button>
      </div>
    </section>
  );
}

function ResultOutcome({ response }: { readonly response: DecodedResponse }) {
  const { error, statusInfo } = response;
  const orderNumber = response.fields.find((field) => field.name === 'orderNumber')?.value;
  if (error)
    return (
      <div class="result-outcome result-error" role="alert" aria-labelledby="result-outcome-title">
        <h2 id="result-outcome-title">The order was not placed</h2>
        <p class="result-message">
          <strong>Error {error.code}:</strong> {error.message}
        </p>
        <ErrorExplanation error={error} />
      </div>
    );
  if (response.ok)
    return (
      <div class="result-outcome result-ok" role="status" aria-labelledby="result-outcome-title">
        <h2 id="result-outcome-title">The order was placed</h2>
        {orderNumber ? (
          <p class="result-order">
            <span>Order number</span> <strong class="result-order-number">{orderNumber}</strong>{' '}
            <CopyButton text={orderNumber} label="order number" />
          </p>
        ) : null}
        {statusInfo?.nextStep ? (
          <p>
            <strong>What to do next:</strong> {statusInfo.nextStep}
          </p>
        ) : null}
      </div>
    );
  return (
    <div class="result-outcome result-unknown" role="status" aria-labelledby="result-outcome-title">
      <h2 id="result-outcome-title">This result could not be read</h2>
      <p>{response.notes[response.notes.length - 1] ?? 'The address carries no status.'}</p>
    </div>
  );
}
