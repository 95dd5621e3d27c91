/**
 * Issues carry a Sectigo error code only when the endpoint's own error table
 * documents that code (the same number can be missing, or mean something else,
 * on another endpoint: -70 exists on !PlaceOrder and !AutoApplyOrder only).
 */
import { ERRORS } from '../spec/errors';
import type { ErrorSpec } from '../spec/types';
import type { OrderEndpointId } from './types';

/** `code` when `endpoint` documents it, otherwise undefined. */
export function documentedCode(endpoint: OrderEndpointId, code: number): number | undefined {
  const errors: readonly ErrorSpec[] = ERRORS[endpoint];
  return errors.some((error) => error.code === code) ? code : undefined;
}

/** `{ code }` when documented, `{}` otherwise: spread into an issue (exactOptionalPropertyTypes). */
export function codeOf(endpoint: OrderEndpointId, code: number): { code?: number } {
  const documented = documentedCode(endpoint, code);
  return documented === undefined ? {} : { code: documented };
}
