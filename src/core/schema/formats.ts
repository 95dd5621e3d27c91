/**
 * The value checks behind `ParamSpec.format`. Each returns null when the value
 * is acceptable, or the rule it breaks in plain words.
 */
import { isIso3166Alpha2 } from '../spec/iso3166';
import { LANGUAGES } from '../spec/languages';
import type { ParamFormat } from '../spec/types';

/** A pragmatic address check: one @, a dotted domain, no spaces or angle brackets. */
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Splits the documents' "comma or white-space separated" lists. */
export function splitList(value: string): string[] {
  return value.split(/[\s,]+/).filter((item) => item !== '');
}

function isValidDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return new URL(value).host !== '';
  } catch {
    return false;
  }
}

/** Base64 of a CSR, with or without -----BEGIN xxxxx----- armour. */
function looksLikeCsr(value: string): boolean {
  const body = value
    .replace(/-----BEGIN [A-Z0-9 ]+-----/, '')
    .replace(/-----END [A-Z0-9 ]+-----/, '')
    .replace(/\s+/g, '');
  return body.length > 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(body);
}

const LANGUAGE_CODES = new Set<string>(LANGUAGES.values.map((language) => language.value));

export const FORMAT_CHECKS: Record<ParamFormat, (value: string) => string | null> = {
  email: (value) =>
    EMAIL.test(value) ? null : 'must be an email address such as name@example.com',
  emailList: (value) =>
    splitList(value).length > 0 ? null : 'must list at least one email address or DCV token',
  url: (value) => (isHttpUrl(value) ? null : 'must be a full http:// or https:// address'),
  country: (value) =>
    isIso3166Alpha2(value)
      ? null
      : 'must be an ISO 3166 two-letter country code in capitals, such as US or DE',
  language: (value) =>
    LANGUAGE_CODES.has(value)
      ? null
      : `must be one of the documented languages (${[...LANGUAGE_CODES].join(', ')})`,
  date: (value) => (isValidDate(value) ? null : 'must be a date written YYYY-MM-DD'),
  csr: (value) =>
    looksLikeCsr(value)
      ? null
      : 'must be a Base64 CSR, with or without its -----BEGIN/END----- lines',
  productList: (value) =>
    /^\d+(,\d+)*$/.test(value) ? null : 'must be product codes separated by commas, such as 316,36',
  domainList: (value) =>
    splitList(value).length > 0 ? null : 'must list at least one domain name',
  tokenList: (value) => (splitList(value).length > 0 ? null : 'must list at least one DCV token'),
  yn: (value) => (/^[YN]$/i.test(value) ? null : 'must be Y or N'),
};
