/**
 * Everything the result link carried, decoded as the Decode view would, for
 * support: the result page's technical details. It brings the response
 * decoder and the tables it reads (the Decode view's, some 50 KiB), which the
 * outcome above it does not need, so it is loaded just after the outcome is on
 * screen (loadResultDetails) rather than before it, on a phone a few hundred
 * milliseconds sooner (scripts/bench-first-view.mjs).
 */
import { useMemo } from 'preact/hooks';
import { decodeResponse } from '../../../core/response';
import { ResponseDetails } from '../decode/ResponseDetails';
import '../decode/decode.css';

export function ResultDetails({ query }: { readonly query: string }) {
  const response = useMemo(
    // successURL and errorURL belong to !PlaceOrder; naming it avoids a guess.
    () => decodeResponse(query, { endpoint: 'PlaceOrder' }),
    [query],
  );
  return <ResponseDetails response={response} idPrefix="result" showOutcome={false} />;
}
