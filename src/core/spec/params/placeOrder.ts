/**
 * Request parameters of !PlaceOrder (S/MIME ordering for resellers), in the
 * order of the parameter tables in `placeorder-smime.txt`.
 *
 * Used in examples but not in the table (so not listed here as parameters):
 * - `1_organizationIdentifier` — sample curl request (the table's
 *   `x_organizationIdentifier`, sent for item 1; see that entry below)
 * - `1_showCollectionCode` — sample curl request (`1_showCollectionCode=Y`)
 * - `1_MACAddress` — HTML `<form>` integration example
 *
 * `x_organizationIdentifier` sits in the table under "Other company details",
 * but it carries the `x_` item prefix, and the sample request sends it as
 * `1_organizationIdentifier`; it is also required per S/MIME Organization-Validated
 * item (x_PPP 243 / 2432). So it is an item parameter here: `item: true`, name
 * `organizationIdentifier`, while keeping its documented group.
 *
 * Item parameters (`item: true`) are written without their `x_` prefix; they are
 * sent as `1_name`, `2_name` ... or `_1_name`.
 */
import type { ParamSpec } from '../types';
import {
  AP_PARAM,
  ERROR_URL_PARAM,
  LANGUAGE_NAME_PARAM,
  RESELLER_PARAM,
  SUCCESS_URL_PARAM,
} from './placeOrderConfig';
import {
  BUSINESS_CATEGORIES,
  OFFER_CODES,
  RETURNING_CUSTOMER,
  SMIME_SUBJECT_CN,
  VISIBILITY,
} from '../values';

const DOC = 'placeorder-smime.txt';

export const PLACE_ORDER_PARAMS = [
  // Reseller details
  AP_PARAM,
  RESELLER_PARAM,
  ERROR_URL_PARAM,
  SUCCESS_URL_PARAM,
  {
    name: 'region',
    label: 'Region',
    group: 'Reseller details',
    requirement: 'optional',
    type: 'string',
    maxLength: 64,
    default: 'Unknown',
    description:
      'The region of the world the order is being placed from. If omitted, defaults to Unknown.',
    source: { doc: DOC, section: 'region' },
  },
  {
    name: 'isReturningCustomer',
    label: 'Returning customer',
    group: 'Reseller details',
    requirement: 'optional',
    condition: 'Only relevant when loginName and loginPassword are being used.',
    type: 'char',
    values: RETURNING_CUSTOMER.values,
    format: 'yn',
    description:
      'Whether the customer placing the order is new or already in the system: Y — already has an account; N — new customer.',
    source: { doc: DOC, section: 'isReturningCustomer' },
  },
  {
    name: 'product',
    label: 'Product codes',
    group: 'Reseller details',
    requirement: 'optional',
    type: 'string',
    format: 'productList',
    description:
      'A comma-separated list of product codes, used by the Ordering URLs page so orders can be placed interactively without integrating this endpoint.',
    source: { doc: DOC, section: 'product' },
  },
  {
    name: 'offerCode',
    label: 'Offer code',
    group: 'Reseller details',
    requirement: 'optional',
    type: 'string',
    maxLength: 64,
    values: OFFER_CODES.values,
    description:
      'Values related to offers, provided in cases of special pricing or when extra products are added.',
    source: { doc: DOC, section: 'offerCode' },
  },

  // Company address details
  {
    name: 'organizationName',
    label: 'Organization name',
    group: 'Company address details',
    requirement: 'optional',
    type: 'string',
    maxLength: 64,
    description: 'The organization name.',
    source: { doc: DOC, section: 'organizationName' },
  },
  {
    name: 'organizationalUnitName',
    label: 'Organizational unit',
    group: 'Company address details',
    requirement: 'optional',
    type: 'string',
    maxLength: 64,
    description: 'The organizational unit name.',
    source: { doc: DOC, section: 'organizationalUnitName' },
  },
  {
    name: 'postOfficeBox',
    label: 'PO box',
    group: 'Company address details',
    requirement: 'optional',
    type: 'string',
    maxLength: 40,
    description: 'The organization post office box.',
    source: { doc: DOC, section: 'postOfficeBox' },
  },
  {
    name: 'streetAddress1',
    label: 'Street address 1',
    group: 'Company address details',
    requirement: 'optional',
    type: 'string',
    maxLength: 128,
    description: 'The street address where the organization operates.',
    source: { doc: DOC, section: 'streetAddress1' },
  },
  {
    name: 'streetAddress2',
    label: 'Street address 2',
    group: 'Company address details',
    requirement: 'optional',
    type: 'string',
    maxLength: 128,
    description: 'The second part of the company’s street address (if necessary).',
    source: { doc: DOC, section: 'streetAddress2' },
  },
  {
    name: 'streetAddress3',
    label: 'Street address 3',
    group: 'Company address details',
    requirement: 'optional',
    type: 'string',
    maxLength: 128,
    description: 'The third part of the company’s street address (if necessary).',
    source: { doc: DOC, section: 'streetAddress3' },
  },
  {
    name: 'localityName',
    label: 'City',
    group: 'Company address details',
    requirement: 'optional',
    condition:
      'Where an address is required, localityName may be omitted if stateOrProvinceName is given, and vice versa.',
    type: 'string',
    maxLength: 128,
    description: 'The city in which the organization operates.',
    source: { doc: DOC, section: 'localityName' },
  },
  {
    name: 'stateOrProvinceName',
    label: 'State or province',
    group: 'Company address details',
    requirement: 'optional',
    condition:
      'Where an address is required, stateOrProvinceName may be omitted if localityName is given, and vice versa.',
    type: 'string',
    maxLength: 128,
    description: 'The state or province in which the organization operates.',
    source: { doc: DOC, section: 'stateOrProvinceName' },
  },
  {
    name: 'postalCode',
    label: 'Postal code',
    group: 'Company address details',
    requirement: 'optional',
    type: 'string',
    maxLength: 40,
    description: 'The company’s postal code.',
    source: { doc: DOC, section: 'postalCode' },
  },
  {
    name: 'countryName',
    aliases: ['country'],
    label: 'Country',
    group: 'Company address details',
    requirement: 'optional',
    type: 'string',
    maxLength: 2,
    format: 'country',
    default: 'US',
    description:
      'The ISO 3166 two-character code for the country where the organization operates. If omitted, defaults to US.',
    source: { doc: DOC, section: 'countryName or country' },
  },

  // Other company details
  {
    name: 'dunsNumber',
    label: 'DUNS number',
    group: 'Other company details',
    requirement: 'optional',
    type: 'string',
    maxLength: 20,
    description: 'A unique nine-digit identifier for businesses, provided by Dun & Bradstreet.',
    source: { doc: DOC, section: 'dunsNumber' },
  },
  {
    name: 'companyNumber',
    label: 'Company registration number',
    group: 'Other company details',
    requirement: 'optional',
    type: 'string',
    maxLength: 64,
    description: 'The company registration number.',
    source: { doc: DOC, section: 'companyNumber' },
  },
  {
    name: 'BusinessCategory',
    label: 'Business category',
    group: 'Other company details',
    requirement: 'optional',
    type: 'char',
    maxLength: 1,
    values: BUSINESS_CATEGORIES.values,
    description:
      'The legal classification of the organization: b — Private; c — Government; d — Business Entity.',
    source: { doc: DOC, section: 'BusinessCategory' },
  },
  {
    // x_ prefix and `1_organizationIdentifier` in the sample request: an item parameter.
    name: 'organizationIdentifier',
    label: 'Organization identifier (x_organizationIdentifier)',
    group: 'Other company details',
    requirement: 'optional',
    condition:
      'Required for S/MIME Organization-Validated Multipurpose certificates (x_PPP 243 or 2432).',
    type: 'string',
    maxLength: 100,
    description:
      'The organization identifier, or the PSD2 Authorization Identifier recognized by the National Competent Authority (NCA).',
    appliesTo: ['smime-organization'],
    item: true,
    source: { doc: DOC, section: 'x_organizationIdentifier' },
  },

  // User personal details
  {
    name: 'title',
    label: 'Title',
    group: 'User personal details',
    requirement: 'optional',
    type: 'string',
    maxLength: 64,
    description: 'The customer’s title (for example, Mr, Mrs, Dr, etc).',
    source: { doc: DOC, section: 'title' },
  },
  {
    name: 'name',
    label: 'Full name',
    group: 'User personal details',
    requirement: 'conditional',
    condition: 'Not required if foreName or surName is specified.',
    type: 'string',
    maxLength: 128,
    description: 'The customer’s full name.',
    source: { doc: DOC, section: 'name' },
  },
  {
    name: 'foreName',
    label: 'First name',
    group: 'User personal details',
    requirement: 'conditional',
    condition: 'Not required if name is specified.',
    type: 'string',
    maxLength: 64,
    description: 'The customer’s first name.',
    source: { doc: DOC, section: 'foreName' },
  },
  {
    name: 'surName',
    label: 'Last name',
    group: 'User personal details',
    requirement: 'conditional',
    condition: 'Not required if name is specified.',
    type: 'string',
    maxLength: 64,
    description: 'The customer’s last name.',
    source: { doc: DOC, section: 'surName' },
  },
  {
    name: 'emailAddress',
    label: 'Email address',
    group: 'User personal details',
    requirement: 'required',
    type: 'string',
    maxLength: 255,
    format: 'email',
    description:
      'The customer’s email address. If isReturningCustomer is not specified, its presence indicates a new customer and its absence a returning customer.',
    source: { doc: DOC, section: 'emailAddress' },
  },
  {
    name: 'telephoneNumber',
    label: 'Telephone number',
    group: 'User personal details',
    requirement: 'optional',
    type: 'string',
    maxLength: 32,
    description: 'The customer’s telephone number.',
    source: { doc: DOC, section: 'telephoneNumber' },
  },
  {
    name: 'faxNumber',
    label: 'Fax number',
    group: 'User personal details',
    requirement: 'optional',
    type: 'string',
    maxLength: 32,
    description: 'The customer’s fax number.',
    source: { doc: DOC, section: 'faxNumber' },
  },

  // User login details
  {
    name: 'loginName',
    label: 'Login name',
    group: 'User login details',
    requirement: 'required',
    type: 'string',
    maxLength: 64,
    description: 'Your account username. Case sensitive.',
    source: { doc: DOC, section: 'loginName' },
  },
  {
    name: 'loginPassword',
    label: 'Login password',
    group: 'User login details',
    requirement: 'required',
    type: 'string',
    maxLength: 128,
    description: 'Your account password. Case sensitive.',
    secret: true,
    source: { doc: DOC, section: 'loginPassword' },
  },

  // Items (x_ parameters; x is the item number 1, 2 ...; may be prefixed with _)
  {
    name: 'ID',
    label: 'Product ID (x_ID)',
    group: 'Items',
    requirement: 'conditional',
    condition:
      'Either 1_ID or 1_PPP must be given (at least one item); some products require x_ID instead of x_PPP.',
    type: 'integer',
    description: 'A product ID. Some products require this instead of x_PPP.',
    item: true,
    source: { doc: DOC, section: 'x_ID' },
  },
  {
    name: 'PPP',
    label: 'Product pricing code (x_PPP)',
    group: 'Items',
    requirement: 'conditional',
    condition:
      'Either 1_ID or 1_PPP must be given (at least one item); some products require x_PPP instead of x_ID.',
    type: 'integer',
    description: 'A product pricing parameter. Some products require this instead of x_ID.',
    item: true,
    source: { doc: DOC, section: 'x_PPP' },
  },
  {
    name: 'visibility',
    label: 'Visibility (x_visibility)',
    group: 'Items',
    requirement: 'optional',
    type: 'integer',
    values: VISIBILITY.values,
    default: '-1',
    description:
      'The visibility of the product in the control panel: -1 (default) — visible; 0 — invisible.',
    item: true,
    source: { doc: DOC, section: 'x_visibility' },
  },
  {
    name: 'days',
    label: 'Days (x_days)',
    group: 'Items',
    requirement: 'conditional',
    condition: 'Its necessity is determined by the specific product.',
    type: 'integer',
    description: 'The number of days.',
    item: true,
    source: { doc: DOC, section: 'x_days' },
  },
  {
    name: 'seats',
    label: 'Seats (x_seats)',
    group: 'Items',
    requirement: 'required',
    condition:
      'One quantity row named by the product: x_seats, x_users, x_servers or x_quantity, whichever the product uses.',
    type: 'integer',
    description: 'A quantity that affects the pricing; named depending on the product.',
    item: true,
    source: { doc: DOC, section: 'x_seats, x_users, x_servers, x_quantity' },
  },
  {
    name: 'users',
    label: 'Users (x_users)',
    group: 'Items',
    requirement: 'required',
    condition:
      'One quantity row named by the product: x_seats, x_users, x_servers or x_quantity, whichever the product uses.',
    type: 'integer',
    description: 'A quantity that affects the pricing; named depending on the product.',
    item: true,
    source: { doc: DOC, section: 'x_seats, x_users, x_servers, x_quantity' },
  },
  {
    name: 'servers',
    label: 'Servers (x_servers)',
    group: 'Items',
    requirement: 'required',
    condition:
      'One quantity row named by the product: x_seats, x_users, x_servers or x_quantity, whichever the product uses.',
    type: 'integer',
    description: 'A quantity that affects the pricing; named depending on the product.',
    item: true,
    source: { doc: DOC, section: 'x_seats, x_users, x_servers, x_quantity' },
  },
  {
    name: 'quantity',
    label: 'Quantity (x_quantity)',
    group: 'Items',
    requirement: 'required',
    condition:
      'One quantity row named by the product: x_seats, x_users, x_servers or x_quantity, whichever the product uses.',
    type: 'integer',
    description: 'A quantity that affects the pricing; named depending on the product.',
    item: true,
    source: { doc: DOC, section: 'x_seats, x_users, x_servers, x_quantity' },
  },
  {
    name: 'zones',
    label: 'Zones (x_zones)',
    group: 'Items',
    requirement: 'required',
    condition: 'Named depending on the product.',
    type: 'integer',
    description: 'Another quantity that affects the pricing; named depending on the product.',
    item: true,
    source: { doc: DOC, section: 'x_zones' },
  },
  {
    name: 'smimeEmailAddresses',
    label: 'S/MIME email addresses (x_smimeEmailAddresses)',
    group: 'Items',
    requirement: 'optional',
    condition:
      'The product-specific notes say all S/MIME certificate customers must supply smimeEmailAddresses.',
    type: 'string',
    maxLength: 255,
    format: 'emailList',
    description:
      'The email address(es) to include in the Subject Alternative Names field of the certificate.',
    appliesTo: ['smime-mailbox', 'smime-organization'],
    item: true,
    source: { doc: DOC, section: 'x_smimeEmailAddresses' },
  },
  {
    name: 'smimeSubjectCN',
    label: 'Organization name as CN (x_smimeSubjectCN)',
    group: 'Items',
    requirement: 'optional',
    type: 'char',
    maxLength: 1,
    values: SMIME_SUBJECT_CN.values,
    format: 'yn',
    default: 'N',
    description:
      'For organization-validated S/MIME: Y — include the organization name in the Common Name of the certificate subject; N — no Common Name. If omitted, defaults to N.',
    appliesTo: ['smime-organization'],
    item: true,
    source: { doc: DOC, section: 'x_smimeSubjectCN' },
  },
  {
    name: 'smimeSubjectEmail',
    label: 'Subject email (x_smimeSubjectEmail)',
    group: 'Items',
    requirement: 'optional',
    type: 'string',
    maxLength: 255,
    description:
      'Whether to include the email address in the certificate subject (the product-specific notes: the email address to be included in the certificate subject).',
    appliesTo: ['smime-mailbox', 'smime-organization'],
    item: true,
    source: { doc: DOC, section: 'x_smimeSubjectEmail' },
  },
  {
    name: 'csr',
    label: 'CSR (x_csr)',
    group: 'Items',
    requirement: 'required',
    type: 'string',
    maxLength: 32767,
    format: 'csr',
    description:
      'The Base64-encoded certificate signing request, with or without the -----BEGIN xxxxx----- and -----END xxxxx----- header and footer.',
    item: true,
    source: { doc: DOC, section: 'x_csr' },
  },

  // Email templates
  {
    name: 'SMIMEVerificationTemplateID',
    label: 'S/MIME verification template ID',
    group: 'Email templates',
    requirement: 'optional',
    type: 'integer',
    description:
      'The S/MIME verification email template. Prevails over languageName if both are provided.',
    source: { doc: DOC, section: 'SMIMEVerificationTemplateID' },
  },
  {
    name: 'SMIMERequestTemplateID',
    label: 'S/MIME request template ID',
    group: 'Email templates',
    requirement: 'optional',
    type: 'integer',
    description:
      'The S/MIME request email template. Prevails over languageName if both are provided.',
    source: { doc: DOC, section: 'SMIMERequestTemplateID' },
  },
  {
    name: 'SMIMECollectionTemplateID',
    label: 'S/MIME collection template ID',
    group: 'Email templates',
    requirement: 'optional',
    type: 'integer',
    description:
      'The S/MIME collection email template. Prevails over languageName if both are provided.',
    source: { doc: DOC, section: 'SMIMECollectionTemplateID' },
  },
  {
    name: 'shippingTemplateID',
    label: 'Shipping details template ID',
    group: 'Email templates',
    requirement: 'optional',
    type: 'integer',
    description:
      'The shipping details email template. Prevails over languageName if both are provided.',
    source: { doc: DOC, section: 'shippingTemplateID' },
  },
  LANGUAGE_NAME_PARAM,
] as const satisfies readonly ParamSpec[];
