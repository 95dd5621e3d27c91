/**
 * What the Order view shows for an endpoint and its products, derived from the
 * spec tables alone: which parameters are fields, which of them are required,
 * which are "more options", and which typed values are sent. No Sectigo fact
 * is written here; every name, scope and requirement is read from
 * ENDPOINTS[...].params and PRODUCTS.
 */
import { appliesToOrder, isScoped, paramNeed, type OrderEndpointId } from '../../../core/order';
import {
  PRESELECTS,
  findProduct,
  paramValues,
  paramsOf,
  productsOrderedWith,
  type AllowedValue,
  type ParamSpec,
  type ParamValues,
  type ProductSpec,
} from '../../../core/spec';

export type FormValues = Readonly<Record<string, string>>;

/** One form field: a table row, for the whole request or for one `!PlaceOrder` item. */
export interface FieldModel {
  /** The key in the values map, and the parameter name sent: `ap`, `1_csr`. */
  readonly key: string;
  readonly spec: ParamSpec;
  /** The item number, for item parameters. */
  readonly item?: number;
  /** Required for this order (unconditionally, or because a product of the order needs it). */
  readonly required: boolean;
  /** Shown even when its group's "more options" are collapsed. */
  readonly primary: boolean;
  /** The allowed values, narrowed by a product's trait where one names this parameter. */
  readonly values?: readonly AllowedValue[];
}

export interface GroupModel {
  readonly kind: 'group';
  readonly name: string;
  readonly fields: readonly FieldModel[];
}

export interface ItemModel {
  readonly number: number;
  readonly product?: ProductSpec;
  /** The key of the item's product parameter (`1_PPP`). */
  readonly productKey: string;
  readonly fields: readonly FieldModel[];
}

/** Where the endpoint's products are given: a top-level list (`product=`) or an item parameter (`x_PPP`). */
export interface ProductParam {
  readonly spec: ParamSpec;
  readonly item: boolean;
}

export interface OrderModel {
  readonly endpoint: OrderEndpointId;
  readonly productParam?: ProductParam;
  /** The endpoint's products, as PRODUCTS lists them. */
  readonly catalogue: readonly ProductSpec[];
  /** Every product the order currently has. */
  readonly products: readonly ProductSpec[];
  /** Top-level groups in documented order, with the items placed where the documents put them. */
  readonly sections: readonly (GroupModel | { readonly kind: 'items' })[];
  readonly items: readonly ItemModel[];
  /** The values to build the request from: shown fields only, blank ones left out. */
  readonly sent: Record<string, string>;
  /** Values typed for fields this order does not take now: kept, not sent. */
  readonly keptAside: number;
}

const params = paramsOf;

export function catalogueOf(endpoint: OrderEndpointId): readonly ProductSpec[] {
  return productsOrderedWith(endpoint);
}

/** A certificate has a validation level; bundle products (TrustLogo, CodeGuard …) do not. */
export const isCertificate = (product: ProductSpec): boolean => product.validation !== undefined;

/**
 * The parameter the product table says codes are passed in (`orderedAs`): an
 * `x_` name is an item parameter (placeorder-smime.txt), others are top-level.
 */
export function productParamOf(endpoint: OrderEndpointId): ProductParam | undefined {
  const orderedAs = catalogueOf(endpoint)[0]?.orderedAs;
  if (orderedAs === undefined) return undefined;
  const item = orderedAs.startsWith('x_');
  const name = (item ? orderedAs.slice('x_'.length) : orderedAs).toLowerCase();
  const spec = params(endpoint).find(
    (candidate) => candidate.name.toLowerCase() === name && (candidate.item === true) === item,
  );
  return spec === undefined ? undefined : { spec, item };
}

/** True when the endpoint has `!PlaceOrder`-style item parameters. */
export const hasItems = (endpoint: OrderEndpointId): boolean =>
  params(endpoint).some((spec) => spec.item === true);

export const itemKey = (number: number, spec: ParamSpec): string => `${number}_${spec.name}`;

/** The codes of a comma-separated product list, as given. */
export function listedCodes(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The product with this code, if the endpoint orders it. */
function findProductIn(
  catalogue: readonly ProductSpec[],
  code: string | undefined,
): ProductSpec | undefined {
  const product = findProduct(code);
  return product !== undefined && catalogue.includes(product) ? product : undefined;
}

/** What a field's need is read against: the endpoint, the order's products and every value typed. */
interface Context {
  readonly endpoint: OrderEndpointId;
  readonly values: ParamValues;
}

const applies = (spec: ParamSpec, products: readonly ProductSpec[], context: Context): boolean =>
  (!isScoped(spec.appliesTo) ||
    (products.length > 0 && appliesToOrder(spec.appliesTo, products))) &&
  paramNeed(context.endpoint, spec, products, context.values).applicable;

/** The product whose quantity trait names this parameter (`Domains`, `IP Addresses`). */
const quantityOwner = (spec: ParamSpec, products: readonly ProductSpec[]) =>
  products.find((product) => product.quantity?.param.toLowerCase() === spec.name.toLowerCase());

/**
 * Required the way the request builder reads it (paramNeed: the requirement
 * column and the requirement rules of spec/rules.ts), or the quantity a
 * product of the order is sold by.
 */
function isRequired(spec: ParamSpec, products: readonly ProductSpec[], context: Context): boolean {
  if (quantityOwner(spec, products) !== undefined) return true;
  return paramNeed(context.endpoint, spec, products, context.values).required;
}

/**
 * Shown outright, not under "more options": what is required; a top-level
 * parameter whose need depends on other values (`name` or `foreName`); and a
 * parameter scoped to the order's products that comes with a condition
 * (`x_smimeEmailAddresses` for S/MIME, `organizationName` for OV/EV). Item
 * parameters that depend on an unnamed product rule (`x_days`, `x_seats`)
 * stay under "more options".
 */
function isPrimary(
  spec: ParamSpec,
  products: readonly ProductSpec[],
  item: boolean,
  context: Context,
): boolean {
  if (isRequired(spec, products, context)) return true;
  if (!item && spec.requirement !== 'optional') return true;
  return isScoped(spec.appliesTo) && spec.condition !== undefined;
}

function fieldOf(
  key: string,
  spec: ParamSpec,
  products: readonly ProductSpec[],
  context: Context,
  item?: number,
): FieldModel {
  const owner = quantityOwner(spec, products);
  const narrowed =
    owner?.quantity === undefined
      ? spec.values
      : (spec.values ?? []).filter((allowed) =>
          owner.quantity?.values.some((n) => String(n) === allowed.value),
        );
  return {
    key,
    spec,
    ...(item === undefined ? {} : { item }),
    required: isRequired(spec, products, context),
    primary: isPrimary(spec, products, item !== undefined, context),
    ...(narrowed === undefined ? {} : { values: narrowed }),
  };
}

const isGiven = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== '';

export function orderModel(
  endpoint: OrderEndpointId,
  values: FormValues,
  itemCount: number,
): OrderModel {
  const table = params(endpoint);
  const catalogue = catalogueOf(endpoint);
  const productParam = productParamOf(endpoint);
  const withItems = hasItems(endpoint);
  const count = withItems ? Math.max(1, itemCount) : 0;

  const itemProducts: (ProductSpec | undefined)[] = [];
  for (let number = 1; number <= count; number += 1) {
    itemProducts.push(
      productParam?.item === true
        ? findProductIn(catalogue, values[itemKey(number, productParam.spec)]?.trim())
        : undefined,
    );
  }
  const listed =
    productParam !== undefined && !productParam.item
      ? listedCodes(values[productParam.spec.name])
          .map((code) => findProductIn(catalogue, code))
          .filter((product): product is ProductSpec => product !== undefined)
      : [];
  const products = [
    ...listed,
    ...itemProducts.filter((product): product is ProductSpec => product !== undefined),
  ];

  const context: Context = { endpoint, values: paramValues(values) };
  const topLevel = table.filter(
    (spec) => spec.item !== true && spec !== productParam?.spec && applies(spec, products, context),
  );
  const topFields = topLevel.map((spec) => fieldOf(spec.name, spec, products, context));

  const itemSpecs = table.filter((spec) => spec.item === true && spec !== productParam?.spec);
  const items: ItemModel[] = itemProducts.map((product, index) => {
    const number = index + 1;
    const scope = product === undefined ? [] : [product];
    return {
      number,
      ...(product === undefined ? {} : { product }),
      productKey: productParam === undefined ? '' : itemKey(number, productParam.spec),
      fields: itemSpecs
        .filter((spec) => applies(spec, scope, context))
        .map((spec) => fieldOf(itemKey(number, spec), spec, scope, context, number)),
    };
  });

  // Groups in the order the documents' tables give them; the item parameters
  // go where their own group (one holding nothing but item parameters) stands.
  const groupNames = [...new Set(table.map((spec) => spec.group))];
  const itemsGroup = groupNames.find((name) =>
    table.every((spec) => spec.group !== name || spec.item === true),
  );
  const sections: (GroupModel | { readonly kind: 'items' })[] = [];
  for (const name of groupNames) {
    if (name === itemsGroup) {
      sections.push({ kind: 'items' });
      continue;
    }
    const fields = topFields.filter((field) => field.spec.group === name);
    if (fields.length > 0) sections.push({ kind: 'group', name, fields });
  }
  if (withItems && itemsGroup === undefined) sections.push({ kind: 'items' });

  const sent: Record<string, string> = {};
  const shownKeys = new Set<string>();
  const send = (key: string) => {
    shownKeys.add(key);
    const value = values[key];
    if (isGiven(value)) sent[key] = value;
  };
  if (productParam !== undefined && !productParam.item) send(productParam.spec.name);
  for (const field of topFields) send(field.key);
  for (const item of items) {
    if (item.productKey !== '') send(item.productKey);
    for (const field of item.fields) send(field.key);
  }
  const keptAside = Object.entries(values).filter(
    ([key, value]) => !shownKeys.has(key) && isGiven(value),
  ).length;

  return {
    endpoint,
    ...(productParam === undefined ? {} : { productParam }),
    catalogue,
    products,
    sections,
    items,
    sent,
    keptAside,
  };
}

/** How an issue's field (`_1_csr`, `countryName`) is looked up among the form's keys. */
export const issueKey = (field: string): string => field.replace(/^_(?=\d+_)/, '').toLowerCase();

/** A DOM id for a values key (`IP Addresses` has a space). */
export const fieldId = (key: string): string =>
  `order-field-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * The values of a fresh form: parameters taking a URL point back at this app,
 * and the values the documents recommend or allow alone (spec/rules.ts
 * PRESELECTS: serverSoftware -1, isCustomerValidated N).
 */
export function initialValues(endpoint: OrderEndpointId, returnAddress: string): FormValues {
  const values: Record<string, string> = {};
  for (const preselect of PRESELECTS) {
    if (preselect.endpoint === endpoint) values[preselect.param] = preselect.value;
  }
  if (returnAddress === '') return values;
  for (const spec of params(endpoint)) {
    if (spec.format === 'url' && spec.item !== true) values[spec.name] = returnAddress;
  }
  return values;
}

/**
 * Where Sectigo sends the browser back (successURL / errorURL): this page's
 * own address, without query and without fragment.
 *
 * Why no `#/result` fragment: placeorder-smime.txt says the response "will be
 * passed as GET parameters in the 'query string' of the URL", and nothing about
 * fragments. A fragment in the redirect target is either kept after the
 * query (fine), dropped (the view is lost either way), or, if Sectigo appends
 * `?…` to the string as given, swallows the whole answer into the fragment,
 * where a reader of `location.search` never sees it. The bare address gives
 * the one shape every reading agrees on, `<this page>?errorCode=…`, which is
 * what the app reads on load ("This query string can be parsed by a
 * JavaScript code": placeorder-smime.txt, "Response", "Specified successURL
 * or errorURL").
 * A page opened from a file has no address Sectigo could redirect to: empty.
 */
export function returnAddress(location: Pick<Location, 'href' | 'protocol'>): string {
  if (location.protocol !== 'https:' && location.protocol !== 'http:') return '';
  return location.href.replace(/[?#].*$/s, '');
}
