import type { ResellerConfig } from '../../../core/config';
import { findProduct, type ProductSpec } from '../../../core/spec';

/** The configured products, in the configured order. */
export function offeredProducts(config: ResellerConfig): ProductSpec[] {
  return config.products
    .map((code) => findProduct(code))
    .filter((p): p is ProductSpec => p !== undefined);
}
