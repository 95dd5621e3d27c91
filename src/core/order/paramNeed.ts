/**
 * Whether a parameter is needed for an order, and whether it belongs in it at
 * all: the table's requirement column (read as checkRequired documents it),
 * then the requirement rules of spec/rules.ts, which the documents state in
 * prose (a returning customer needs no emailAddress; S/MIME items need
 * x_smimeEmailAddresses; a CodeGuard-only order has no CSR).
 *
 * One function for the request builder and the forms, so the form marks as
 * required exactly what the check reports as missing.
 */
import { requirementRulesFor, type ParamValues, type RequirementRule } from '../spec/rules';
import type { ParamSpec, ProductSpec } from '../spec/types';
import { appliesToOrder, isScoped } from './appliesToOrder';
import type { OrderEndpointId } from './types';

export interface ParamNeed {
  readonly required: boolean;
  /** False when a rule says the parameter does not belong in this order. */
  readonly applicable: boolean;
  /** The rule that decided, if one did. */
  readonly rule?: RequirementRule;
}

/**
 * The requirement column alone: each endpoint's "Request parameters" table
 * marks a parameter required, optional or conditional (placeorder-smime.txt:
 * "The following table displays the required, optional, and conditional
 * parameters").
 */
export function requiredByTable(spec: ParamSpec, products: readonly ProductSpec[]): boolean {
  if (spec.requirement !== 'required') return false;
  if (isScoped(spec.appliesTo))
    return products.length > 0 && appliesToOrder(spec.appliesTo, products);
  return spec.condition === undefined;
}

export function paramNeed(
  endpoint: OrderEndpointId,
  spec: ParamSpec,
  products: readonly ProductSpec[],
  values: ParamValues,
): ParamNeed {
  let need: ParamNeed = { required: requiredByTable(spec, products), applicable: true };
  for (const rule of requirementRulesFor(endpoint, spec.name)) {
    if (!rule.applies({ values, products })) continue;
    if (rule.effect === 'not-applicable') return { required: false, applicable: false, rule };
    need = { required: rule.effect === 'required', applicable: true, rule };
  }
  return need;
}
