/**
 * The rules a key + CSR request must meet, checked without the PKI library: the
 * Generate view validates every keystroke with this and loads @peculiar/x509
 * (generateKeyAndCsr) only when the key is made.
 */
import { KEY_ALGORITHMS } from './algorithms';
import type { KeyAlgorithm } from './keyAlgorithm';
import { checkDnsName, checkEmailAddress, checkIpAddress, type NameCheck } from './names';
import {
  SUBJECT_FIELDS,
  subjectValues,
  validateSubject,
  type CsrSubject,
  type FieldIssue,
} from './subject';

export interface CsrRequest {
  algorithm: KeyAlgorithm;
  subject: CsrSubject;
  dnsNames?: readonly string[];
  ipAddresses?: readonly string[];
  emailAddresses?: readonly string[];
}

export interface CsrNames {
  readonly dnsNames: string[];
  readonly ipAddresses: string[];
  readonly emailAddresses: string[];
}

export interface CsrRequestCheck {
  readonly issues: FieldIssue[];
  /** Notes that are not problems (an internationalised name written in punycode). */
  readonly notes: string[];
  /** The names as they will be written (IDNs in A-label form, duplicates removed). */
  readonly names: CsrNames;
}

/** Thrown by generateKeyAndCsr / createCsr when the request breaks a rule (check it first with checkCsrRequest). */
export class InvalidCsrRequestError extends Error {
  constructor(readonly issues: readonly FieldIssue[]) {
    super(issues.map((issue) => issue.message).join(' '));
    this.name = 'InvalidCsrRequestError';
  }
}

function checkList(
  values: readonly string[] | undefined,
  field: string,
  label: string,
  check: (value: string) => NameCheck,
  out: { issues: FieldIssue[]; notes: string[] },
): string[] {
  const accepted: string[] = [];
  (values ?? []).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const result = check(raw);
    if (!result.ok) {
      out.issues.push({
        field: `${field}.${index}`,
        message: `${label} ${index + 1} ${result.message}.`,
      });
    } else if (!accepted.includes(result.value)) {
      accepted.push(result.value);
      if (result.note) out.notes.push(result.note);
    }
  });
  return accepted;
}

/** Every rule the request breaks, naming the field; an empty list means it can be generated. */
export function checkCsrRequest(
  request: Omit<CsrRequest, 'algorithm'> & { algorithm?: string },
): CsrRequestCheck {
  const out = { issues: validateSubject(request.subject), notes: [] as string[] };
  if (request.algorithm !== undefined && !(request.algorithm in KEY_ALGORITHMS)) {
    out.issues.push({
      field: 'algorithm',
      message: `Key algorithm "${request.algorithm}" is not one of ${Object.keys(KEY_ALGORITHMS).join(', ')}.`,
    });
  }
  const names: CsrNames = {
    dnsNames: checkList(request.dnsNames, 'dnsNames', 'Domain name', checkDnsName, out),
    ipAddresses: checkList(request.ipAddresses, 'ipAddresses', 'IP address', checkIpAddress, out),
    emailAddresses: checkList(
      request.emailAddresses,
      'emailAddresses',
      'Email address',
      checkEmailAddress,
      out,
    ),
  };
  const cn = subjectValues(request.subject, 'commonName')[0];
  const hasSubject = SUBJECT_FIELDS.some(
    (field) => subjectValues(request.subject, field.key).length > 0,
  );
  if (
    !hasSubject &&
    names.dnsNames.length + names.ipAddresses.length + names.emailAddresses.length === 0
  ) {
    out.issues.push({
      field: 'subject.commonName',
      message: 'Give at least a common name, a domain name or an email address.',
    });
  }
  if (cn?.includes('*') && !/^\*\.[^*]+$/.test(cn)) {
    out.issues.push({
      field: 'subject.commonName',
      message:
        'Common name may hold a wildcard only as the whole left-most label, as in *.example.com.',
    });
  }
  return { issues: out.issues, notes: out.notes, names };
}
