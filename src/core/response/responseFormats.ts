/**
 * Which text formats each endpoint answers in. Used to narrow the endpoint
 * guess and to note a format the chosen endpoint does not document (a hint, not an error).
 */
import type { EndpointId, Source } from '../spec/types';
import type { ResponseFormat } from './types';

export interface EndpointFormats {
  readonly formats: readonly Exclude<ResponseFormat, 'unknown'>[];
  readonly source: Source;
}

export const RESPONSE_FORMATS = {
  PlaceOrder: {
    // "the format of the response will be the same URL-encoded format as the request";
    // with successURL/errorURL the same parameters come in the redirect's query string.
    formats: ['urlencoded'],
    source: { doc: 'placeorder-smime.txt', section: 'Response' },
  },
  AutoApplyOrder: {
    // responseFormat 0 = new-line delimited (default), 1 = URL-encoded.
    formats: ['lines', 'urlencoded'],
    source: { doc: 'autoapplyorder-guide-v2.txt', section: '1. Request: responseFormat' },
  },
  AutoReplaceSMIME: {
    // responseFormat 0 = newline-delimited (default), 1 = URL-encoded, 2 = JSON.
    formats: ['lines', 'urlencoded', 'json'],
    source: { doc: 'autoreplacesmime.txt', section: 'responseFormat' },
  },
  RequestAndCollectSMIME: {
    // responseEncoding 0 = Base64 lines (default), 2 = JavaScript variables;
    // 1 (binary) is not text and is not decoded here.
    formats: ['lines', 'javascript'],
    source: { doc: 'requestandcollectsmime.txt', section: 'responseEncoding' },
  },
  Push: {
    // GET query string without certificate push, POSTed form parameters with it.
    formats: ['push'],
    source: {
      doc: 'autoapplyorder-guide-v2.txt',
      section: '6. Push Notification / Webhook API: Call Information',
    },
  },
} as const satisfies Record<EndpointId, EndpointFormats>;
