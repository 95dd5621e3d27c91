/**
 * What is wrong with the Generate form. Every rule comes from the core (the
 * preset's required fields, the subject field table, checkCsrRequest with the
 * name rules and their tables), which is why this is loaded just after the
 * form rather than with it (loadFormRules.ts): the start page is usable
 * sooner, and nobody has typed anything by the time it is here.
 */
import {
  checkCsrRequest,
  splitNames,
  type CsrRequest,
  type CsrRequestCheck,
} from '../../../core/pki/request';
import { controlFor, presetOf, toRequest, type FormProblem, type FormState } from './generateForm';

export interface FormCheck {
  /** The request the form stands for. */
  readonly request: CsrRequest;
  /** The core's check of it (its notes are shown with the names). */
  readonly check: CsrRequestCheck;
  /** Whether a key can be made from the form. */
  readonly valid: boolean;
  /** The first problem per control id; before the first attempt, only those with what was typed. */
  readonly errors: (attempted: boolean) => Readonly<Record<string, FormProblem>>;
  /** Every problem of the names box, one per bad line, in line order. */
  readonly nameErrors: (attempted: boolean) => readonly FormProblem[];
}

interface Found {
  readonly id: string;
  readonly problem: FormProblem;
  /** Shown only after the first attempt to generate (an empty field is not an error while typing). */
  readonly afterAttempt: boolean;
}

/** Everything wrong with the form, checked once per render. */
export function checkForm(form: FormState): FormCheck {
  const preset = presetOf(form);
  const request = toRequest(form);
  const check = checkCsrRequest(request);
  const names = splitNames(form.names);
  const found: Found[] = [];
  if (names.length === 0)
    found.push({
      id: 'names',
      problem: { kind: 'namesRequired', names: preset.names },
      afterAttempt: true,
    });
  if (preset.names === 'email' && names.length > 1)
    found.push({ id: 'names', problem: { kind: 'oneEmail' }, afterAttempt: false });
  // The request leaves empty street lines out: its line N is the Nth filled box.
  const filledLines = form.street.flatMap((line, index) => (line.trim() ? [index] : []));
  for (const issue of check.issues) {
    const [head, key, index] = issue.field.split('.');
    const id =
      head === 'subject' && key === 'streetAddress' && index !== undefined
        ? `street-${String(filledLines[Number(index)] ?? index)}`
        : controlFor(issue.field);
    found.push({
      id,
      problem: { kind: 'core', issue },
      afterAttempt: id === 'names' && names.length === 0,
    });
  }
  for (const key of preset.required) {
    const empty =
      key === 'streetAddress'
        ? !form.street[0].trim()
        : key === 'commonName' || key === 'emailAddress'
          ? names.length === 0
          : !form.subject[key]?.trim();
    if (empty)
      found.push({
        id: key === 'streetAddress' ? 'street-0' : controlFor(`subject.${key}`),
        problem: { kind: 'required', field: key },
        afterAttempt: true,
      });
  }
  for (const group of preset.requiredOneOf ?? []) {
    const first = group[0];
    const filled = group.some(
      (key) =>
        key !== 'streetAddress' &&
        key !== 'commonName' &&
        key !== 'emailAddress' &&
        form.subject[key]?.trim(),
    );
    if (first && !filled)
      found.push({
        id: controlFor(`subject.${first}`),
        problem: { kind: 'oneOf', fields: group },
        afterAttempt: true,
      });
  }
  const errors = (attempted: boolean) => {
    const byId: Record<string, FormProblem> = {};
    for (const { id, problem, afterAttempt } of found)
      if (attempted || !afterAttempt) byId[id] ??= problem;
    return byId;
  };
  const nameErrors = (attempted: boolean) =>
    found
      .filter(({ id, afterAttempt }) => id === 'names' && (attempted || !afterAttempt))
      .map(({ problem }) => problem);
  return { request, check, valid: found.length === 0, errors, nameErrors };
}
