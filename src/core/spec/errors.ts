/**
 * Error codes and non-error status codes of the four request endpoints.
 *
 * Messages are written as the endpoint returns them, with `'xxxx'` wherever the
 * documents put a placeholder for the item (they also spell it 'xxx', 'xx' and
 * 'errorItem'; each such entry says so in a comment), and with straight ASCII
 * quotes where the PDF guide prints typographic ones (‘xxxx’, CSR’s).
 *
 * !AutoApplyOrder: `autoapplyorder-ssl.txt` lost the number and message of every
 * row of its error table; only the 48 descriptions remain, in order. Each number
 * below was recovered as follows (web row → code):
 *
 * - rows 1–18 → -1 … -18: guide section 2.1 lists -1 … -18 in the same order,
 *   and each web description states the guide's message in other words
 *   (number and message from the guide).
 * - rows 19 and 20 (both "Common Name must not be an Internet-accessible IP
 *   address.") → -19 and -35, in the guide's order (-19 "...Internet-accessible
 *   IP Address!", -35 "...an IP Address!").
 * - row 21 (compromised key list) → -40, guide 2.1.
 * - row 23 (request token already used) → -55, guide 2.1 (also guide section 1,
 *   `uniqueValue`: "an error code (-55) will be returned ...").
 * - row 24 (PlanID) → -65, placeorder-smime.txt (same description; message from there).
 * - row 26 (email address not valid) → -70, placeorder-smime.txt (same description).
 * - row 29 (argument not applicable) → -83, placeorder-smime.txt (same description).
 * - row 31 (first "permission for the specified context") → -91,
 *   placeorder-smime.txt (same description). Row 32, the second row with that
 *   description, is left in UNNUMBERED_ERRORS: no document gives a second number.
 *   The table runs from -1 downwards, so either row could be -91; the first
 *   was chosen.
 *
 * Rows 22, 25, 27, 28, 30, 32–48 have no number in any document: they are in
 * UNNUMBERED_ERRORS, never used to build or predict a code.
 */
import type { ErrorSpec, RequestEndpointId, UnnumberedErrorSpec } from './types';

const PO = { doc: 'placeorder-smime.txt', section: 'Error codes' } as const;
const AR = { doc: 'autoreplacesmime.txt', section: 'Error codes' } as const;
const RC = { doc: 'requestandcollectsmime.txt', section: 'Error codes' } as const;

/** An !AutoApplyOrder row whose number and message come from guide section 2.1. */
const guide = (row: number) =>
  ({
    doc: 'autoapplyorder-ssl.txt',
    section: `Error codes (row ${row}; description from this table, number and message from guide 2.1)`,
  }) as const;

/** An !AutoApplyOrder row whose number and message come from placeorder-smime.txt (same description). */
const placeOrder = (row: number, code: number) =>
  ({
    doc: 'autoapplyorder-ssl.txt',
    section: `Error codes (row ${row}; description from this table, number and message from placeorder-smime.txt ${code})`,
  }) as const;

export const ERRORS = {
  PlaceOrder: [
    {
      code: -1,
      message: 'Request was not made over HTTPS!',
      description: 'The request must use HTTPS protocol.',
      source: PO,
    },
    {
      code: -2,
      message: "'xxxx' is an unrecognized argument!",
      description: 'The provided argument is not recognized.',
      source: PO,
    },
    {
      code: -3,
      message: "The 'xxxx' argument is missing!",
      description: 'A required argument is missing from the request.',
      source: PO,
    },
    {
      code: -4,
      message: "The value of the 'xxxx' argument is invalid!",
      description: 'The argument value does not meet validation requirements.',
      source: PO,
    },
    {
      code: -13,
      message: 'The CSR uses an unsupported key size!',
      description: 'The key size in the CSR is not supported.',
      source: PO,
    },
    {
      code: -14,
      message: 'An unknown error occurred!',
      description: 'An unknown error occurred.',
      source: PO,
    },
    {
      code: -16,
      message:
        'Incorrect login details, account is locked, password has expired or your source IP is blocked.',
      description:
        'Authentication has failed due to one of the specified reasons. Verify your login credentials or check account restrictions.',
      source: PO,
    },
    {
      code: -38,
      // document: "... validated for 'errorItem' are missing ..."
      message: "Certain details that must be validated for 'xxxx' are missing from this Account!",
      description: 'Certain required details for validation are missing from the account.',
      source: PO,
    },
    {
      code: -39,
      message: 'At least 1 item is missing from this order!',
      description: 'The order does not contain all items.',
      source: PO,
    },
    {
      code: -44,
      message: 'Not a white-listed public key!',
      description: 'The provided public key is not on the whitelist.',
      source: PO,
    },
    {
      code: -62,
      message: 'Company name is required but missing.',
      description: 'The required company name is missing.',
      source: PO,
    },
    {
      code: -65,
      message: 'PlanID for this product not found.',
      description: 'The specified PlanID for the product could not be found.',
      source: PO,
    },
    {
      code: -70,
      message: 'Invalid Email Address!',
      description: 'The provided email address is not valid.',
      source: PO,
    },
    {
      code: -83,
      message: "'xxxx' is not applicable to this order!",
      description: 'The specified argument is not applicable for the current order.',
      source: PO,
    },
    {
      code: -91,
      // document: "Permission Denied. 'xxx'"
      message: "Permission Denied. 'xxxx'",
      description: 'The user does not have permission for the specified context.',
      source: PO,
    },
    {
      code: -97,
      message: 'Session is expired',
      description: 'The session has expired.',
      source: PO,
    },
    {
      code: -126,
      message: 'HTTP(S) CSR Hash DCV Methods are not allowed to validate Wildcard Domain!',
      description: 'The HTTP(S) CSR Hash DCV methods cannot be used to validate a wildcard domain.',
      source: PO,
    },
  ],
  AutoApplyOrder: [
    {
      code: -1,
      message: 'Request was not made over https!',
      description: 'The request must use HTTPS protocol.',
      source: guide(1),
    },
    {
      code: -2,
      message: "'xxxx' is an unrecognised argument!",
      description: 'The provided argument is not recognized.',
      source: guide(2),
    },
    {
      code: -3,
      message: "The 'xxxx' argument is missing!",
      description: 'A required argument is missing from the request.',
      source: guide(3),
    },
    {
      code: -4,
      message: "The value of the 'xxxx' argument is invalid!",
      description: 'The argument value does not meet validation requirements.',
      source: guide(4),
    },
    {
      code: -5,
      message: "The CSR's Common Name may NOT contain a wildcard!",
      description:
        'The Common Name in the certificate signing request (CSR) must not include a wildcard character.',
      source: guide(5),
    },
    {
      code: -6,
      message: "The CSR's Common Name MUST contain ONE wildcard!",
      description: 'The Common Name in the CSR must include exactly one wildcard character.',
      source: guide(6),
    },
    {
      code: -7,
      // guide: "‘xx’ is not a valid ISO-3166 country!"
      message: "'xxxx' is not a valid ISO-3166 country!",
      description: 'The specified country code is not valid according to the ISO-3166 standard.',
      source: guide(7),
    },
    {
      code: -8,
      message: 'The CSR is missing a required field!',
      description: 'The CSR does not include all required fields.',
      source: guide(8),
    },
    {
      code: -9,
      message: 'The CSR is not valid Base-64 data!',
      description: 'The CSR must be encoded in valid Base-64 format.',
      source: guide(9),
    },
    {
      code: -10,
      message: 'The CSR cannot be decoded!',
      description: 'The CSR could not be decoded properly.',
      source: guide(10),
    },
    {
      code: -11,
      message: 'The CSR uses an unsupported algorithm!',
      description: 'The CSR’s algorithm is not supported.',
      source: guide(11),
    },
    {
      code: -12,
      message: 'The CSR has an invalid signature!',
      description: 'The signature on the CSR is invalid.',
      source: guide(12),
    },
    {
      code: -13,
      message: 'The CSR uses an unsupported key size!',
      description: 'The key size in the CSR is not supported.',
      source: guide(13),
    },
    {
      code: -14,
      message: 'An unknown error occurred!',
      description: 'An unknown error occurred.',
      source: guide(14),
    },
    {
      code: -15,
      message: 'Not enough credit!',
      description: 'The account does not have sufficient credit.',
      source: guide(15),
    },
    {
      code: -16,
      message:
        'Permission denied! Contact Sectigo Support to have your account enabled for the !AutoApplyOrder API.',
      // The capture cut this description off after "access the".
      description: 'The user does not have permission to access the …',
      source: guide(16),
    },
    {
      code: -17,
      message: 'Request used GET rather than POST!',
      description: 'The request method should be POST.',
      source: guide(17),
    },
    {
      code: -18,
      message: "The CSR's Common Name may not be a Fully-Qualified Domain Name!",
      description: 'Common Names must not be a fully qualified domain name (FQDN).',
      source: guide(18),
    },
    {
      code: -19,
      message: "The CSR's Common Name may not be an Internet-accessible IP Address!",
      description: 'Common Name must not be an Internet-accessible IP address.',
      source: guide(19),
    },
    {
      code: -35,
      message: "The CSR's Common Name may not be an IP Address!",
      description: 'Common Name must not be an Internet-accessible IP address.',
      source: guide(20),
    },
    {
      code: -40,
      message: 'The CSR uses a key that is believed to have been compromised!',
      description: 'The CSR’s key is on the compromised key list.',
      source: guide(21),
    },
    {
      code: -55,
      message: 'This Request Token is not unique!',
      description: 'The provided request token has already been used.',
      source: guide(23),
    },
    {
      code: -65,
      message: 'PlanID for this product not found.',
      description: 'The specified PlanID for the product could not be found.',
      source: placeOrder(24, -65),
    },
    {
      code: -70,
      message: 'Invalid Email Address!',
      description: 'The provided email address is not valid.',
      source: placeOrder(26, -70),
    },
    {
      code: -83,
      message: "'xxxx' is not applicable to this order!",
      description: 'The specified argument is not applicable for the current order.',
      source: placeOrder(29, -83),
    },
    {
      code: -91,
      // placeorder-smime.txt: "Permission Denied. 'xxx'"
      message: "Permission Denied. 'xxxx'",
      description: 'The user does not have permission for the specified context.',
      source: placeOrder(31, -91),
    },
  ],
  AutoReplaceSMIME: [
    {
      code: -1,
      message: 'Request was not made over HTTPS!',
      description: 'The request must use HTTPS protocol.',
      source: AR,
    },
    {
      code: -2,
      message: 'Unrecognized argument!',
      description: 'The provided argument is not recognized.',
      source: AR,
    },
    {
      code: -3,
      message: "The 'xxxx' argument is missing!",
      description: 'A required argument is missing from the request.',
      source: AR,
    },
    {
      code: -4,
      message: "The value of the 'xxxx' argument is invalid!",
      description: 'The argument value does not meet validation requirements.',
      source: AR,
    },
    {
      code: -13,
      message: 'The CSR uses an unsupported key size!',
      description: 'The key size in the CSR is not supported.',
      source: AR,
    },
    {
      code: -16,
      message:
        'Incorrect login details, account is locked, password has expired or your source IP is blocked.',
      description:
        'Authentication has failed due to one of the specified reasons. Verify your login credentials or check account restrictions.',
      source: AR,
    },
    {
      code: -17,
      message: 'Request used GET rather than POST!',
      description: 'The request method should be POST.',
      source: AR,
    },
    {
      code: -20,
      message: 'The Certificate has been Revoked!',
      description: 'The requested certificate is in a revoked state.',
      source: AR,
    },
    {
      code: -22,
      message: 'The certificate is currently being issued!',
      description: 'The required certificate is in the process of being issued.',
      source: AR,
    },
    {
      code: -42,
      message: 'Call limit reached! Please try again later',
      description: 'Indicates that the maximum number of API calls has been reached.',
      source: AR,
    },
    {
      code: -91,
      message: "Permission denied 'xxxx'",
      description: 'The user doesn’t have the permission to perform the specified action.',
      source: AR,
    },
    {
      code: -136,
      message: 'Wrong certificate state',
      description: 'The certificate is not in a state that allows the requested operation.',
      source: AR,
    },
  ],
  RequestAndCollectSMIME: [
    {
      code: -1,
      message: 'Request was not made over https!',
      description: 'The request must use HTTPS protocol.',
      source: RC,
    },
    {
      code: -2,
      message: 'Unrecognised argument!',
      description: 'The provided argument is not recognized.',
      source: RC,
    },
    {
      code: -3,
      // document: "The 'xxx' argument is missing!"
      message: "The 'xxxx' argument is missing!",
      description: 'The required argument is missing from the request.',
      source: RC,
    },
    {
      code: -4,
      message: "The value of the 'xxxx' argument is invalid!",
      description: 'The argument value does not meet validation requirements.',
      source: RC,
    },
    {
      code: -13,
      message: 'The CSR uses an unsupported key size',
      description: 'The key size in the CSR is not supported.',
      source: RC,
    },
    {
      code: -14,
      message: 'An unknown error occurred!',
      description: 'An unknown error occurred.',
      source: RC,
    },
    {
      code: -16,
      message:
        'Incorrect login details, account is locked, password has expired or your source IP is blocked.',
      description:
        'Authentication has failed due to one of the specified reasons. Verify your login credentials or check account restrictions.',
      source: RC,
    },
    {
      code: -17,
      message: 'Request used GET rather than POST!',
      description: 'The request method should be POST.',
      source: RC,
    },
    {
      code: -18,
      message: 'A CSR has already been provided.',
      description: 'The CSR has already been submitted for this request.',
      source: RC,
    },
    {
      code: -20,
      message: 'The CSR has been rejected!',
      description: 'The provided CSR has been rejected.',
      source: RC,
    },
    {
      code: -21,
      message: 'The certificate has been revoked!',
      description: 'The certificate cannot be collected because it has been revoked.',
      source: RC,
    },
    {
      code: -22,
      message: 'Still awaiting payment!',
      description: 'The certificate cannot be collected because payment is still pending.',
      source: RC,
    },
    {
      code: -153,
      message: 'Unsupported product type!',
      description: 'The specified product type is not supported.',
      source: RC,
    },
    {
      code: -154,
      message: 'Email verification not yet completed!',
      description: 'The email verification process has not been completed.',
      source: RC,
    },
  ],
} as const satisfies Record<RequestEndpointId, readonly ErrorSpec[]>;

/**
 * Status codes that are not errors. The first line (or `errorCode`) carries them;
 * the message is the document's wording for the status.
 */
export const STATUSES = {
  PlaceOrder: [
    {
      code: 0,
      message: 'Success',
      description:
        'errorCode is always present; errors are the negative codes, and errorMessage appears only if an error occurred. On success orderNumber holds the new order number (the sample success response shows only orderNumber=8151164).',
      source: { doc: 'placeorder-smime.txt', section: 'Response parameters' },
    },
  ],
  AutoApplyOrder: [
    {
      code: 1,
      message: 'Successful, Payment Required',
      description:
        'Whether 0 or 1 is returned for successful orders depends on how your account is configured with Sectigo: in special circumstances Sectigo takes payment from your customer on your behalf. Line 3 is then the amount required (not including UK VAT, if required).',
      source: { doc: 'autoapplyorder-guide-v2.txt', section: '2.1 MIME Type and first line' },
    },
    {
      code: 0,
      message: 'Successful',
      description:
        'Usually you take payment from your customer and Sectigo debits your account funds when you place the order. Line 3 is then the amount debited.',
      source: { doc: 'autoapplyorder-guide-v2.txt', section: '2.1 MIME Type and first line' },
    },
  ],
  AutoReplaceSMIME: [
    {
      code: 0,
      message: 'Success',
      description:
        'The request is successful when the status code equals 0; newOrderNumber (line 2 for responseFormat=0) is returned if the replacement order has been created.',
      source: { doc: 'autoreplacesmime.txt', section: 'Response' },
    },
  ],
  RequestAndCollectSMIME: [
    {
      code: 2,
      message: 'Certificates attached.',
      description: 'The response contains the encoded certificate(s).',
      source: { doc: 'requestandcollectsmime.txt', section: 'Response' },
    },
    {
      code: 1,
      message: 'Certificates available.',
      description: 'The certificate is ready for collection.',
      source: { doc: 'requestandcollectsmime.txt', section: 'Response' },
    },
    {
      code: 0,
      message: 'Request accepted and being processed by Sectigo.',
      description: 'The request is successful; the certificate is not yet available.',
      source: { doc: 'requestandcollectsmime.txt', section: 'Response' },
    },
  ],
} as const satisfies Record<RequestEndpointId, readonly ErrorSpec[]>;

const unnumbered = (row: number) =>
  ({
    doc: 'autoapplyorder-ssl.txt',
    section: `Error codes (row ${row}; number and message lost, no document gives them)`,
  }) as const;

/** !AutoApplyOrder error rows whose number no document gives. Reference only. */
export const UNNUMBERED_ERRORS = [
  {
    endpoint: 'AutoApplyOrder',
    description: 'The specified domain name has already been validated.',
    source: unnumbered(22),
  },
  {
    endpoint: 'AutoApplyOrder',
    description: 'The specified parameter can only be used with license products.',
    source: unnumbered(25),
  },
  {
    endpoint: 'AutoApplyOrder',
    description: 'The account has already ordered this specific SWP product.',
    source: unnumbered(27),
  },
  {
    endpoint: 'AutoApplyOrder',
    description: 'The order can include only one Web Package product.',
    source: unnumbered(28),
  },
  {
    // Not -39 (placeorder-smime.txt "The order does not contain all items."):
    // different description, and the table's order puts this row after -83.
    endpoint: 'AutoApplyOrder',
    description: 'The order must include the specified item.',
    source: unnumbered(30),
  },
  {
    // Second row with this description; the first is -91.
    endpoint: 'AutoApplyOrder',
    description: 'The user does not have permission for the specified context.',
    source: unnumbered(32),
  },
  {
    endpoint: 'AutoApplyOrder',
    description: 'An internal error occurred while decoding the CSR.',
    source: unnumbered(33),
  },
  {
    endpoint: 'AutoApplyOrder',
    description: 'The Tier1 credit/debit processing encountered an internal error.',
    source: unnumbered(34),
  },
  {
    endpoint: 'AutoApplyOrder',
    description: 'The Tier1 credit/debit processing encountered an internal error.',
    source: unnumbered(35),
  },
  {
    endpoint: 'AutoApplyOrder',
    description: 'The Tier1 credit/debit processing encountered an internal error.',
    source: unnumbered(36),
  },
  {
    // The capture cut this description off after "The specified".
    endpoint: 'AutoApplyOrder',
    description: 'The specified …',
    source: unnumbered(37),
  },
  {
    endpoint: 'AutoApplyOrder',
    description: 'No price information available for the specified item.',
    source: unnumbered(38),
  },
  {
    endpoint: 'AutoApplyOrder',
    description: 'The provided item cost is incorrect.',
    source: unnumbered(39),
  },
  {
    endpoint: 'AutoApplyOrder',
    description: 'The provided item cost is incorrect.',
    source: unnumbered(40),
  },
  {
    endpoint: 'AutoApplyOrder',
    description: 'The specified product identifier is incorrect.',
    source: unnumbered(41),
  },
  {
    endpoint: 'AutoApplyOrder',
    description: 'An internal error occurred.',
    source: unnumbered(42),
  },
  {
    endpoint: 'AutoApplyOrder',
    description: 'Semantic error. TAX is no longer a valid value. Use TIN instead.',
    source: unnumbered(43),
  },
  {
    endpoint: 'AutoApplyOrder',
    description: 'Semantic error. The format of the provided identifier is incorrect.',
    source: unnumbered(44),
  },
  {
    endpoint: 'AutoApplyOrder',
    description: 'Semantic error. The country code in the provided identifier is incorrect.',
    source: unnumbered(45),
  },
  {
    endpoint: 'AutoApplyOrder',
    description:
      'The user does not have sufficient privileges to order the specified product type.',
    source: unnumbered(46),
  },
  {
    endpoint: 'AutoApplyOrder',
    description: 'The specified parameter is not valid for this product type.',
    source: unnumbered(47),
  },
  {
    // The capture cut this description off after "not listed in the".
    endpoint: 'AutoApplyOrder',
    description: 'The CSR contains domain names not listed in the …',
    source: unnumbered(48),
  },
] as const satisfies readonly (UnnumberedErrorSpec & { readonly endpoint: 'AutoApplyOrder' })[];
