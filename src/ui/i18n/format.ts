/**
 * Plurals and numbers through Intl, so a catalogue never spells out its own
 * plural rules or digit grouping. These serve the English catalogue (en/);
 * the other languages' plurals and numbers come from formatsFor.
 */
import { secondsFormatter } from './formatsFor';

export const LOCALE = 'en';

const plurals = new Intl.PluralRules(LOCALE);

/** Picks the form for `count` ("one", "other" …); `other` is the fallback every language has. */
export function plural(
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return (forms[plurals.select(count)] ?? forms.other).replace('#', formatNumber(count));
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(LOCALE).format(value);
}

/** A duration with a fixed number of decimals ("1.5 sec"). */
export const formatSeconds = secondsFormatter(LOCALE);
