/**
 * Domain names, IP addresses and email addresses for Subject Alternative Names:
 * checked by the rules of RFC 5280 / the CA/Browser Forum (LDH labels of 1-63
 * characters, 253 in all, a wildcard only as the whole left-most label), and
 * internationalised names converted to their A-label (punycode) form.
 */

export type NameCheck = { ok: true; value: string; note?: string } | { ok: false; message: string };

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

export function checkDnsName(input: string): NameCheck {
  const trimmed = input.trim().replace(/\.$/, '');
  if (trimmed === '') return { ok: false, message: 'is empty' };
  const ascii = toAscii(trimmed);
  if (ascii === null) return { ok: false, message: `"${trimmed}" is not a valid domain name` };
  if (ascii.length > 253) return { ok: false, message: 'is longer than 253 characters' };
  const labels = ascii.split('.');
  if (labels.length < 2)
    return { ok: false, message: `"${trimmed}" needs at least two labels, such as example.com` };
  for (const [index, label] of labels.entries()) {
    if (index === 0 && label === '*') continue;
    if (label.includes('*')) {
      return {
        ok: false,
        message: 'may hold a wildcard only as the whole left-most label, as in *.example.com',
      };
    }
    if (!LABEL.test(label)) {
      return {
        ok: false,
        message: `has an invalid label "${label}": letters, digits and hyphens only, 1-63 characters, no hyphen at either end`,
      };
    }
  }
  if (labels[0] === '*' && labels.length < 3) {
    return {
      ok: false,
      message: 'a wildcard needs a registered domain under it, as in *.example.com',
    };
  }
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) {
    return {
      ok: false,
      message: `"${trimmed}" looks like an IP address; list it under IP addresses`,
    };
  }
  return ascii === trimmed.toLowerCase()
    ? { ok: true, value: ascii }
    : { ok: true, value: ascii, note: `${trimmed} is written ${ascii} in the certificate` };
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

export function checkIpAddress(input: string): NameCheck {
  const value = input.trim();
  if (isIPv4(value)) return { ok: true, value };
  if (isIPv6(value)) return { ok: true, value: value.toLowerCase() };
  return { ok: false, message: `"${value}" is not an IPv4 or IPv6 address` };
}

const EMAIL = /^[^\s@<>(),;:"[\]\\]{1,64}@[^\s@<>(),;:"[\]\\]+$/;

export function checkEmailAddress(input: string): NameCheck {
  const value = input.trim();
  if (value.length > 255 || !EMAIL.test(value)) {
    return { ok: false, message: `"${value}" is not an email address such as name@example.com` };
  }
  const at = value.lastIndexOf('@');
  const domain = checkDnsName(value.slice(at + 1));
  if (!domain.ok || domain.value.startsWith('*')) {
    return { ok: false, message: `"${value}" does not end in a valid domain` };
  }
  return { ok: true, value: `${value.slice(0, at)}@${domain.value}` };
}

/** Splits a pasted list: one per line, or separated by commas or spaces. */
export function splitNames(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
