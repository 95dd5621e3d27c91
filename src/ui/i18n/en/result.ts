/**
 * The result of an order as read from the address (Sectigo's redirect to
 * successURL / errorURL). The page cannot prove a link came from Sectigo, so
 * it states the documented meaning of the code and labels any text taken from
 * the link as such (the README: "Result links are not trusted"; the response
 * parameters: placeorder-smime.txt, "Response parameters").
 */
export const result = {
  title: 'Order result',
  noResult:
    'This page shows the outcome of an order when you come back from Sectigo. The address carries no result now.',
  decodeHint: 'To read any other answer from Sectigo, paste it in',
  decodeLink: 'Decode response',
  placed: 'The order was placed',
  notPlaced: 'The order was not placed',
  unreadable: 'This result could not be read',
  unreadableBody:
    'The link that opened this page carries no result this page recognises. If you just placed an order, check your email or contact the seller.',
  orderNumber: 'Order number',
  orderNumberCopy: 'order number',
  oddOrderNumber:
    'The link carries an order number in an unexpected form (an order number has digits only), so it is not shown as one.',
  unknownCode:
    'The link gives an error code this page does not know. The order was most likely not placed.',
  meaning: 'What this code means',
  linkText: 'Text from the link, not checked',
  fieldUnknown: 'The link names a field this page does not know.',
  field: (label: string) => `The field concerned: ${label}.`,
  cleared:
    'The result was removed from the address bar, so reloading or sharing this page does not repeat it. It stays here until you close the page.',
  everything: 'Everything in the link',
  detailsFailed:
    'The technical details could not be loaded. Close them and open them again to try again.',
  /** The way on from a result page opened on its own (a reseller's page only). */
  toOrderingPage: 'Go to the ordering page',
  openInDecode: 'Open in the Decode view',
  /** Plain words per documented error code of !PlaceOrder (placeorder-smime.txt, "Error codes"). */
  codes: {
    '-1': 'The order did not reach Sectigo over a secure connection.',
    '-2': 'The order contained something Sectigo does not accept.',
    '-3': 'Some information Sectigo needs was missing from the order.',
    '-4': 'Some information in the order was not accepted.',
    '-13': 'Your key is of a size Sectigo does not accept.',
    '-14': 'Sectigo had an unexpected problem with the order.',
    '-16':
      'Sectigo could not sign you in: the account name or password is wrong, or the account is locked or its password expired.',
    '-38': 'The account is missing details that Sectigo must check first.',
    '-39': 'The order did not include a certificate.',
    '-44': 'Sectigo did not accept your key.',
    '-62': 'The organization name is missing.',
    '-65': 'This certificate cannot be ordered through this account at the moment.',
    '-70': 'The email address was not accepted.',
    '-83': 'The order contained a detail that does not apply to it.',
    '-91': 'This account is not allowed to place this order.',
    '-97': 'The session expired.',
  } as Partial<Record<string, string>>,
  /** What the customer can do about each code. */
  advice: {
    '-3': 'Try again and check that every field is filled in.',
    '-4': 'Try again and check what you typed.',
    '-13': 'Try again and make a new key.',
    '-14': 'Wait a few minutes and try again.',
    '-16':
      'Check your account name and password and try again. If you are new, choose “I am new”; if your account is locked, contact us.',
    '-44': 'Try again and make a new key.',
    '-62': 'Try again and enter your organization’s name.',
    '-70': 'Check your email address and try again.',
    '-97': 'Try again.',
  } as Partial<Record<string, string>>,
  adviceDefault: 'Check what you entered and try again.',
};
