/**
 * The Generate form without the page: what it holds, the core request it
 * stands for, and what is wrong with it. Every rule comes from the core (the
 * preset's required fields, the subject field table, checkCsrRequest); the view
 * only shows the result in the customer's words.
 */
import {
  CSR_PRESETS,
  checkCsrRequest,
  splitNames,
  type CsrPreset,
  type CsrPresetId,
  type CsrRequest,
  type CsrRequestCheck,
  type CsrSubject,
  type FieldIssue,
  type KeyAlgorithm,
  type SubjectKey,
} from '../../../core/pki/request';

export type Mode = 'new' | 'existing';

/** A subject field typed in one box (street address has three). */
export type TextSubjectKey = Exclude<SubjectKey, 'streetAddress' | 'commonName' | 'emailAddress'>;

/** What the form holds: text as typed, so nothing is lost while it is invalid. */
export interface FormState {
  readonly preset: CsrPresetId;
  readonly algorithm: KeyAlgorithm;
  readonly names: string;
  readonly subject: Readonly<Partial<Record<TextSubjectKey, string>>>;
  readonly street: readonly [string, string, string];
}

export const INITIAL: FormState = {
  preset: 'dv',
  algorithm: 'P-256',
  names: '',
  subject: {},
  street: ['', '', ''],
};

/** The preset the form names (the first one if the kept state names one no longer known). */
export function presetOf(form: Pick<FormState, 'preset'>): CsrPreset {
  const preset = CSR_PRESETS.find((p) => p.id === form.preset) ?? CSR_PRESETS[0];
  if (!preset) throw new Error('core/pki has no CSR presets');
  return preset;
}

/** The core request from the form. */
export function toRequest(form: FormState): CsrRequest {
  const preset = presetOf(form);
  const names = splitNames(form.names);
  const subject: CsrSubject = {};
  for (const key of preset.fields) {
    if (key === 'streetAddress')
      subject.streetAddress = form.street.filter((line) => line.trim() !== '');
    else if (key !== 'commonName' && key !== 'emailAddress') {
      const value = form.subject[key]?.trim();
      if (value) subject[key] = value;
    }
  }
  if (preset.names === 'email') {
    const email = names[0];
    if (email) subject.emailAddress = email;
    return { algorithm: form.algorithm, subject, emailAddresses: names.slice(0, 1) };
  }
  const first = names[0];
  if (first) subject.commonName = first;
  return { algorithm: form.algorithm, subject, dnsNames: names };
}

/** One thing wrong with the form, in terms the view words for the customer. */
export type FormProblem =
  /** Nothing in the names box. */
  | { readonly kind: 'namesRequired'; readonly names: CsrPreset['names'] }
  /** More than one address for a mailbox certificate (the preset takes one). */
  | { readonly kind: 'oneEmail' }
  /** A field the preset requires is empty. */
  | { readonly kind: 'required'; readonly field: SubjectKey }
  /** None of a group of fields the preset needs one of is filled. */
  | { readonly kind: 'oneOf'; readonly fields: readonly SubjectKey[] }
  /** A rule of the core's request check. */
  | { readonly kind: 'core'; readonly issue: FieldIssue };

/** The id of the form control a core field path belongs to. */
export function controlFor(field: string): string {
  const [head, key, index] = field.split('.');
  if (head === 'dnsNames' || head === 'emailAddresses' || head === 'ipAddresses') return 'names';
  if (head === 'subject' && (key === 'commonName' || key === 'emailAddress')) return 'names';
  if (head === 'subject' && key === 'streetAddress') return `street-${index ?? '0'}`;
  if (head === 'subject') return `subject-${key ?? ''}`;
  return head ?? field;
}

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
