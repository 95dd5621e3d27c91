/**
 * The S/MIME product codes of !PlaceOrder (placeorder-smime.txt, `x_PPP=`), the
 * last entries of PRODUCTS. In a module of their own so that the ordering
 * page's first load, which checks config.json's `products` against them,
 * takes these four without the guide's SSL, CodeGuard and HackerGuardian codes.
 */
import type { ProductSpec } from './types';

export const SMIME_PRODUCTS = [
  {
    code: 2411,
    name: 'S/MIME Mailbox-Validated Strict Certificate (1-year)',
    family: 'smime',
    validation: 'mailbox',
    endpoint: 'PlaceOrder',
    orderedAs: 'x_PPP',
    years: 1,
    source: {
      doc: 'placeorder-smime.txt',
      section: 'Product-specific parameters: S/MIME Mailbox certificate parameters',
    },
  },
  {
    code: 2412,
    name: 'S/MIME Mailbox-Validated Strict Certificate (2-year)',
    family: 'smime',
    validation: 'mailbox',
    endpoint: 'PlaceOrder',
    orderedAs: 'x_PPP',
    years: 2,
    source: {
      doc: 'placeorder-smime.txt',
      section: 'Product-specific parameters: S/MIME Mailbox certificate parameters',
    },
  },
  {
    code: 243,
    name: 'S/MIME Organization-Validated Multipurpose certificate (1-year)',
    family: 'smime',
    validation: 'organization',
    endpoint: 'PlaceOrder',
    orderedAs: 'x_PPP',
    years: 1,
    source: {
      doc: 'placeorder-smime.txt',
      section:
        'Product-specific parameters: S/MIME Organization-Validated Multipurpose certificate',
    },
  },
  {
    code: 2432,
    name: 'S/MIME Organization-Validated Multipurpose certificate (2-year)',
    family: 'smime',
    validation: 'organization',
    endpoint: 'PlaceOrder',
    orderedAs: 'x_PPP',
    years: 2,
    source: {
      doc: 'placeorder-smime.txt',
      section:
        'Product-specific parameters: S/MIME Organization-Validated Multipurpose certificate',
    },
  },
] as const satisfies readonly ProductSpec[];
