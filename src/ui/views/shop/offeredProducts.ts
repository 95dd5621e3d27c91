import type { ResellerConfig } from '../../../core/config';
import { PRODUCTS, type ProductSpec } from '../../../core/spec';

/** The configured products, in the configured order. */
export function offeredProducts(config: ResellerConfig): ProductSpec[] {
  return config.products
    .map((code) => (PRODUCTS as readonly ProductSpec[]).find((p) => p.code === code))
    .filter((p): p is ProductSpec => p !== undefined);
}
