/**
 * The Generate form without the page: what it holds and the core request it
 * stands for (what is wrong with it is checkForm.ts, loaded just after the
 * form). Every rule comes from the core; the view only shows the result in the
 * customer's words.
 */
import {
  CSR_PRESETS,
  splitNames,
  type CsrPreset,
  type CsrPresetId,
  type CsrRequest,
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
