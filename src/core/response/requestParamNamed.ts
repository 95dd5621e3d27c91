/**
 * Whether an endpoint documents a request parameter of this name, item
 * parameters included: !PlaceOrder's tables write them as `x_PPP`, and they
 * are sent as `1_PPP`, `2_PPP` ... or `_1_PPP` (placeorder-smime.txt, x_PPP).
 */
import { findParam } from '../spec/endpoints';
import type { EndpointId, RequestEndpointId } from '../spec/types';

const ITEM_NAME = /^_?\d{1,2}_(.+)$/;

export function requestParamNamed(endpoint: EndpointId, name: string): boolean {
  if (endpoint === 'Push') return false;
  const request: RequestEndpointId = endpoint;
  if (findParam(request, name) !== undefined) return true;
  const itemName = ITEM_NAME.exec(name.trim())?.[1];
  return itemName !== undefined && findParam(request, itemName)?.item === true;
}
