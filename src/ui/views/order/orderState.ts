/**
 * The Order view's form, kept in memory while the page is open so that a trip
 * to another view (to generate a CSR, say) loses nothing. Never written to
 * storage, the address or a log: it holds the login password.
 */
import type { OrderEndpointId } from '../../../core/order';
import { REQUEST_ENDPOINT_IDS } from '../../../core/spec';
import { initialValues, type FormValues } from './formModel';

export interface OrderFormState {
  readonly endpoint: OrderEndpointId;
  /** One values map per endpoint: switching endpoints keeps what was typed for each. */
  readonly values: Readonly<Record<OrderEndpointId, FormValues>>;
  /** `!PlaceOrder` items in the order (1_, 2_ …); values of removed items are kept. */
  readonly itemCount: number;
  /** "More options" opened by the user, per group. */
  readonly expanded: Readonly<Record<string, boolean>>;
}

export function freshOrderState(returnAddress: string): OrderFormState {
  const values = Object.fromEntries(
    REQUEST_ENDPOINT_IDS.map((endpoint) => [endpoint, initialValues(endpoint, returnAddress)]),
  ) as Record<OrderEndpointId, FormValues>;
  return {
    endpoint: REQUEST_ENDPOINT_IDS[0] ?? 'PlaceOrder',
    values,
    itemCount: 1,
    expanded: {},
  };
}

let remembered: OrderFormState | undefined;

export function recallOrderForm(): OrderFormState | undefined {
  return remembered;
}

export function rememberOrderForm(state: OrderFormState): void {
  remembered = state;
}

/** Forgets the form, password included (tests, and "Clear the form"). */
export function forgetOrderForm(): void {
  remembered = undefined;
}
