/**
 * Valibot schemas for whole endpoints, from their parameter tables. Apart from
 * paramSchema.ts so that a schema of a few parameters (the reseller's
 * config.json) does not bring every endpoint's table along.
 */
import * as v from 'valibot';
import type { ParamSpec, RequestEndpointId } from '../spec/types';
import { ENDPOINTS } from '../spec/endpoints';
import { displayName, paramSchema } from './paramSchema';

/**
 * Schema for the non-item parameters of an endpoint, keyed by documented name:
 * required ones must be present and non-empty. Required-with-a-condition ones
 * (loginName "unless collectionCode is provided"), cross-field rules and the
 * conditional requirements live in spec/rules.ts; item parameters are checked
 * per item with `paramSchema`.
 */
export function endpointSchema(
  endpoint: RequestEndpointId,
  /** Whether a parameter scoped by `appliesTo` applies to this order; by default only unscoped ones are enforced. */
  applies: (param: ParamSpec) => boolean = isUnscoped,
) {
  const params: readonly ParamSpec[] = ENDPOINTS[endpoint].params;
  const entries: Record<string, v.GenericSchema<unknown, unknown>> = {};
  for (const param of params) {
    if (param.item) continue;
    const schema = paramSchema(param);
    entries[param.name] =
      param.requirement === 'required' && param.condition === undefined && applies(param)
        ? v.pipe(schema, v.minLength(1, `${displayName(param)} is required.`))
        : v.optional(schema);
  }
  return v.object(entries);
}

/** True for a parameter every order of its endpoint takes ("(EV certificates only)" is scoped). */
export function isUnscoped(param: ParamSpec): boolean {
  return !param.appliesTo || param.appliesTo.includes('all');
}
