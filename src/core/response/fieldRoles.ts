/**
 * The part each named response field plays in decoding, per endpoint. Every
 * name is type-checked against the endpoint's field table (RESPONSE_FIELDS or
 * PUSH_FIELDS), so a renamed field fails to compile here.
 */
import type { PUSH_FIELDS } from '../spec/push';
import type { RESPONSE_FIELDS } from '../spec/responses';
import type { EndpointId, RequestEndpointId, Source } from '../spec/types';

export type FieldNameOf<E extends EndpointId> = E extends RequestEndpointId
  ? (typeof RESPONSE_FIELDS)[E][number]['name']
  : (typeof PUSH_FIELDS)[number]['name'];

export interface FieldRoles<N extends string> {
  /** The field carrying the status code. */
  readonly status: N;
  readonly message?: N;
  /** The field naming the request parameter an error is about. */
  readonly item?: N;
  readonly orderNumber?: N;
  /** Fields that may carry certificate data (PEM, or Base64 for g_ccc). */
  readonly payload?: readonly N[];
  readonly verificationCode?: N;
  readonly statusName?: N;
  readonly statusDesc?: N;
  /** Fields only present on success: their presence without a status means status 0. */
  readonly successOnly: readonly N[];
  readonly source: Source;
}

export const FIELD_ROLES = {
  PlaceOrder: {
    status: 'errorCode',
    message: 'errorMessage',
    item: 'errorItem',
    orderNumber: 'orderNumber',
    // "A newly assigned order number if the order was placed successfully."
    successOnly: ['orderNumber'],
    source: { doc: 'placeorder-smime.txt', section: 'Response parameters' },
  },
  AutoApplyOrder: {
    status: 'errorCode',
    message: 'errorMessage',
    orderNumber: 'orderNumber',
    // "This parameter is only present when errorCode=0."
    successOnly: [
      'orderNumber',
      'totalCost',
      'expectedDeliveryTime',
      'certificateID',
      'certificateStatus',
    ],
    source: { doc: 'autoapplyorder-guide-v2.txt', section: '3.2 Parameters' },
  },
  AutoReplaceSMIME: {
    status: 'errorCode',
    message: 'errorMessage',
    orderNumber: 'newOrderNumber',
    // "only present in case the new order has been created."
    successOnly: ['newOrderNumber'],
    source: { doc: 'autoreplacesmime.txt', section: 'Response with responseFormat=1' },
  },
  RequestAndCollectSMIME: {
    // "g_ccc contains the Base64 structure requested by responseType; g_errorCode contains the status code"
    status: 'g_errorCode',
    payload: ['g_ccc'],
    successOnly: [],
    source: { doc: 'requestandcollectsmime.txt', section: 'responseEncoding' },
  },
  Push: {
    status: 'statusCode',
    orderNumber: 'orderNumber',
    payload: ['certificate', 'caCertificate'],
    verificationCode: 'verificationCode',
    statusName: 'status',
    statusDesc: 'statusDesc',
    successOnly: [],
    source: {
      doc: 'autoapplyorder-guide-v2.txt',
      section: '6. Push Notification / Webhook API: Call Information',
    },
  },
} as const satisfies { [E in EndpointId]: FieldRoles<FieldNameOf<E>> };

/** The roles of an endpoint, widened to plain strings for lookups. */
export function rolesOf(endpoint: EndpointId): FieldRoles<string> {
  return FIELD_ROLES[endpoint];
}
