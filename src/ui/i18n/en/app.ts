/** The page around every view (header, navigation, footer) as a reseller's customer reads it. */
export const app = {
  skipToContent: 'Skip to content',
  navigation: 'Views',
  /** The customer pages' names in the navigation and the window title; the expert tools keep their English names. */
  views: {
    shop: 'Order a certificate',
    result: 'Order result',
    generate: 'Generate key & CSR',
  },
  loading: 'Loading…',
  loadFailed: 'This page could not be loaded. Reload the page to try again.',
  /** Shown when the page has no WebCrypto (plain http on a non-local host). */
  insecure:
    'This page was opened over plain http, so the browser withholds WebCrypto (it needs HTTPS or localhost): making keys, checking CSR signatures and reading certificates cannot work here; building orders and decoding responses work as usual. Open it with https:// to use everything.',
  privacy:
    'Runs entirely in your browser. Nothing you type, no key and no password leaves this page, except an order you choose to send to Sectigo.',
};
