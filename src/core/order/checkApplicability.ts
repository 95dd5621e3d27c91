/**
 * Parameters given for products the order does not have: sent anyway, with a
 * warning, because Sectigo may answer -83 ("'xxxx' is not applicable to this
 * order!", where the endpoint documents it) or silently ignore them. Scopes
 * come from the table (`appliesTo`) and from the product table's quantity
 * parameters (`Domains` belongs to CodeGuard, `IP Addresses` to product 356).
 * Nothing is said when the order's products are unknown.
 */
import { productsOrderedWith } from '../spec/products';
import { paramValues } from '../spec/rules';
import type { ProductSpec } from '../spec/types';
import { appliesToOrder, describeScopes, isScoped } from './appliesToOrder';
import { codeOf } from './documentedCode';
import { paramNeed } from './paramNeed';
import type { OrderProducts } from './resolveProducts';
import type { OrderEndpointId, OrderIssue, OrderParam } from './types';

const named = (products: readonly ProductSpec[]) =>
  products.map((product) => `${product.name} (${product.code})`).join(', ');

export function checkApplicability(
  endpoint: OrderEndpointId,
  params: readonly OrderParam[],
  order: OrderProducts,
): OrderIssue[] {
  const endpointProducts = productsOrderedWith(endpoint);
  const issues: OrderIssue[] = [];
  const values = paramValues(Object.fromEntries(params.map((p) => [p.name, p.value])));
  for (const param of params) {
    const spec = param.spec;
    if (spec === undefined) continue;
    const item = param.item;
    const itemProduct = item === undefined ? undefined : order.items.get(item.number);
    const products =
      item === undefined ? order.all : itemProduct === undefined ? [] : [itemProduct];
    if (products.length === 0) continue;
    const where = item === undefined ? 'this order has' : `item ${item.number} is`;

    let reason: string | undefined;
    const need = paramNeed(endpoint, spec, products, values);
    if (!need.applicable && need.rule !== undefined) {
      reason = need.rule.description.replace(/\.$/, '');
    } else if (isScoped(spec.appliesTo) && !appliesToOrder(spec.appliesTo, products)) {
      reason = `it is for ${describeScopes(spec.appliesTo ?? [])}, and ${where} ${named(products)}`;
    } else {
      const lower = spec.name.toLowerCase();
      const owners = endpointProducts.filter((p) => p.quantity?.param.toLowerCase() === lower);
      if (owners.length > 0 && !products.some((p) => owners.includes(p))) {
        reason = `it is the quantity of ${named(owners)}, and ${where} ${named(products)}`;
      }
    }
    if (reason === undefined) continue;
    issues.push({
      field: param.name,
      severity: 'warning',
      message: `${param.name} is not applicable to this order: ${reason}. It is sent as given; Sectigo may reject or ignore it.`,
      ...codeOf(endpoint, -83),
    });
  }
  return issues;
}
