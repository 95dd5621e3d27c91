import { ORDERABLE_PRODUCTS, type ResellerConfig } from '../../../core/config';
import type { ProductSpec } from '../../../core/spec';

/** The configured products, in the configured order (config.json names only orderable ones). */
export function offeredProducts(config: ResellerConfig): ProductSpec[] {
  return config.products
    .map((code) => ORDERABLE_PRODUCTS.find((product) => product.code === code))
    .filter((p): p is ProductSpec => p !== undefined);
}
