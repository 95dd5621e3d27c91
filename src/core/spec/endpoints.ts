/** The four request endpoints: address, methods and parameter table of each. */
import type { EndpointSpec, ParamSpec, RequestEndpointId } from './types';
import { PLACE_ORDER_PARAMS } from './params/placeOrder';
import { AUTO_APPLY_ORDER_PARAMS } from './params/autoApplyOrder';
import { AUTO_REPLACE_SMIME_PARAMS } from './params/autoReplaceSmime';
import { REQUEST_AND_COLLECT_SMIME_PARAMS } from './params/requestAndCollectSmime';

export const ENDPOINTS = {
  PlaceOrder: {
    id: 'PlaceOrder',
    title: '!PlaceOrder',
    url: 'https://secure.trust-provider.com/products/!PlaceOrder',
    // "For GET requests, submit parameters in the query string. For POST requests ..."
    methods: ['GET', 'POST'],
    params: PLACE_ORDER_PARAMS,
    source: { doc: 'placeorder-smime.txt', section: 'Endpoint: !PlaceOrder' },
  },
  AutoApplyOrder: {
    id: 'AutoApplyOrder',
    title: '!AutoApplyOrder',
    url: 'https://secure.trust-provider.com/products/!AutoApplyOrder',
    // "Use the POST method for this endpoint." (-17 answers a GET)
    methods: ['POST'],
    params: AUTO_APPLY_ORDER_PARAMS,
    source: { doc: 'autoapplyorder-ssl.txt', section: 'Endpoint: !AutoApplyOrder' },
  },
  AutoReplaceSMIME: {
    id: 'AutoReplaceSMIME',
    title: '!AutoReplaceSMIME',
    url: 'https://secure.trust-provider.com/products/!AutoReplaceSMIME',
    methods: ['POST'],
    params: AUTO_REPLACE_SMIME_PARAMS,
    source: { doc: 'autoreplacesmime.txt', section: 'Endpoint: !AutoReplaceSMIME' },
  },
  RequestAndCollectSMIME: {
    id: 'RequestAndCollectSMIME',
    title: 'RequestAndCollectSMIME',
    url: 'https://secure.trust-provider.com/products/download/RequestAndCollectSMIME',
    methods: ['POST'],
    params: REQUEST_AND_COLLECT_SMIME_PARAMS,
    source: { doc: 'requestandcollectsmime.txt', section: 'Endpoint: RequestAndCollectSMIME' },
  },
} as const satisfies { [K in RequestEndpointId]: EndpointSpec & { id: K } };

export const REQUEST_ENDPOINT_IDS = Object.keys(ENDPOINTS) as RequestEndpointId[];

/** An endpoint's parameters as plain ParamSpec entries, to search without a cast. */
export function paramsOf(endpoint: RequestEndpointId): readonly ParamSpec[] {
  return ENDPOINTS[endpoint].params;
}

/** Finds a parameter by name, case-insensitively and by alias (Sectigo ignores case). */
export function findParam(endpoint: RequestEndpointId, name: string): ParamSpec | undefined {
  const wanted = name.toLowerCase();
  return paramsOf(endpoint).find(
    (param) =>
      param.name.toLowerCase() === wanted ||
      (param.aliases ?? []).some((alias) => alias.toLowerCase() === wanted),
  );
}
