/**
 * The products a finding can point to by name ("choose a wildcard product:
 * PositiveSSL Wildcard DV (code 289) …"), read from the product table of the
 * guide (core/spec PRODUCTS) so a new product appears here without an edit.
 */
import { PRODUCTS } from '../../spec/products';
import type { ProductSpec, ValidationLevel } from '../../spec/types';

export type ProductKind = 'wildcard' | 'multiDomain' | 'single';

function isKind(product: ProductSpec, kind: ProductKind): boolean {
  if (kind === 'wildcard') return product.wildcard === true;
  if (kind === 'multiDomain') return product.multiDomain === true;
  return !product.wildcard && !product.multiDomain;
}

/** The SSL products of that kind (trials left out), of the validation level when one is given. */
export function productsOfKind(kind: ProductKind, validation?: ValidationLevel): ProductSpec[] {
  return (PRODUCTS as readonly ProductSpec[]).filter(
    (product) =>
      product.family === 'ssl' &&
      !product.trial &&
      isKind(product, kind) &&
      (validation === undefined || product.validation === validation),
  );
}

/** "A (code 1), B (code 2) or C (code 3)". */
export function nameProducts(products: readonly ProductSpec[]): string {
  const names = products.map((product) => `${product.name} (code ${product.code})`);
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`;
}
