/** The order in which Sectigo's endpoints hand out certificate chains, with sources. */
import type { Source } from '../spec/types';

export const DOCUMENTED_CHAIN_ORDER = {
  // "If the status code equals 2, the response contains the encoded certificate(s):
  // Encoded Root Certificate / Encoded Intermediate Certificate / Encoded End Entity Certificate"
  requestAndCollectSmime: {
    order: ['root', 'intermediate', 'end entity'],
    source: { doc: 'requestandcollectsmime.txt', section: 'Response' },
  },
  // "3 — Return status and intermediates/roots only (cabundle)."
  caBundleQuery: {
    parameter: 'queryType=3',
    source: { doc: 'requestandcollectsmime.txt', section: 'queryType' },
  },
} as const satisfies Record<
  string,
  { readonly source: Source; readonly [detail: string]: unknown }
>;
