/**
 * Required parameters that are missing (-3, "The 'xxxx' argument is missing!").
 *
 * From the table's requirement column, the way `endpointSchema` reads it:
 * - `required` with no condition and no product scope: every request needs it;
 * - `required` scoped to products (`appliesTo`: joiCountryName for EV,
 *   appRepLoginName for HackerGuardian ...): needed when the order has such a
 *   product (for `!PlaceOrder` items: when that item's product is such);
 * - `required` with an unscoped condition (loginName "May be omitted when
 *   collectionCode is given", x_seats "named by the product"): the condition
 *   decides, and the conditions are the cross-field rules of spec/rules.ts;
 * - `conditional`: likewise left to the rules.
 *
 * Then the requirement rules of spec/rules.ts (paramNeed) may make a
 * parameter required, or not needed, for this order.
 *
 * Item parameters are checked for every item that is in the request; whether
 * there is any item at all is the rule "at least one item" (-39).
 */
import { ENDPOINTS } from '../spec/endpoints';
import { paramValues, type RequirementRule } from '../spec/rules';
import type { ParamSpec } from '../spec/types';
import { codeOf } from './documentedCode';
import { paramNeed } from './paramNeed';
import type { OrderProducts } from './resolveProducts';
import type { OrderEndpointId, OrderIssue, OrderParam } from './types';

function scopeNote(spec: ParamSpec, rule: RequirementRule | undefined): string {
  const why = rule?.description ?? spec.condition;
  return why === undefined ? '' : ` (${why.replace(/\.$/, '')})`;
}

export function checkRequired(
  endpoint: OrderEndpointId,
  params: readonly OrderParam[],
  order: OrderProducts,
): OrderIssue[] {
  const table: readonly ParamSpec[] = ENDPOINTS[endpoint].params;
  const issues: OrderIssue[] = [];
  const given = new Set(params.map((param) => param.spec));
  const values = paramValues(Object.fromEntries(params.map((p) => [p.name, p.value])));

  for (const spec of table) {
    if (spec.item === true || given.has(spec)) continue;
    const need = paramNeed(endpoint, spec, order.all, values);
    if (!need.required) continue;
    issues.push({
      field: spec.name,
      severity: 'error',
      message: `${spec.name} is required and missing${scopeNote(spec, need.rule)}.`,
      ...codeOf(endpoint, need.rule?.code ?? -3),
      ...(need.rule === undefined ? {} : { rule: need.rule.id }),
    });
  }

  const itemSpecs = table.filter((spec) => spec.item === true);
  for (const [number, product] of order.items) {
    const inItem = params.filter((param) => param.item?.number === number);
    // Name the missing parameter with the prefix this item already uses (`_1_csr` next to `_1_PPP`).
    const prefix = inItem[0]?.item?.prefix ?? '';
    for (const spec of itemSpecs) {
      if (inItem.some((param) => param.spec === spec)) continue;
      const need = paramNeed(endpoint, spec, product === undefined ? [] : [product], values);
      if (!need.required) continue;
      const field = `${prefix}${number}_${spec.name}`;
      issues.push({
        field,
        severity: 'error',
        message: `${field} is required for item ${number} and missing${scopeNote(spec, need.rule)}.`,
        ...codeOf(endpoint, need.rule?.code ?? -3),
        ...(need.rule === undefined ? {} : { rule: need.rule.id }),
      });
    }
  }
  return issues;
}
