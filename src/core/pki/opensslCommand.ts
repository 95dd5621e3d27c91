/**
 * The `openssl req` command that makes the same key and CSR, for people who
 * prefer to make the key on their own machine. Safe to paste into a POSIX
 * shell: every value is single-quoted, and -subj special characters escaped.
 */
import { shellQuote } from '../encoding/shellQuote';
import { KEY_ALGORITHMS } from './algorithms';
import { checkCsrRequest, type CsrRequest } from './checkCsrRequest';
import { SUBJECT_FIELDS, subjectValues } from './subject';

/** openssl -subj: `/` separates attributes, `+` joins multi-valued RDNs, `\` escapes. */
const subjEscape = (value: string): string => value.replace(/[\\/+=]/g, (char) => `\\${char}`);

/** A file name from the first domain or email, safe in any shell and file system. */
function baseName(request: Omit<CsrRequest, 'algorithm'>): string {
  const first =
    subjectValues(request.subject, 'commonName')[0] ??
    request.dnsNames?.[0] ??
    request.emailAddresses?.[0] ??
    'request';
  const safe = first
    .replace(/^\*\./, 'wildcard.')
    .replace(/[^A-Za-z0-9.@_-]+/g, '_')
    .slice(0, 64);
  return safe === '' ? 'request' : safe;
}

/** The command for the request as it will be written (URLs as hosts, IPs as IP addresses, IDNs in punycode); names that break a rule are left out. */
export function opensslReqCommand(request: CsrRequest): string {
  const spec = KEY_ALGORITHMS[request.algorithm];
  const checked = checkCsrRequest(request);
  const subj = SUBJECT_FIELDS.flatMap((field) =>
    subjectValues(checked.subject, field.key).map(
      (value) => `/${field.short}=${subjEscape(value)}`,
    ),
  ).join('');
  const san = [
    ...checked.names.dnsNames.map((name) => `DNS:${name}`),
    ...checked.names.ipAddresses.map((ip) => `IP:${ip}`),
    ...checked.names.emailAddresses.map((email) => `email:${email}`),
  ];
  const name = baseName({ ...request, subject: checked.subject });
  const newkey =
    spec.family === 'RSA'
      ? `-newkey rsa:${spec.bits}`
      : `-newkey ec -pkeyopt ec_paramgen_curve:${spec.curve ?? 'P-256'}`;
  const lines = [
    `openssl req -new ${newkey} -${spec.hash.replace('-', '').toLowerCase()} -noenc`,
    `  -keyout ${shellQuote(`${name}.key`)} -out ${shellQuote(`${name}.csr`)}`,
    `  -utf8 -subj ${shellQuote(subj === '' ? '/' : subj)}`,
  ];
  if (san.length > 0) lines.push(`  -addext ${shellQuote(`subjectAltName=${san.join(',')}`)}`);
  return lines.join(' \\\n');
}
