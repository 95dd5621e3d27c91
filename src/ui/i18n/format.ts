/**
 * Plurals and numbers through Intl, so a catalogue never spells out its own
 * plural rules or digit grouping. These serve the English catalogue (en/);
 * the other languages' plurals and numbers come from formatsFor.
 */
import { secondsFormatter } from './formatsFor';

export const LOCALE = 'en';

// Made on first use, once: making an Intl object loads locale data, and one
// per call cost the ordering page's first step about 150 ms of main thread
// (a CPU profile of the first view).
let plurals: Intl.PluralRules | undefined;
let numbers: Intl.NumberFormat | undefined;

/** Picks the form for `count` ("one", "other" …); `other` is the fallback every language has. */
export function plural(
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return (forms[(plurals ??= new Intl.PluralRules(LOCALE)).select(count)] ?? forms.other).replace(
    '#',
    formatNumber(count),
  );
}

export function formatNumber(value: number): string {
  return (numbers ??= new Intl.NumberFormat(LOCALE)).format(value);
}

/** A duration with a fixed number of decimals ("1.5 sec"). */
export const formatSeconds = secondsFormatter(LOCALE);
