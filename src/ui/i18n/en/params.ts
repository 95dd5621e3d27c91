/**
 * The customer-wording table: what a customer reads for each parameter the
 * ordering page asks for, keyed by its !PlaceOrder (or RequestAndCollectSMIME)
 * name. Only words live here; whether a field is required, its length limit
 * and the cross-field rules come from src/core/spec.
 */
export interface ParamWords {
  readonly label: string;
  readonly help?: string;
  /** Shown when the field is required and empty. */
  readonly required: string;
  /** Shown when the value breaks the field's rule (format), in the reader's words. */
  readonly invalid?: string;
}

export const params = {
  foreName: {
    label: 'First name',
    help: 'As it should appear in your certificate.',
    required: 'Enter your first name (or your last name).',
  },
  surName: {
    label: 'Last name',
    required: 'Enter your last name (or your first name).',
  },
  emailAddress: {
    label: 'Your email address',
    help: 'The certificate will be issued for this mailbox. Sectigo sends a verification link to it.',
    required: 'Enter your email address.',
    invalid: 'Enter your email address in the form name@example.com.',
  },
  telephoneNumber: {
    label: 'Phone number',
    help: 'Optional. Only used if Sectigo needs to reach you about this order.',
    required: 'Enter your phone number.',
  },
  organizationName: {
    label: 'Organization name',
    help: 'The registered legal name, exactly as in the official register.',
    required: 'Enter your organization’s registered name.',
  },
  streetAddress1: {
    label: 'Street address',
    help: 'The organization’s registered address.',
    required: 'Enter the street address of your organization.',
  },
  streetAddress2: {
    label: 'Address line 2',
    help: 'Optional.',
    required: 'Enter the second address line.',
  },
  localityName: {
    label: 'Town or city',
    help: 'Give the town or city, or the state or region (at least one).',
    required: 'Enter the town or city (or the state or region).',
  },
  stateOrProvinceName: {
    label: 'State or region',
    required: 'Enter the state or region (or the town or city).',
  },
  postalCode: {
    label: 'Postal code',
    required: 'Enter the postal code.',
  },
  countryName: {
    label: 'Country',
    required: 'Choose the country of your organization.',
    invalid: 'Choose the country from the list.',
  },
  organizationIdentifier: {
    label: 'Organization identifier',
    help: 'The number your organization is registered under (for example its company registration or VAT number).',
    required: 'Enter your organization’s registration number.',
  },
  loginName: {
    label: 'Account name',
    help: 'Your Sectigo account name (case sensitive). You use it later to collect the certificate.',
    required: 'Enter your account name.',
  },
  loginPassword: {
    label: 'Account password',
    help: 'Case sensitive. Sent only to Sectigo; this page never stores it.',
    required: 'Enter your account password.',
  },
  orderNumber: {
    label: 'Order number',
    help: 'The number shown when you placed the order (digits only).',
    required: 'Enter your order number, or use a collection code instead.',
    invalid: 'An order number has digits only, such as 8151164.',
  },
  collectionCode: {
    label: 'Collection code',
    help: 'If you received a collection code, you can use it alone, without your account name and password.',
    required: 'Enter your collection code.',
  },
} satisfies Record<string, ParamWords>;

export type ParamName = keyof typeof params;
