/**
 * What to do next for each documented code, in plain words. The advice follows
 * the row's message and description in ERRORS / STATUSES (whose `source` cites
 * the document); where it adds a fact, the entry's comment cites it. `{item}`
 * is replaced by the parameter the error names, or by a neutral phrase;
 * `{ in item}` (any words before `item`) by " in 'item'", or by nothing.
 * Codes are type-checked against the endpoint's tables; a test checks every
 * documented code has a step.
 */
import type { ERRORS, STATUSES } from '../spec/errors';
import type { RequestEndpointId } from '../spec/types';

type CodeOf<E extends RequestEndpointId> =
  (typeof ERRORS)[E][number]['code'] | (typeof STATUSES)[E][number]['code'];

type StepTable = { readonly [E in RequestEndpointId]: readonly (readonly [CodeOf<E>, string])[] };

const HTTPS = 'Send the request to the endpoint’s https:// address.';
const UNRECOGNISED =
  'Remove or correct the parameter {item}: its name is not one the endpoint knows (see the Reference).';
const UNRECOGNISED_NO_ITEM =
  'Compare every parameter name with the endpoint’s parameter list (see the Reference) and remove or correct the one it does not know.';
/** -2 naming a parameter the endpoint's own tables list: the name is known, so something else is wrong. */
export const UNRECOGNISED_DOCUMENTED =
  '{item} is a documented parameter of this endpoint, so the name itself is right: check it was sent to this endpoint (not another), spelt and numbered exactly as documented (1_PPP, 2_PPP …), and only once.';
const MISSING = 'Add the parameter {item} to the request and send it again.';
const INVALID =
  'Correct the value of {item}: check its type, maximum length and allowed values in the Reference.';
const KEY_SIZE =
  'Generate a new key pair and CSR with a supported key size, then send the new CSR.';
const UNKNOWN =
  'Try again later; if it keeps happening, contact Sectigo support with the time of the request.';
const LOGIN =
  'Check loginName and loginPassword (both case-sensitive), whether the account is locked or the password has expired, and whether Sectigo allows the IP address your request comes from.';
const POST = 'Send the request with POST and a form-encoded body, not GET.';
const PLAN_ID =
  'The product is not set up for your account: check the product code, or ask Sectigo support to enable it.';
const EMAIL = 'Correct the email address{ in item} and send the request again.';
const NOT_APPLICABLE = 'Remove {item}: it does not apply to this product or order.';
const PERMISSION =
  'Your account lacks the permission for this action{ on item}: ask your Sectigo account manager or support to grant it.';

export const NEXT_STEPS: StepTable = {
  PlaceOrder: [
    [0, 'The order was placed: keep the order number for support and for later calls.'],
    [-1, HTTPS],
    [-2, UNRECOGNISED],
    [-3, MISSING],
    [-4, INVALID],
    [-13, KEY_SIZE],
    [-14, UNKNOWN],
    [-16, LOGIN],
    [
      -38,
      'Complete and have validated the account details for {item} in your Sectigo account, then order again.',
    ],
    [-39, 'Add at least one item (a product) to the order and send it again.'],
    [
      -44,
      'Use a key pair whose public key is on your account’s white list, or ask Sectigo support to add it.',
    ],
    [-62, 'Add the company name to the order and send it again.'],
    [-65, PLAN_ID],
    [-70, EMAIL],
    [-83, NOT_APPLICABLE],
    [-91, PERMISSION],
    [-97, 'The session expired: start the order again from the beginning.'],
    [
      -126,
      // shared/api-docs/README.md: "Wildcard names cannot be validated by the HTTP(S) method (error -126)".
      'Validate the wildcard domain by another method (DNS CNAME or email): HTTP(S) file validation cannot prove control of a wildcard.',
    ],
  ],
  AutoApplyOrder: [
    [
      1,
      'The order was placed and payment is required: the amount on line 3 (totalCost) is due from the customer.',
    ],
    [
      0,
      'The order was placed and the amount (totalCost) debited from your account: keep the order number.',
    ],
    [-1, HTTPS],
    [-2, UNRECOGNISED],
    [-3, MISSING],
    [-4, INVALID],
    [
      -5,
      'Order a wildcard product for a wildcard Common Name, or make a new CSR whose Common Name has no wildcard.',
    ],
    [
      -6,
      'Make a new CSR whose Common Name has exactly one wildcard (like *.example.com), or order a non-wildcard product.',
    ],
    [-7, 'Use a two-letter ISO 3166 country code in the CSR or the request{ instead of item}.'],
    [-8, 'Make a new CSR that includes every required subject field.'],
    [
      -9,
      'Send the CSR exactly as generated: Base64, with or without its BEGIN/END lines, and nothing else.',
    ],
    [-10, 'The CSR could not be read: generate a new CSR and send it unchanged.'],
    [-11, 'Generate a new CSR with a supported key and signature algorithm.'],
    [
      -12,
      'The CSR’s signature does not verify: generate a new CSR and do not edit it after signing.',
    ],
    [-13, KEY_SIZE],
    [-14, UNKNOWN],
    [-15, 'Add funds to your Sectigo account, then place the order again.'],
    [-16, 'Ask Sectigo support to enable your account for the !AutoApplyOrder API.'],
    [-17, POST],
    [
      -18,
      'This product does not accept a fully-qualified domain name as Common Name: choose a product that does, or change the CSR.',
    ],
    [
      -19,
      'Use a CSR whose Common Name is not an Internet-accessible IP address, or a product that allows one.',
    ],
    [-35, 'Use a CSR whose Common Name is a domain name, not an IP address.'],
    [
      -40,
      'The key is believed compromised: generate a new key pair and CSR, and never use that key again.',
    ],
    [
      -55,
      // guide section 1, uniqueValue: re-using the same CSR and uniqueValue returns -55.
      'The Request Token was used before: when re-using a CSR send a different uniqueValue, or none so that Sectigo generates one.',
    ],
    [-65, PLAN_ID],
    [-70, EMAIL],
    [-83, NOT_APPLICABLE],
    [-91, PERMISSION],
  ],
  AutoReplaceSMIME: [
    [0, 'The request succeeded: keep the new order number (newOrderNumber) of the replacement.'],
    [-1, HTTPS],
    [-2, UNRECOGNISED_NO_ITEM],
    [-3, MISSING],
    [-4, INVALID],
    [-13, KEY_SIZE],
    [-16, LOGIN],
    [-17, POST],
    [-20, 'A revoked certificate cannot be replaced: place a new order instead.'],
    [-22, 'The certificate is still being issued: wait until it is issued, then replace it.'],
    [-42, 'The API call limit was reached: wait a while, then try again.'],
    [-91, PERMISSION],
    [
      -136,
      'The certificate is not in a state that can be replaced: check the order’s status first.',
    ],
  ],
  RequestAndCollectSMIME: [
    [2, 'Save the certificates: root, intermediate and end entity, in that order.'],
    [
      1,
      'The certificate is ready: call again with queryType 1 (or 2, or 3) to collect the certificate data.',
    ],
    [0, 'Sectigo accepted the request and is processing it: call again later to collect.'],
    [-1, HTTPS],
    [-2, UNRECOGNISED_NO_ITEM],
    [-3, MISSING],
    [-4, INVALID],
    [-13, KEY_SIZE],
    [-14, UNKNOWN],
    [-16, LOGIN],
    [-17, POST],
    [
      -18,
      'A CSR was already supplied for this order: send the request again without csr to collect the certificate.',
    ],
    [
      -20,
      'Sectigo rejected the CSR: generate a new key pair and CSR, or ask Sectigo support why it was rejected.',
    ],
    [
      -21,
      'The certificate was revoked and cannot be collected: place a new order if one is needed.',
    ],
    [-22, 'Payment is still pending: complete the payment, then collect again.'],
    [
      -153,
      'This endpoint does not handle the order’s product type: check that the order number is an S/MIME order.',
    ],
    [
      -154,
      'The certificate holder has not completed the email verification: ask them to follow the link in the verification email, then collect again.',
    ],
  ],
};

/** For a code no table documents. */
export const UNDOCUMENTED_STEP =
  'This code is not in the endpoint’s documentation: keep the raw message, check that the right endpoint was chosen, and ask Sectigo support.';

const LOOKUP = new Map<string, string>();
for (const endpoint of Object.keys(NEXT_STEPS) as RequestEndpointId[]) {
  for (const [code, step] of NEXT_STEPS[endpoint]) LOOKUP.set(`${endpoint} ${code}`, step);
}

/** The next step for a code, with the item filled in (see the header). */
export function nextStepFor(
  endpoint: RequestEndpointId,
  code: number,
  item?: string,
): string | undefined {
  const step = LOOKUP.get(`${endpoint} ${code}`);
  if (step === undefined) return undefined;
  if (!step.includes('{')) return step;
  const quoted = item === undefined ? undefined : `'${item}'`;
  // Replacement functions and split/join: an item holding `$&` stays literal.
  return step
    .replace(/\{ ([a-z ]+) item\}/g, (_match, words: string) =>
      quoted === undefined ? '' : ` ${words} ${quoted}`,
    )
    .split('{item}')
    .join(quoted ?? 'named in the error message');
}
