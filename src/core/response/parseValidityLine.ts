/** Reads RequestAndCollectSMIME's validity-period line, `DD/MM/YYYY DD/MM/YYYY`. */
import type { ValidityPeriod } from './types';
import { VALIDITY_LINE } from '../spec/validityLine';

// Bounded quantifiers on a line capped in length: no backtracking to speak of.
const LAYOUT = /^(\d{2})\/(\d{2})\/(\d{4})[ \t]{1,4}(\d{2})\/(\d{2})\/(\d{4})$/;
const MAX_LINE = 40;

/**
 * The period, `'invalid'` when the line has the layout but not real dates (or
 * ends before it starts), or undefined when it is not a validity line at all.
 */
export function parseValidityLine(line: string): ValidityPeriod | 'invalid' | undefined {
  const text = line.trim();
  if (text.length > MAX_LINE) return undefined;
  const match = LAYOUT.exec(text);
  if (match === null) return undefined;
  const [, d1, m1, y1, d2, m2, y2] = match;
  const notBefore = isoDate(d1, m1, y1);
  const notAfter = isoDate(d2, m2, y2);
  if (notBefore === undefined || notAfter === undefined || notAfter < notBefore) return 'invalid';
  return {
    notBefore: `${notBefore}T${VALIDITY_LINE.notBeforeTime}Z`,
    notAfter: `${notAfter}T${VALIDITY_LINE.notAfterTime}Z`,
    text,
  };
}

function isoDate(
  day: string | undefined,
  month: string | undefined,
  year: string | undefined,
): string | undefined {
  if (day === undefined || month === undefined || year === undefined) return undefined;
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${year}-${month}-${day}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
