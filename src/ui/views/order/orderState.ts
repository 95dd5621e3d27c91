/**
 * The Order view's form, kept in memory while the page is open so that a trip
 * to another view (to generate a CSR, say) loses nothing. It holds the
 * account credentials, so it never goes into the address or a log, nor onto
 * the device: "remember these settings" (deviceSettings.ts) keeps only the
 * reseller's own settings, picked by resellerSettings.ts.
 */
import { orderTargetForCsr, type OrderEndpointId } from '../../../core/order';
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

let offeredCsr: string | undefined;

/**
 * "Use it in an order" from another view: the CSR is handed over in memory,
 * and the Order view takes it (once) when it opens.
 */
export function offerCsrToOrder(csrPem: string): void {
  offeredCsr = csrPem;
}

export function takeOfferedCsr(): string | undefined {
  const csr = offeredCsr;
  offeredCsr = undefined;
  return csr;
}

/** The form with a CSR put where its kind is ordered (orderTargetForCsr); unchanged when the CSR says nothing. */
export function withCsr(state: OrderFormState, csrPem: string): OrderFormState {
  const target = orderTargetForCsr(csrPem);
  const endpoint = target?.endpoint ?? state.endpoint;
  const field = target?.field;
  if (field === undefined) return state;
  return {
    ...state,
    endpoint,
    values: { ...state.values, [endpoint]: { ...state.values[endpoint], [field]: csrPem } },
  };
}
