/**
 * The ordering page's flow as data: where the customer is and what they have
 * given, and the transitions that are more than "go to the next step". Kept in
 * memory for the visit (session.ts useKeptState), never stored.
 */
// Type only: reading a result needs the error tables, which the first step does
// not (withResult.ts).
import type { Outcome } from '../result/readOutcome';

export type OrderStep = 'product' | 'details' | 'key' | 'review';
export type ShopStep = OrderStep | 'waiting' | 'error' | 'success' | 'collect';

export const ORDER_STEPS: readonly OrderStep[] = ['product', 'details', 'key', 'review'];

export interface ShopFlow {
  readonly step: ShopStep;
  readonly productCode: number | null;
  readonly form: Readonly<Record<string, string>>;
  readonly confirmPassword: string;
  /** Steps the customer tried to leave: their problems are shown from then on. */
  readonly attempted: readonly OrderStep[];
  readonly keys: { readonly csrPem: string; readonly privateKeyPem: string } | null;
  /** The result of the last order, once it came back. */
  readonly outcome?: Outcome;
  /** The result query, for the technical details. */
  readonly resultQuery?: string;
  /** True after a result came back: the password was forgotten and must be typed again. */
  readonly passwordForgotten: boolean;
  /** True once an order was sent with the current key (the key is then "the same key as before"). */
  readonly ordered: boolean;
}

export const INITIAL_FLOW: ShopFlow = {
  step: 'product',
  productCode: null,
  form: { isReturningCustomer: 'N' },
  confirmPassword: '',
  attempted: [],
  keys: null,
  passwordForgotten: false,
  ordered: false,
};

/** "Try again": back to the details, with everything typed (but the password) and the same key. */
export function tryAgain(flow: ShopFlow): ShopFlow {
  return { ...flow, step: 'details', attempted: ['product', 'details'] };
}
