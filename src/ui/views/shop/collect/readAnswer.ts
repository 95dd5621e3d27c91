/**
 * Sectigo's answer to the collect request, as the customer brings it back
 * (pasted text or the saved page). requestandcollectsmime.txt, "Response":
 * the first line is the status (2 certificates attached, 1 available, 0
 * accepted and being processed; below 0 an error, with the message on the
 * second line), then the PEM certificates.
 */
import { decodeResponse } from '../../../../core/response';

export type CollectAnswer =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ready'; readonly certificates: readonly string[] }
  | { readonly kind: 'pending' }
  | { readonly kind: 'available' }
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'not-an-answer' };

export function readAnswer(text: string): CollectAnswer {
  if (text.trim() === '') return { kind: 'empty' };
  const response = decodeResponse(text, { endpoint: 'RequestAndCollectSMIME' });
  const certificates = (response.certificates ?? []).filter((pem) =>
    pem.includes('BEGIN CERTIFICATE'),
  );
  if (response.status === null) return { kind: 'not-an-answer' };
  if (response.status < 0) return { kind: 'error', code: String(response.status) };
  if (certificates.length > 0) return { kind: 'ready', certificates };
  if (response.status === 0) return { kind: 'pending' };
  return { kind: 'available' };
}
