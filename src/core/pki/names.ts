/**
 * Domain names, IP addresses and email addresses for Subject Alternative Names:
 * checked by the rules of RFC 5280 / the CA/Browser Forum (LDH labels of 1-63
 * characters, 253 in all, a wildcard only as the whole left-most label), and
 * internationalised names converted to their A-label (punycode) form.
 *
 * For a publicly-trusted certificate (every Sectigo product; the default)
 * internal names and reserved IP addresses are refused: Baseline Requirements
 * 4.2.2 and 7.1.2.7.12, with the tables in reservedNames.ts.
 *
 * Every result carries a machine-readable `problem` or `note` and its values,
 * so a view can word it in the reader's language; `message` is the English.
 */
import { internalSuffix, reservedRange } from './reservedNames';

export type NameProblem =
  | 'empty'
  | 'invalid' /* {value} */
  | 'tooLong' /* {value} */
  | 'singleLabel' /* {value} */
  | 'badLabel' /* {value,label} */
  | 'wildcardPosition' /* {value} */
  | 'wildcardBare' /* {value} */
  | 'internalName' /* {value,suffix} */
  | 'notIp' /* {value} */
  | 'reservedIp' /* {value} */
  | 'notEmail' /* {value} */
  | 'emailDomain'; /* {value} */

export type NameNote =
  'urlHost' /* {value,host} */ | 'punycode' /* {value,ascii} */ | 'ipAddress'; /* {value} */

export type NameCheck =
  | { ok: true; value: string; note?: { kind: NameNote; values: Record<string, string> } }
  | { ok: false; problem: NameProblem; values: Record<string, string>; message: string };

export interface NameCheckOptions {
  /**
   * For a publicly-trusted certificate, as every Sectigo product is (default
   * true): internal names and reserved IP addresses are problems. False for a
   * private CA.
   */
  readonly publicTrust?: boolean;
}

type Problem = Extract<NameCheck, { ok: false }>;

function problem(kind: NameProblem, values: Record<string, string>, message: string): Problem {
  return { ok: false, problem: kind, values, message };
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** An internationalised name's ASCII form, via the platform's URL parser (UTS #46). */
function toAscii(name: string): string | null {
  if (/^[\x21-\x7e]*$/.test(name)) return name.toLowerCase();
  try {
    return new URL(`http://${name}/`).hostname;
  } catch {
    return null;
  }
}

/** `https://www.example.com/…`, `example.com/path`, `example.com:8443`: what a pasted address looks like. */
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const HOST_WITH_PATH_OR_PORT = /^[^\s/:[\]]+(:\d{1,5})?([/?#]|$)/;

/** The host of a pasted URL; '' for a URL without a usable host; undefined when the text is no URL. */
function urlHost(text: string): string | undefined {
  const looksLikeUrl =
    SCHEME.test(text) ||
    (!text.includes('@') && HOST_WITH_PATH_OR_PORT.test(text) && /[/?#:]/.test(text));
  if (!looksLikeUrl) return undefined;
  try {
    const url = new URL(SCHEME.test(text) ? text : `http://${text}`);
    return url.hostname.replace(/^\[(.*)\]$/, '$1');
  } catch {
    return '';
  }
}

function notAUrl(text: string): Problem {
  return problem('invalid', { value: text }, `"${text}" is an address without a usable host name.`);
}

function checkPlainDnsName(trimmed: string, publicTrust: boolean): NameCheck {
  const value = trimmed;
  const name = trimmed.replace(/\.$/, '');
  if (name === '') return problem('empty', {}, 'The name is empty.');
  const ascii = toAscii(name);
  if (ascii === null)
    return problem('invalid', { value }, `"${value}" is not a valid domain name.`);
  if (ascii.length > 253)
    return problem(
      'tooLong',
      { value },
      `"${value.slice(0, 40)}…" is longer than 253 characters, the most a domain name may have.`,
    );
  if (isIPv4(ascii) || isIPv6(ascii))
    return problem(
      'invalid',
      { value },
      `"${value}" is an IP address, not a domain name: it belongs in the certificate as an IP address.`,
    );
  const labels = ascii.split('.');
  if (labels.every((label) => /^\d+$/.test(label)) || /^[0-9a-f]*:[0-9a-f:.]*$/.test(ascii))
    return problem('notIp', { value }, `"${value}" is not an IPv4 or IPv6 address.`);
  if (labels.length < 2)
    return problem(
      'singleLabel',
      { value },
      `"${value}" is a single-label name, which only a private network can resolve: give the full domain name, such as ${value === '*' ? 'www' : value}.example.com.`,
    );
  for (const [index, label] of labels.entries()) {
    if (index === 0 && label === '*') continue;
    if (label.includes('*'))
      return problem(
        'wildcardPosition',
        { value },
        `"${value}" has a wildcard that is not the whole left-most label; write it as in *.example.com.`,
      );
    if (!LABEL.test(label))
      return problem(
        'badLabel',
        { value, label },
        `"${value}" has an invalid label "${label}": letters, digits and hyphens only, 1-63 characters, no hyphen at either end.`,
      );
  }
  if (/^\d+$/.test(labels[labels.length - 1] ?? ''))
    return problem(
      'invalid',
      { value },
      `"${value}" ends in a number, which no top-level domain is.`,
    );
  if (labels[0] === '*' && labels.length < 3)
    return problem(
      'wildcardBare',
      { value },
      `"${value}" is a wildcard without a registered domain under it; write it as in *.example.com.`,
    );
  const suffix = publicTrust ? internalSuffix(ascii) : undefined;
  if (suffix !== undefined)
    return problem(
      'internalName',
      { value, suffix: `.${suffix}` },
      `"${value}" ends in .${suffix}, a name for private networks: public certificates may not contain internal names (CA/Browser Forum Baseline Requirements 4.2.2).`,
    );
  return ascii === name.toLowerCase()
    ? { ok: true, value: ascii }
    : {
        ok: true,
        value: ascii,
        note: {
          kind: 'punycode',
          values: { value: name, ascii },
        },
      };
}

/** Adds the URL note to a successful check of the host of a pasted URL. */
function fromUrl(text: string, check: NameCheck): NameCheck {
  if (!check.ok) return check;
  return {
    ok: true,
    value: check.value,
    note: { kind: 'urlHost', values: { value: text, host: check.value } },
  };
}

/**
 * A DNS name for a certificate. A pasted URL becomes its host (with a note); an
 * IP address is refused here (checkHostName takes either).
 */
export function checkDnsName(input: string, options: NameCheckOptions = {}): NameCheck {
  const trimmed = input.trim();
  const publicTrust = options.publicTrust ?? true;
  const host = urlHost(trimmed);
  if (host === undefined) return checkPlainDnsName(trimmed, publicTrust);
  if (host === '') return notAUrl(trimmed);
  return fromUrl(trimmed, checkPlainDnsName(host, publicTrust));
}

export function isIPv4(value: string): boolean {
  const parts = value.split('.');
  return (
    parts.length === 4 &&
    parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255)
  );
}

export function isIPv6(value: string): boolean {
  if (!/^[0-9a-fA-F:.]{2,45}$/.test(value) || !value.includes(':')) return false;
  try {
    return new URL(`http://[${value}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** An IPv4 or IPv6 address; IPv6 in its compressed canonical form (RFC 5952). */
export function checkIpAddress(input: string, options: NameCheckOptions = {}): NameCheck {
  const value = input.trim().replace(/^\[(.*)\]$/, '$1');
  let canonical: string;
  if (isIPv4(value)) canonical = value;
  else if (isIPv6(value)) canonical = new URL(`http://[${value}]/`).hostname.slice(1, -1);
  else
    return problem(
      'notIp',
      { value: input.trim() },
      `"${input.trim()}" is not an IPv4 or IPv6 address.`,
    );
  const reserved = (options.publicTrust ?? true) ? reservedRange(canonical) : undefined;
  if (reserved)
    return problem(
      'reservedIp',
      { value: canonical },
      `${canonical} is a reserved address (${reserved.name}, ${reserved.source}): public certificates may only contain public IP addresses (CA/Browser Forum Baseline Requirements 4.2.2).`,
    );
  return { ok: true, value: canonical };
}

/**
 * A line of a domain-name list: a DNS name, a pasted URL (its host), or an IP
 * address (noted, so it is written as an IP address entry). The result's value
 * is an IP address exactly when isIPv4/isIPv6 say so.
 */
export function checkHostName(input: string, options: NameCheckOptions = {}): NameCheck {
  const trimmed = input.trim();
  const url = urlHost(trimmed);
  if (url === '') return notAUrl(trimmed);
  const host = (url ?? trimmed).replace(/^\[(.*)\]$/, '$1');
  const isIp = isIPv4(host) || isIPv6(host);
  const check = isIp
    ? checkIpAddress(host, options)
    : checkPlainDnsName(host, options.publicTrust ?? true);
  if (!check.ok) return check;
  if (url !== undefined) return fromUrl(trimmed, check);
  if (isIp)
    return {
      ok: true,
      value: check.value,
      note: { kind: 'ipAddress', values: { value: check.value } },
    };
  return check;
}

const EMAIL = /^[^\s@<>(),;:"[\]\\]{1,64}@[^\s@<>(),;:"[\]\\]+$/;

export function checkEmailAddress(input: string, options: NameCheckOptions = {}): NameCheck {
  const value = input.trim();
  if (value.length > 255 || !EMAIL.test(value))
    return problem(
      'notEmail',
      { value },
      `"${value}" is not an email address such as name@example.com.`,
    );
  const at = value.lastIndexOf('@');
  const domain = checkPlainDnsName(value.slice(at + 1), options.publicTrust ?? true);
  if (!domain.ok || domain.value.startsWith('*'))
    return problem(
      'emailDomain',
      { value },
      domain.ok || domain.problem !== 'internalName'
        ? `"${value}" does not end in a valid domain.`
        : `"${value}" ends in ${domain.values.suffix ?? ''}, a name for private networks that no public CA can validate.`,
    );
  return { ok: true, value: `${value.slice(0, at)}@${domain.value}` };
}
