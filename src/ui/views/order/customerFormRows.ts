/**
 * The parameters the customer-form panel offers, and who gives each by
 * default: what the reseller typed is fixed; what the order needs and nobody
 * typed is for the customer; a password is always the customer's (a fixed one
 * would be published with the page).
 */
import type { ParamSpec } from '../../../core/spec';
import type { OrderModel } from './formModel';

export type Choice = 'fixed' | 'customer' | 'omit';

export interface CustomerRow {
  readonly key: string;
  readonly spec: ParamSpec;
  readonly label: string;
  readonly required: boolean;
  /** Shown without "list every parameter". */
  readonly primary: boolean;
}

/** Every field of the model, in form order: products first, then groups and items. */
export function customerFormRows(model: OrderModel): CustomerRow[] {
  const rows: CustomerRow[] = [];
  const add = (key: string, spec: ParamSpec, required: boolean, primary: boolean) => {
    rows.push({ key, spec, label: spec.label, required, primary });
  };
  const product = model.productParam;
  if (product !== undefined && !product.item) add(product.spec.name, product.spec, true, true);
  for (const section of model.sections) {
    if (section.kind === 'group') {
      for (const field of section.fields) add(field.key, field.spec, field.required, field.primary);
      continue;
    }
    for (const item of model.items) {
      if (product !== undefined && item.productKey !== '') {
        add(item.productKey, product.spec, true, true);
      }
      for (const field of item.fields) add(field.key, field.spec, field.required, field.primary);
    }
  }
  return rows;
}

/** placeorder-smime.txt's table group of the reseller's own settings (ap, reseller, redirect URLs …). */
const RESELLER_GROUP = 'Reseller details';

export function defaultRole(row: CustomerRow, value: string): Choice {
  if (row.spec.secret === true) return 'customer';
  if (value.trim() !== '') return 'fixed';
  // The reseller's own settings are never asked of the customer; left empty, the check says so.
  if (row.spec.group === RESELLER_GROUP) return 'omit';
  return row.required || row.primary ? 'customer' : 'omit';
}
