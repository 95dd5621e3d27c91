/**
 * The ordering page's flow as data: where the customer is and what they have
 * given, and the transitions that are more than "go to the next step". Kept in
 * memory for the visit (session.ts useKeptState), never stored.
 */
import { readOutcome, type Outcome } from '../result/readOutcome';

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

/**
 * A result arrived for the order that was sent: show it, and forget the
 * password (it went to Sectigo; this page keeps it no longer than needed).
 * A successful order keeps the account name for collecting; an error keeps
 * everything else typed, and the key, for "Try again".
 */
export function withResult(flow: ShopFlow, query: string): ShopFlow {
  const outcome = readOutcome(query);
  return {
    ...flow,
    step: outcome.kind === 'placed' ? 'success' : 'error',
    outcome,
    resultQuery: query,
    form: { ...flow.form, loginPassword: '' },
    confirmPassword: '',
    passwordForgotten: true,
  };
}

/** "Try again": back to the details, with everything typed (but the password) and the same key. */
export function tryAgain(flow: ShopFlow): ShopFlow {
  return { ...flow, step: 'details', attempted: ['product', 'details'] };
}
