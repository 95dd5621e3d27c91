/** The reseller's config.json: its schema and the reader that reports what is wrong. */
export {
  ORDERABLE_PRODUCTS,
  parseResellerConfig,
  type ConfigResult,
  type ResellerConfig,
} from './resellerConfig';
export { toResellerConfig } from './toResellerConfig';
