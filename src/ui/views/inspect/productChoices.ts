/**
 * The product selector's options, grouped by family and validation level. Every
 * product and its grouping come from PRODUCTS; only the group headings are
 * worded here. Products without a validation level (site seals, scanners) are
 * not certificates and take no CSR, so they are not offered.
 */
import {
  PRODUCT_SPECS,
  type ProductFamily,
  type ProductSpec,
  type ValidationLevel,
} from '../../../core/spec';

const FAMILY_LABELS: Partial<Record<ProductFamily, string>> = {
  ssl: 'SSL/TLS',
  smime: 'S/MIME',
};

const VALIDATION_LABELS: Record<ValidationLevel, string> = {
  DV: 'domain validated (DV)',
  OV: 'organization validated (OV)',
  EV: 'extended validation (EV)',
  mailbox: 'mailbox validated',
  organization: 'organization validated',
};

export interface ProductGroup {
  readonly label: string;
  readonly products: readonly ProductSpec[];
}

/** Groups in the order their first product appears in PRODUCTS. */
export const PRODUCT_GROUPS: readonly ProductGroup[] = (() => {
  const groups = new Map<string, ProductSpec[]>();
  for (const product of PRODUCT_SPECS) {
    if (product.validation === undefined) continue;
    const label = `${FAMILY_LABELS[product.family] ?? product.family}, ${VALIDATION_LABELS[product.validation]}`;
    const group = groups.get(label);
    if (group) group.push(product);
    else groups.set(label, [product]);
  }
  return [...groups].map(([label, products]) => ({ label, products }));
})();

/** The product of that code among the choices, or undefined. */
export function findProductChoice(code: string | null): ProductSpec | undefined {
  if (code === null || !/^\d{1,6}$/.test(code)) return undefined;
  const wanted = Number(code);
  for (const group of PRODUCT_GROUPS) {
    const found = group.products.find((product) => product.code === wanted);
    if (found) return found;
  }
  return undefined;
}
