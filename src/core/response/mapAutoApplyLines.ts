/**
 * !AutoApplyOrder responseFormat=0 (guide section 2): status; then the error
 * message, or the order number, amount, expected delivery time and the
 * optional lines 5 to 7, which depend on the request.
 */
import { findParam } from '../spec/endpoints';
import { AUTO_APPLY_LINES } from '../spec/responses';
import { EXPECTED_DELIVERY_TIMES } from '../spec/values';
import {
  AUTO_APPLY_OPTIONAL_LINES,
  CERTIFICATE_ID_MAX_DIGITS,
  MISSING_LINE_4_SAMPLE,
} from './autoApplyOptionalLines';
import type { Draft, ResolvedContext } from './draft';
import { addExtraLines, lineField, lineSpec, statusMeaning } from './lineFields';
import type { Line } from './parseLines';

type OptionalName = (typeof AUTO_APPLY_OPTIONAL_LINES)[number]['field'];

const UNIQUE_VALUE_MAX = findParam('AutoApplyOrder', 'uniqueValue')?.maxLength ?? 20;
const WHOLE_NUMBER = /^\d{1,10}$/;

export function mapAutoApplyLines(
  draft: Draft,
  lines: readonly Line[],
  context: ResolvedContext,
): void {
  const [first, second, third, fourth] = lines;
  if (first === undefined) return;
  const status = draft.status;
  draft.fields.push(
    lineField(lineSpec(AUTO_APPLY_LINES, 'status'), first, 0, statusMeaning(draft)),
  );
  if (status === null) {
    addExtraLines(draft, 'AutoApplyOrder', lines, 1);
    return;
  }
  if (status < 0) {
    if (second !== undefined)
      draft.fields.push(lineField(lineSpec(AUTO_APPLY_LINES, 'errorMessage'), second, 1));
    addExtraLines(draft, 'AutoApplyOrder', lines, 2);
    return;
  }
  if (second !== undefined)
    draft.fields.push(lineField(lineSpec(AUTO_APPLY_LINES, 'orderNumber'), second, 1));
  if (third !== undefined)
    draft.fields.push(lineField(lineSpec(AUTO_APPLY_LINES, 'totalCost'), third, 2));

  let optionalFrom = 4;
  if (fourth !== undefined) {
    if (fourth.text.length <= 10 && WHOLE_NUMBER.test(fourth.text)) {
      const label = EXPECTED_DELIVERY_TIMES.values.find(
        (entry) => entry.value === fourth.text,
      )?.label;
      draft.fields.push(
        lineField(lineSpec(AUTO_APPLY_LINES, 'expectedDeliveryTime'), fourth, 3, label),
      );
    } else {
      optionalFrom = 3;
      draft.note(
        `Line 4 is not a number of hours, so it was read as an optional line: the expected delivery time line is missing, as in the sample of ${MISSING_LINE_4_SAMPLE.source.doc}.`,
      );
    }
  }
  const optional = lines.slice(optionalFrom);
  if (optional.every((line) => line.text === '')) return;
  const names =
    context.request === undefined
      ? guessOptional(draft, optional)
      : fromRequest(draft, optional, context.request);
  names.forEach((name, offset) => {
    const line = optional[offset];
    if (line !== undefined)
      draft.fields.push(lineField(lineSpec(AUTO_APPLY_LINES, name), line, optionalFrom + offset));
  });
  addExtraLines(draft, 'AutoApplyOrder', lines, optionalFrom + names.length);
}

/** With the request: the lines it asked for, in order, then a uniqueValue Sectigo may add. */
function fromRequest(
  draft: Draft,
  optional: readonly Line[],
  request: ReadonlyMap<string, string>,
): OptionalName[] {
  const names: OptionalName[] = [];
  const asked: string[] = [];
  for (const entry of AUTO_APPLY_OPTIONAL_LINES) {
    const value = request.get(entry.requestParam.toLowerCase())?.trim();
    const on =
      entry.when === 'Y' ? value?.toUpperCase() === 'Y' : value !== undefined && value !== '';
    if (on) {
      names.push(entry.field);
      asked.push(entry.when === 'Y' ? `${entry.requestParam}=Y` : entry.requestParam);
    } else if (entry.mayAppearUnasked && optional.length > names.length) {
      names.push(entry.field);
    }
  }
  if (optional.length < names.length && asked.length > 0)
    draft.note(`The request asked for ${asked.join(', ')}, but the response has fewer lines.`);
  return names.slice(0, optional.length);
}

/**
 * Without the request, a best guess from the documented forms: the
 * certificate ID is "up to 16 digits"; a uniqueValue is "a unique alphanumeric
 * value up to 20 characters long"; a certificate state is any other text.
 */
function guessOptional(draft: Draft, optional: readonly Line[]): OptionalName[] {
  const names: OptionalName[] = [];
  let index = 0;
  const at = (offset: number) => optional[offset]?.text ?? '';
  if (isDigits(at(0), CERTIFICATE_ID_MAX_DIGITS.value) && optional.length > 0) {
    names.push('certificateID');
    index = 1;
  }
  const left = optional.length - index;
  if (left >= 2) names.push('certificateStatus', 'uniqueValue');
  else if (left === 1)
    names.push(isAlphanumeric(at(index), UNIQUE_VALUE_MAX) ? 'uniqueValue' : 'certificateStatus');
  const params = AUTO_APPLY_OPTIONAL_LINES.map((entry) => entry.requestParam).join(', ');
  draft.note(
    `The lines after the expected delivery time depend on ${params} in the request, which was not given: ${names.join(', ')} guessed from their values.`,
  );
  return names;
}

function isDigits(text: string, max: number): boolean {
  if (text.length === 0 || text.length > max) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function isAlphanumeric(text: string, max: number): boolean {
  if (text.length === 0 || text.length > max) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const ok =
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!ok) return false;
  }
  return true;
}
