/**
 * Plurals, numbers and dates for one language, through Intl: a catalogue never
 * spells out its own plural rules, digit grouping or date order.
 */
export interface Formats {
  /** The form for `count` ("one", "few", "other" …), with `#` replaced by the number. */
  readonly plural: (
    count: number,
    forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
  ) => string;
  readonly formatNumber: (value: number) => string;
  /** A calendar date in the language's own order ("2 December 2026", "2026年12月2日"). */
  readonly formatDate: (date: Date) => string;
  /** A duration with a fixed number of decimals and the language's unit ("1.5 sec", "1,5 Sek."). */
  readonly formatSeconds: (seconds: number, decimals: number) => string;
}

/**
 * Seconds through Intl's unit formatting; one formatter per number of decimals,
 * made on first use and kept (the progress line asks several times a second).
 */
export function secondsFormatter(tag: string): (seconds: number, decimals: number) => string {
  const byDecimals = new Map<number, Intl.NumberFormat>();
  return (seconds, decimals) => {
    let format = byDecimals.get(decimals);
    if (!format) {
      format = new Intl.NumberFormat(tag, {
        style: 'unit',
        unit: 'second',
        unitDisplay: 'short',
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      });
      byDecimals.set(decimals, format);
    }
    return format.format(seconds);
  };
}

/**
 * Whole numbers from 0 to 999 read the same in every language the page offers:
 * Latin digits, no group separator, no sign (test/ui/i18n/formatsFor.test.ts
 * compares each language's Intl.NumberFormat over the whole range, so a language
 * with digits of its own fails there). They are most of what the page formats
 * (terms in years, counts, lengths), and written directly they spare the first
 * view making its first Intl.NumberFormat, which loads the number data: about
 * 55 ms of main thread before the ordering page's first step was usable (a CPU
 * profile of the first view on this project's bench machine).
 */
export function isPlainDigits(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0);
}

/**
 * Each Intl object is made on first use: making one first loads the browser's
 * locale data for its kind, which cost the start page about 140 ms of main
 * thread before its first paint when all three were made up front (CPU
 * profile of the first view). Most pages never format a date.
 */
export function formatsFor(tag: string): Formats {
  let plurals: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  let dates: Intl.DateTimeFormat | undefined;
  const formatNumber = (value: number) =>
    isPlainDigits(value) ? String(value) : (numbers ??= new Intl.NumberFormat(tag)).format(value);
  return {
    plural: (count, forms) =>
      (forms[(plurals ??= new Intl.PluralRules(tag)).select(count)] ?? forms.other).replaceAll(
        '#',
        formatNumber(count),
      ),
    formatNumber,
    formatDate: (date) =>
      (dates ??= new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' })).format(date),
    formatSeconds: secondsFormatter(tag),
  };
}
