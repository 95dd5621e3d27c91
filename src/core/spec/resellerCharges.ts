import type { ValueList } from './types';

/** `reseller` on !PlaceOrder: who charges the end-customer. */
export const RESELLER_CHARGES = {
  values: [
    { value: 'Y', label: 'You charge the end-customer; Sectigo debits your account funds' },
    { value: 'N', label: 'Sectigo charges the end-customer' },
  ],
  source: { doc: 'placeorder-smime.txt', section: 'reseller' },
} as const satisfies ValueList;
