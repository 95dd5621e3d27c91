import { useMemo } from 'preact/hooks';
import { decodeResponse } from '../../../core/response';
import { useMessages } from '../../i18n/useMessages';
import { ResponseDetails } from '../decode/ResponseDetails';
import '../decode/decode.css';

/** The result as the link carried it, for support, inside a collapsed disclosure. */
export function TechnicalResult({ query }: { readonly query: string | undefined }) {
  const messages = useMessages();
  const response = useMemo(
    () => (query === undefined ? null : decodeResponse(query, { endpoint: 'PlaceOrder' })),
    [query],
  );
  if (!response) return null;
  return (
    <details class="technical">
      <summary>{messages.common.technicalDetails}</summary>
      <p class="help">{messages.common.technicalDetailsHelp}</p>
      <ResponseDetails response={response} idPrefix="shop-result" showOutcome={false} />
    </details>
  );
}
