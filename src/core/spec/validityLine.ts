/** RequestAndCollectSMIME's validity-period line (showValidityPeriod=Y). */
import type { Source } from '../spec/types';

export const VALIDITY_LINE = {
  // "not before DD/MM/YYYY and not after DD/MM/YYYY with a space between the dates"
  layout: 'DD/MM/YYYY DD/MM/YYYY',
  // "Certificates issued by Sectigo always have a 'not before' time of 00:00:00 GMT
  // and a 'not after' time of 23:59:59 GMT."
  notBeforeTime: '00:00:00',
  notAfterTime: '23:59:59',
  source: { doc: 'requestandcollectsmime.txt', section: 'Response' },
} as const satisfies {
  readonly layout: string;
  readonly notBeforeTime: string;
  readonly notAfterTime: string;
  readonly source: Source;
};
