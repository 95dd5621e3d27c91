/**
 * Valibot schemas derived from the parameter tables: type, documented maximum
 * length, allowed values and format all come from the ParamSpec, so no field is
 * ever written out by hand here.
 */
import * as v from 'valibot';
import type { ParamSpec, RequestEndpointId } from '../spec/types';
import { ENDPOINTS } from '../spec/endpoints';
import { FORMAT_CHECKS } from './formats';

/** Allowed values compare case-insensitively only for Y/N flags ("Y (or y)", guide; `reseller=y` in the PlaceOrder example). */
function allowedValueMatches(param: ParamSpec, value: string): boolean {
  const values = param.values ?? [];
  if (values.some((allowed) => allowed.value === value)) return true;
  const isYesNo = values.length > 0 && values.every((allowed) => /^[YN]$/.test(allowed.value));
  return isYesNo && values.some((allowed) => allowed.value === value.toUpperCase());
}

/** The label used in messages: the name as it would be sent. */
export function displayName(param: ParamSpec): string {
  return param.item ? `x_${param.name}` : param.name;
}

/** Schema for one value of a parameter (presence is the endpoint schema's business). */
export function paramSchema(param: ParamSpec) {
  const name = displayName(param);
  const checks: v.PipeItem<string, string, v.BaseIssue<unknown>>[] = [];
  if (param.maxLength !== undefined) {
    const max = param.maxLength;
    checks.push(
      v.maxLength(
        max,
        (issue) =>
          `${name} is too long: at most ${max} characters are allowed, this has ${issue.received}.`,
      ),
    );
  }
  if (param.type === 'integer') {
    checks.push(v.regex(/^-?\d+$/, `${name} must be a whole number.`));
  }
  if (param.values && param.values.length > 0) {
    const list = param.values.map((allowed) => allowed.value).join(', ');
    checks.push(
      v.check((value) => allowedValueMatches(param, value), `${name} must be one of: ${list}.`),
    );
  }
  // With a list of allowed values, the list is the whole rule (a second, format
  // message for the same mistake would only repeat it).
  if (param.format && !param.values?.length) {
    const check = FORMAT_CHECKS[param.format];
    checks.push(
      v.check(
        (value) => check(value) === null,
        (issue) => `${name} ${check(issue.input) ?? 'is invalid'}.`,
      ),
    );
  }
  return v.pipe(v.string(), ...checks);
}

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
