/**
 * Valibot schemas derived from the parameter tables: type, documented maximum
 * length, allowed values and format all come from the ParamSpec, so no field is
 * ever written out by hand here.
 */
import * as v from 'valibot';
import type { ParamSpec } from '../spec/types';
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
