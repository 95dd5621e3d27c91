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

/** Seconds through Intl's unit formatting. */
export function secondsFormatter(tag: string): (seconds: number, decimals: number) => string {
  return (seconds, decimals) =>
    new Intl.NumberFormat(tag, {
      style: 'unit',
      unit: 'second',
      unitDisplay: 'short',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(seconds);
}

export function formatsFor(tag: string): Formats {
  const plurals = new Intl.PluralRules(tag);
  const numbers = new Intl.NumberFormat(tag);
  const dates = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const formatNumber = (value: number) => numbers.format(value);
  return {
    plural: (count, forms) =>
      (forms[plurals.select(count)] ?? forms.other).replaceAll('#', formatNumber(count)),
    formatNumber,
    formatDate: (date) => dates.format(date),
    formatSeconds: secondsFormatter(tag),
  };
}
