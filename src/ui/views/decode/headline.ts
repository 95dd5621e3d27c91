/**
 * The headline of a decoded response that is not an error: its tone and its
 * first sentence. Kept out of the component so that each case is tested.
 */
import type { DecodedResponse } from '../../../core/response';

export interface Headline {
  readonly tone: 'ok' | 'warning' | 'error';
  readonly text: string;
  /** A second sentence, when there is more to say. */
  readonly detail?: string;
}

export function headlineOf(response: DecodedResponse): Headline {
  const { push, statusInfo, certificates = [] } = response;
  if (push && !response.ok && response.status !== null) {
    // failed / rejected: a push, not a request error, so no Sectigo error code applies.
    return {
      tone: 'error',
      text: `The certificate ${push.status ?? 'order'} (statusCode ${response.status})${push.statusDesc ? `: ${push.statusDesc}` : ''}.`,
      ...(push.advice ? { detail: push.advice } : {}),
    };
  }
  if (response.status === null) {
    if (response.format !== 'unknown' && certificates.length > 0 && !push) {
      const count =
        certificates.length === 1 ? 'One certificate' : `${certificates.length} certificates`;
      return {
        tone: 'ok',
        text: `${count} found, decoded below.`,
        detail:
          'The text holds no status line, so it reads as PEM certificates rather than a whole Sectigo response.',
      };
    }
    const last = response.notes[response.notes.length - 1];
    return {
      tone: 'warning',
      text:
        response.format === 'unknown'
          ? 'Not a response the decoder recognises.'
          : 'No status found.',
      ...(push || last === undefined ? {} : { detail: last }),
    };
  }
  return {
    tone: 'ok',
    text: `Status ${response.status}${statusInfo ? `: ${statusInfo.message}` : ''}`,
    ...(statusInfo?.description ? { detail: statusInfo.description } : {}),
  };
}
