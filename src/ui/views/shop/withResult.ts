import { readOutcome } from '../result/readOutcome';
import type { ShopFlow } from './shopFlow';

/**
 * A result arrived for the order that was sent: show it, and forget the
 * password (it went to Sectigo; this page keeps it no longer than needed).
 * A successful order keeps the account name for collecting; an error keeps
 * everything else typed, and the key, for "Try again".
 */
export function withResult(flow: ShopFlow, query: string): ShopFlow {
  const outcome = readOutcome(query);
  return {
    ...flow,
    step: outcome.kind === 'placed' ? 'success' : 'error',
    outcome,
    resultQuery: query,
    form: { ...flow.form, loginPassword: '' },
    confirmPassword: '',
    passwordForgotten: true,
  };
}
