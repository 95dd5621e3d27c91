/**
 * The problems of an order, in the customer's words, by field. The rules are
 * the core's (buildRequest checks every !PlaceOrder limit, format and
 * cross-field rule from src/core/spec); this only chooses the words, from the
 * message catalogue, so no parameter name or API prose reaches the customer.
 */
import type { OrderIssue } from '../../../core/order';
import type { ParamSpec } from '../../../core/spec';
import type { Messages, ParamWords } from '../../i18n/messages';
import { placeOrderParam } from './orderValues';

/** The form field an issue is about: `1_organizationIdentifier` → organizationIdentifier. */
export const issueField = (field: string): string => field.replace(/^_?\d+_/, '');

type Words = ParamWords;

function wordsFor(messages: Pick<Messages, 'common' | 'params'>, field: string): Words | undefined {
  return (messages.params as Partial<Record<string, Words>>)[field];
}

/** The message for one field, given the core's issue about it and the value typed. */
function messageFor(
  messages: Pick<Messages, 'common' | 'params'>,
  field: string,
  issue: OrderIssue | undefined,
  value: string,
  spec: ParamSpec | undefined,
): string {
  const words = wordsFor(messages, field);
  const label = words?.label ?? field;
  if (value.trim() === '') return words?.required ?? messages.common.invalid(label);
  if (spec?.maxLength !== undefined && value.length > spec.maxLength)
    return messages.common.tooLong(label, spec.maxLength);
  if (issue && /NUL character|unpaired surrogate/.test(issue.message))
    return messages.common.invalidCharacters(label);
  return words?.invalid ?? messages.common.invalid(label);
}

function specFor(field: string): ParamSpec | undefined {
  try {
    return placeOrderParam(field, field === 'organizationIdentifier');
  } catch {
    return undefined;
  }
}

/**
 * One message per field of `fields` that has a problem: the core's issues
 * (errors only), plus the fields this page requires (`required`) left empty.
 */
export function customerIssues(
  messages: Pick<Messages, 'common' | 'params'>,
  issues: readonly OrderIssue[],
  form: Readonly<Record<string, string>>,
  fields: readonly string[],
  required: readonly string[],
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const field of fields) {
    const value = form[field] ?? '';
    const issue = issues.find(
      (candidate) => candidate.severity === 'error' && issueField(candidate.field) === field,
    );
    // A first or last name is enough (rules.ts: placeorder-name-or-forename-surname).
    const needed =
      required.includes(field) && !(field === 'foreName' && (form.surName ?? '').trim() !== '');
    if (issue || (needed && value.trim() === ''))
      result[field] = messageFor(messages, field, issue, value, specFor(field));
  }
  return result;
}
