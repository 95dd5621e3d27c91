/**
 * The rules a key + CSR request must meet, checked without the PKI library: the
 * Generate view validates every keystroke with this and loads @peculiar/x509
 * (generateKeyAndCsr) only when the key is made.
 */
import { KEY_ALGORITHMS } from './algorithms';
import type { KeyAlgorithm } from './keyAlgorithm';
import {
  checkEmailAddress,
  checkHostName,
  checkIpAddress,
  isIPv4,
  isIPv6,
  type NameCheck,
  type NameCheckOptions,
  type NameNote,
} from './names';
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
  /**
   * For a publicly-trusted certificate, as every Sectigo product is (default
   * true): internal names and reserved IP addresses are refused (CA/Browser
   * Forum Baseline Requirements 4.2.2). False for a private CA.
   */
  publicTrust?: boolean;
}

/** Something worth telling that is not a problem: a URL read as its host, an IDN in punycode, an IP address. */
export interface CsrRequestNote {
  readonly kind: NameNote;
  readonly values: Readonly<Record<string, string>>;
  /** The English wording. */
  readonly text: string;
}

export interface CsrNames {
  readonly dnsNames: string[];
  readonly ipAddresses: string[];
  readonly emailAddresses: string[];
}

export interface CsrRequestCheck {
  readonly issues: FieldIssue[];
  /** Notes that are not problems, one per name they concern. */
  readonly notes: CsrRequestNote[];
  /**
   * The names as they will be written: IDNs in A-label form, URLs as their
   * host, IP addresses given among the domain names as IP addresses,
   * duplicates removed.
   */
  readonly names: CsrNames;
  /** The subject as it will be written (a common name given as a URL is its host). */
  readonly subject: CsrSubject;
}

/** Thrown by generateKeyAndCsr / createCsr when the request breaks a rule (check it first with checkCsrRequest). */
export class InvalidCsrRequestError extends Error {
  constructor(readonly issues: readonly FieldIssue[]) {
    super(issues.map((issue) => issue.message).join(' '));
    this.name = 'InvalidCsrRequestError';
  }
}

const NOTE_TEXT: Readonly<Record<NameNote, (values: Readonly<Record<string, string>>) => string>> =
  {
    urlHost: (v) =>
      `${v.value ?? ''} is an address: the certificate names its host, ${v.host ?? ''}.`,
    punycode: (v) => `${v.value ?? ''} is written ${v.ascii ?? ''} in the certificate.`,
    ipAddress: (v) =>
      `${v.value ?? ''} is an IP address: it goes in the certificate as an IP address, not as a domain name.`,
  };

interface Collected {
  readonly issues: FieldIssue[];
  readonly notes: CsrRequestNote[];
}

function addNote(out: Collected, note: NonNullable<Extract<NameCheck, { ok: true }>['note']>) {
  if (out.notes.some((n) => n.kind === note.kind && n.values.value === note.values.value)) return;
  out.notes.push({ kind: note.kind, values: note.values, text: NOTE_TEXT[note.kind](note.values) });
}

/**
 * Checks each line of a list, reporting every bad one (not only the first) as
 * `${field}.${index}`; `place` files each accepted value in its list.
 */
function checkList(
  values: readonly string[] | undefined,
  field: string,
  label: string,
  check: (value: string) => NameCheck,
  place: (value: string) => string[],
  out: Collected,
): void {
  (values ?? []).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const result = check(raw);
    if (!result.ok) {
      out.issues.push({
        field: `${field}.${index}`,
        message: `${label} ${index + 1}: ${result.message}`,
        code: result.problem,
        values: result.values,
      });
      return;
    }
    const list = place(result.value);
    if (list.includes(result.value)) return;
    list.push(result.value);
    if (result.note) addNote(out, result.note);
  });
}

const isIp = (value: string) => isIPv4(value) || isIPv6(value);

/** Every rule the request breaks, naming the field; an empty list means it can be generated. */
export function checkCsrRequest(
  request: Omit<CsrRequest, 'algorithm'> & { algorithm?: string },
): CsrRequestCheck {
  const out: Collected = { issues: validateSubject(request.subject), notes: [] };
  if (request.algorithm !== undefined && !(request.algorithm in KEY_ALGORITHMS)) {
    out.issues.push({
      field: 'algorithm',
      message: `Key algorithm "${request.algorithm}" is not one of ${Object.keys(KEY_ALGORITHMS).join(', ')}.`,
    });
  }
  const options: NameCheckOptions = { publicTrust: request.publicTrust ?? true };
  const names: CsrNames = { dnsNames: [], ipAddresses: [], emailAddresses: [] };
  // IP addresses typed among the domain names are written as IP addresses (iPAddress SANs).
  checkList(
    request.dnsNames,
    'dnsNames',
    'Domain name',
    (value) => checkHostName(value, options),
    (value) => (isIp(value) ? names.ipAddresses : names.dnsNames),
    out,
  );
  checkList(
    request.ipAddresses,
    'ipAddresses',
    'IP address',
    (value) => checkIpAddress(value, options),
    () => names.ipAddresses,
    out,
  );
  checkList(
    request.emailAddresses,
    'emailAddresses',
    'Email address',
    (value) => checkEmailAddress(value, options),
    () => names.emailAddresses,
    out,
  );
  const subject = commonNameAsWritten(request, names, options);
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
  return { issues: out.issues, notes: out.notes, names, subject };
}

/**
 * The common name as it goes into the CSR. When it is one of the domain names
 * (the Generate form makes the first one the CN), it is written as that name
 * is in the SANs: a URL as its host, an IDN in punycode. An IP address never
 * becomes the CN (Sectigo answers -35, autoapplyorder-guide-v2.txt section 2.1):
 * the first domain name takes its place, or none when there is none.
 */
function commonNameAsWritten(
  request: Pick<CsrRequest, 'subject' | 'dnsNames'>,
  names: CsrNames,
  options: NameCheckOptions,
): CsrSubject {
  const cn = subjectValues(request.subject, 'commonName')[0];
  if (cn === undefined || !(request.dnsNames ?? []).some((raw) => raw.trim() === cn)) {
    return request.subject;
  }
  const checked = checkHostName(cn, options);
  if (!checked.ok) return request.subject;
  const written = isIp(checked.value) ? names.dnsNames[0] : checked.value;
  const rest: CsrSubject = { ...request.subject };
  delete rest.commonName;
  return written === undefined ? rest : { ...rest, commonName: written };
}
