/**
 * Key pair and PKCS#10 CSR, made with WebCrypto in the page. The private key is
 * returned as unencrypted PKCS#8 PEM for the caller to save (or to encrypt with
 * encryptPrivateKey); nothing is kept or sent.
 */
import { KEY_ALGORITHMS } from './algorithms';
import type { KeyAlgorithm } from './keyAlgorithm';
import { checkDnsName, checkEmailAddress, checkIpAddress, type NameCheck } from './names';
import { toPem } from '../encoding/pem';
import {
  SUBJECT_FIELDS,
  subjectValues,
  validateSubject,
  type CsrSubject,
  type FieldIssue,
} from './subject';
import { subtle } from './webcrypto';
import { x509 } from './x509';

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

function buildName(subject: CsrSubject): InstanceType<typeof x509.Name> {
  const rdns: Record<
    string,
    { utf8String?: string; printableString?: string; ia5String?: string }[]
  >[] = [];
  for (const field of SUBJECT_FIELDS) {
    for (const value of subjectValues(subject, field.key)) {
      // One attribute per RDN, as typed values: never parsed from a DN string.
      rdns.push({ [field.oid]: [{ [field.encoding]: value }] });
    }
  }
  return new x509.Name(rdns);
}

/** A CSR for an existing key pair (the public key must be exportable as SPKI). */
export async function createCsr(
  keys: CryptoKeyPair,
  request: CsrRequest,
): Promise<{ csrPem: string; csrDer: Uint8Array }> {
  const checked = checkCsrRequest(request);
  if (checked.issues.length > 0) throw new InvalidCsrRequestError(checked.issues);
  const spec = KEY_ALGORITHMS[request.algorithm];
  const { dnsNames, ipAddresses, emailAddresses } = checked.names;
  const general = [
    ...dnsNames.map((value) => ({ type: 'dns' as const, value })),
    ...ipAddresses.map((value) => ({ type: 'ip' as const, value })),
    ...emailAddresses.map((value) => ({ type: 'email' as const, value })),
  ];
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    name: buildName(request.subject),
    keys,
    // RSA: the hash is the key's own (SHA-256, set when it was made or imported).
    signingAlgorithm: spec.sign,
    extensions: general.length > 0 ? [new x509.SubjectAlternativeNameExtension(general)] : [],
  });
  const csrDer = new Uint8Array(csr.rawData);
  return { csrPem: toPem('CERTIFICATE REQUEST', csrDer), csrDer };
}

export interface GenerateOptions {
  /** Abandon the work: the promise rejects and the key is dropped. */
  readonly signal?: AbortSignal;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('Key generation was cancelled.', 'AbortError');
}

/** Generates a key pair of the chosen algorithm and a CSR signed by it. */
export async function generateKeyAndCsr(
  request: CsrRequest,
  options: GenerateOptions = {},
): Promise<{ csrPem: string; privateKeyPem: string }> {
  const checked = checkCsrRequest(request);
  if (checked.issues.length > 0) throw new InvalidCsrRequestError(checked.issues);
  throwIfAborted(options.signal);
  const spec = KEY_ALGORITHMS[request.algorithm];
  const keys = await subtle().generateKey(spec.generate, true, ['sign', 'verify']);
  throwIfAborted(options.signal);
  const { csrPem } = await createCsr(keys, request);
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', keys.privateKey));
  throwIfAborted(options.signal);
  return { csrPem, privateKeyPem: toPem('PRIVATE KEY', pkcs8) };
}
