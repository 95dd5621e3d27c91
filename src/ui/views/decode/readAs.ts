/**
 * The Decode view's overrides: the endpoint and the request go to
 * decodeResponse as its documented context; a chosen format is applied by
 * reshaping the text just enough that the decoder reads it that way (the
 * decoder detects formats itself and takes no format option). Where no
 * reshaping can make the text fit, the view says the choice did not apply.
 */
import type { DecodeContext, ResponseFormat } from '../../../core/response';
import type { EndpointId } from '../../../core/spec';

export type FormatChoice = '' | Exclude<ResponseFormat, 'unknown'>;
export type EndpointChoice = '' | EndpointId;

export const FORMAT_LABELS: Readonly<Record<ResponseFormat, string>> = {
  urlencoded: 'URL-encoded (name=value&…)',
  lines: 'Lines (status first)',
  json: 'JSON',
  javascript: 'JavaScript variables',
  push: 'Push notification',
  unknown: 'Not recognised',
};

/** Short names, for table cells. */
export const FORMAT_SHORT_LABELS: Readonly<Record<ResponseFormat, string>> = {
  urlencoded: 'URL-encoded',
  lines: 'Lines',
  json: 'JSON',
  javascript: 'JavaScript',
  push: 'Push',
  unknown: 'Not recognised',
};

export const FORMAT_CHOICES = Object.keys(FORMAT_LABELS).filter(
  (format): format is Exclude<ResponseFormat, 'unknown'> => format !== 'unknown',
);

export const ENDPOINT_LABELS: Readonly<Record<EndpointId, string>> = {
  PlaceOrder: '!PlaceOrder',
  AutoApplyOrder: '!AutoApplyOrder',
  AutoReplaceSMIME: '!AutoReplaceSMIME',
  RequestAndCollectSMIME: 'RequestAndCollectSMIME',
  Push: 'Push notification',
};

export const ENDPOINT_CHOICES = Object.keys(ENDPOINT_LABELS) as EndpointId[];

export const isFormatChoice = (value: string | null): value is FormatChoice =>
  value === '' || FORMAT_CHOICES.some((format) => format === value);
export const isEndpointChoice = (value: string | null): value is EndpointChoice =>
  value === '' || ENDPOINT_CHOICES.some((endpoint) => endpoint === value);

export interface ReadAs {
  readonly text: string;
  readonly context: DecodeContext;
}

const ASSIGNMENT_LINE = /^\s*[A-Za-z_$][\w$]{0,63}\s*=/;
const DECLARATION = /^\s*(?:var|let|const)\s/;
const PAIR_LINE = /^[^=\s&]{1,200}=[^\n]*$/;

/** The text and context to decode, given the choices made in the view. */
export function readAs(
  text: string,
  format: FormatChoice,
  endpoint: EndpointChoice,
  request: Readonly<Record<string, string>>,
): ReadAs {
  // A push notification is told from other URL-encoded text by its endpoint.
  const chosenEndpoint: EndpointChoice = format === 'push' ? 'Push' : endpoint;
  const context: DecodeContext = {
    ...(chosenEndpoint === '' ? {} : { endpoint: chosenEndpoint }),
    ...(Object.keys(request).length === 0 ? {} : { request }),
  };
  return { text: reshape(text.trim(), format), context };
}

function reshape(text: string, format: FormatChoice): string {
  if (format === 'javascript' && ASSIGNMENT_LINE.test(text) && !DECLARATION.test(text))
    return `var ${text}`;
  if (format === 'urlencoded') {
    // Parameters pasted one per line (a form body copied from a log) read as one query.
    const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
    if (lines.length > 1 && lines.every((line) => PAIR_LINE.test(line.trim())))
      return lines.map((line) => line.trim()).join('&');
  }
  return text;
}
