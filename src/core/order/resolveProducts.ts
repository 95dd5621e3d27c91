/**
 * The products an order is for, read from the parameter the product table
 * names (`ProductSpec.orderedAs`): `product` (a comma-separated list, on
 * !AutoApplyOrder) or `x_PPP` (one code per item, on !PlaceOrder). A code that
 * is not a documented product of the endpoint is an error (-4).
 */
import { ENDPOINTS } from '../spec/endpoints';
import { productsOrderedWith } from '../spec/products';
import type { ProductSpec } from '../spec/types';
import { codeOf } from './documentedCode';
import { describeValue } from './describeValue';
import type { OrderEndpointId, OrderIssue, OrderParam } from './types';

export interface OrderProducts {
  /** Every product the order resolves to, in the order given (codes repeat if repeated). */
  readonly all: readonly ProductSpec[];
  /** The products given in the endpoint's top-level product list (`product=`). */
  readonly listed: readonly ProductSpec[];
  /** The emitted name of the product-list parameter, when given (`product`). */
  readonly listField?: string;
  /** `!PlaceOrder` items: the product of each item number; undefined when unknown (x_ID, or a bad code). */
  readonly items: ReadonlyMap<number, ProductSpec | undefined>;
  /** The emitted name of the parameter each product was given in (`product`, `_2_PPP`). */
  readonly fields: ReadonlyMap<ProductSpec, string>;
  readonly issues: OrderIssue[];
}

/** The endpoint's products, and how their codes are passed: a top-level list or an item parameter. */
function productsOf(endpoint: OrderEndpointId) {
  const products = productsOrderedWith(endpoint);
  // `orderedAs` is 'product' or 'x_PPP': `x_` marks an item parameter (placeorder-smime.txt).
  const listParams = new Set(
    products.filter((p) => !p.orderedAs.startsWith('x_')).map((p) => p.orderedAs.toLowerCase()),
  );
  const itemParams = new Set(
    products
      .filter((p) => p.orderedAs.startsWith('x_'))
      .map((p) => p.orderedAs.slice('x_'.length).toLowerCase()),
  );
  return { products, listParams, itemParams };
}

export function resolveProducts(
  endpoint: OrderEndpointId,
  params: readonly OrderParam[],
): OrderProducts {
  const { products, listParams, itemParams } = productsOf(endpoint);
  const title = ENDPOINTS[endpoint].title;
  const issues: OrderIssue[] = [];
  const listed: ProductSpec[] = [];
  const items = new Map<number, ProductSpec | undefined>();
  let listField: string | undefined;
  const fields = new Map<ProductSpec, string>();

  const lookUp = (param: OrderParam, code: string): ProductSpec | undefined => {
    const product = products.find((candidate) => String(candidate.code) === code);
    if (product !== undefined) {
      if (!fields.has(product)) fields.set(product, param.name);
    } else {
      issues.push({
        field: param.name,
        severity: 'error',
        message: `${describeValue(code)} is not a documented ${title} product code.`,
        ...codeOf(endpoint, -4),
      });
    }
    return product;
  };

  for (const param of params) {
    if (param.item !== undefined && !items.has(param.item.number)) {
      items.set(param.item.number, undefined);
    }
    const specName = param.spec?.name.toLowerCase();
    if (specName === undefined) continue;
    if (param.item === undefined && listParams.has(specName)) {
      listField = param.name;
      // Non-numeric parts are the format check's business (productList); codes are looked up here.
      for (const code of param.value.split(',').map((part) => part.trim())) {
        if (!/^\d{1,9}$/.test(code)) continue;
        const product = lookUp(param, String(Number(code)));
        if (product !== undefined) listed.push(product);
      }
    } else if (param.item !== undefined && itemParams.has(specName)) {
      const code = param.value.trim();
      if (!/^\d{1,9}$/.test(code)) continue;
      items.set(param.item.number, lookUp(param, String(Number(code))));
    }
  }

  const itemProducts = [...items.values()].filter(
    (product): product is ProductSpec => product !== undefined,
  );
  return {
    all: [...listed, ...itemProducts],
    listed,
    ...(listField === undefined ? {} : { listField }),
    items,
    fields,
    issues,
  };
}
