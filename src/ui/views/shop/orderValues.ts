/**
 * The order model of the ordering page: which !PlaceOrder parameters it asks
 * for, by step, and the values it sends. What each parameter means, its limit
 * and its rules come from the !PlaceOrder table (src/core/spec).
 */
import type { ResellerConfig } from '../../../core/config';
import { paramsOf, type ParamSpec, type ProductSpec } from '../../../core/spec';

export { offeredProducts } from './offeredProducts';

const PARAMS = paramsOf('PlaceOrder');

/** The !PlaceOrder table entry of `name` (item parameters are sent as 1_<name>). */
export function placeOrderParam(name: string, item = false): ParamSpec {
  const found = PARAMS.find((p) => p.name === name && Boolean(p.item) === item);
  if (!found) throw new Error(`PlaceOrder parameter ${name} missing from the table`);
  return found;
}

export const PERSON_FIELDS = ['foreName', 'surName', 'emailAddress', 'telephoneNumber'] as const;
export const ORGANIZATION_FIELDS = [
  'organizationName',
  'streetAddress1',
  'streetAddress2',
  'localityName',
  'stateOrProvinceName',
  'postalCode',
  'countryName',
] as const;
export const ACCOUNT_FIELDS = ['loginName', 'loginPassword'] as const;
/** Sent as 1_organizationIdentifier. */
export const ITEM_FIELDS: readonly string[] = ['organizationIdentifier'];

/**
 * placeorder-smime.txt: OV S/MIME needs "the full company name and address"
 * (street, postal code, country, and locality or state: the cross-field rule
 * in src/core/spec/rules.ts reports the last one).
 */
export const ORGANIZATION_REQUIRED: readonly string[] = [
  'organizationName',
  'streetAddress1',
  'postalCode',
  'countryName',
  'organizationIdentifier',
];

/** What the page itself insists on for a mailbox order: a person and a mailbox. */
export const PERSON_REQUIRED: readonly string[] = ['foreName', 'emailAddress'];

/** The fields of the details step for a product, in the order shown. */
export function detailFields(product: ProductSpec | undefined): string[] {
  return [
    ...PERSON_FIELDS,
    ...(product?.validation === 'organization'
      ? [...ORGANIZATION_FIELDS, 'organizationIdentifier']
      : []),
    ...ACCOUNT_FIELDS,
  ];
}

/** This page's own address without a fragment: Sectigo appends the result as a query string. */
export function pageAddress(location: { origin: string; pathname: string }): string {
  // placeorder-smime.txt, "Specified successURL or errorURL": the result is
  // "passed as GET parameters in the 'query string'".
  return `${location.origin}${location.pathname}`;
}

/** The !PlaceOrder values for the current form: what will be sent. */
export function orderValues(
  config: ResellerConfig,
  product: ProductSpec | undefined,
  form: Readonly<Record<string, string>>,
  csrPem: string | undefined,
  /** The language the customer reads the page in: Sectigo's emails then speak it too. */
  language: string | undefined = config.languageName,
  address: string = pageAddress(window.location),
): Record<string, string> {
  const values: Record<string, string> = {
    ap: config.ap,
    reseller: config.reseller,
    successURL: config.successURL ?? address,
    errorURL: config.errorURL ?? address,
    isReturningCustomer: form.isReturningCustomer ?? 'N',
  };
  if (language) values.languageName = language;
  for (const key of [
    'SMIMEVerificationTemplateID',
    'SMIMERequestTemplateID',
    'SMIMECollectionTemplateID',
    'shippingTemplateID',
  ] as const) {
    const id = config[key];
    if (id !== undefined) values[key] = String(id);
  }
  for (const name of [...PERSON_FIELDS, ...ACCOUNT_FIELDS]) values[name] = form[name] ?? '';
  if (product) {
    values['1_PPP'] = String(product.code);
    values['1_smimeEmailAddresses'] = form.emailAddress ?? '';
    if (product.validation === 'organization') {
      for (const name of ORGANIZATION_FIELDS) values[name] = form[name] ?? '';
      values['1_organizationIdentifier'] = form.organizationIdentifier ?? '';
    }
  }
  if (csrPem) values['1_csr'] = csrPem;
  return values;
}
