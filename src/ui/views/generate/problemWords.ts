/**
 * The Generate form's problems and notes in the reader's language: the core
 * reports rules as codes with values (FieldIssue.code / values), and the
 * catalogue words each code. A core issue without a code (a rule added later)
 * falls back to the core's English message rather than to nothing.
 */
import type { CsrRequestNote, FieldIssue, SubjectKey } from '../../../core/pki/request';
import type { Messages } from '../../i18n/messages';
import type { FormProblem } from './generateForm';

type Words = Messages['generate'];

/** A note on a name, as checkCsrRequest gives it (kind, values and the English text). */
export type NameNote = CsrRequestNote;

const has = <T extends object>(table: T, key: string | undefined): key is keyof T & string =>
  key !== undefined && Object.hasOwn(table, key);

/** A subject field's name as the form shows it. */
export function subjectLabel(words: Words, key: SubjectKey): string {
  return key === 'streetAddress'
    ? words.organization.streetLine(1)
    : words.organization.fields[key];
}

/** The name of the control a problem is shown on, as a message names it. */
export function fieldLabel(words: Words, id: string, field: string): string {
  const [head, key, index] = field.split('.');
  const position = Number(index ?? key ?? '0') + 1;
  if (id.startsWith('street-')) return words.organization.streetLine(Number(id.slice(7)) + 1);
  if (head === 'dnsNames') return words.names.domain(position);
  if (head === 'ipAddresses') return words.names.ipAddress(position);
  if (head === 'emailAddresses') return words.names.emailLabel;
  if (head === 'subject' && key === 'commonName') return words.names.domain(1);
  if (head === 'subject' && has(words.organization.fields, key))
    return words.organization.fields[key];
  if (head === 'algorithm') return words.algorithms.legend;
  return field;
}

const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));
const count = (value: string | number | undefined) => Number(value ?? 0);

/** A core issue in words. */
function issueWords(words: Words, id: string, issue: FieldIssue): string {
  const field = fieldLabel(words, id, issue.field);
  const values = issue.values ?? {};
  const subject = words.problems.subject;
  const names = words.problems.names;
  switch (issue.code) {
    case 'tooMany':
      return subject.tooMany(field, count(values.max));
    case 'tooLong':
      // Names use the same code for a name over 253 characters: told apart by the field.
      return issue.field.startsWith('subject.')
        ? subject.tooLong(field, count(values.max), count(values.length))
        : names.tooLong(field, text(values.value));
    case 'controlCharacter':
    case 'countryCode':
    case 'printableOnly':
    case 'asciiOnly':
      return subject[issue.code](field);
    case 'empty':
      return names.empty(field);
    case 'badLabel':
      return names.badLabel(field, text(values.value), text(values.label));
    case 'internalName':
      return names.internalName(field, text(values.value), text(values.suffix));
    case 'invalid':
    case 'singleLabel':
    case 'wildcardPosition':
    case 'wildcardBare':
    case 'notIp':
    case 'reservedIp':
    case 'notEmail':
    case 'emailDomain':
      return names[issue.code](field, text(values.value));
    default:
      return issue.message;
  }
}

/** One problem of the form in words; `id` is the control it is shown on, `tag` the page's language. */
export function problemWords(words: Words, problem: FormProblem, id: string, tag: string): string {
  switch (problem.kind) {
    case 'namesRequired':
      return problem.names === 'email'
        ? words.problems.emailRequired
        : words.problems.domainsRequired;
    case 'oneEmail':
      return words.problems.oneEmail;
    case 'required':
      return words.problems.required(subjectLabel(words, problem.field));
    case 'oneOf':
      return words.problems.oneOf(
        new Intl.ListFormat(tag, { type: 'disjunction' }).format(
          problem.fields.map((key) => subjectLabel(words, key)),
        ),
      );
    case 'core':
      return issueWords(words, id, problem.issue);
  }
}

/** A note on a name in words. */
export function noteWords(words: Words, note: NameNote): string {
  const values = note.values;
  switch (note.kind) {
    case 'urlHost':
      return words.notes.urlHost(text(values.value), text(values.host));
    case 'punycode':
      return words.notes.punycode(text(values.value), text(values.ascii));
    case 'ipAddress':
      return words.notes.ipAddress(text(values.value));
    default:
      return note.text;
  }
}
