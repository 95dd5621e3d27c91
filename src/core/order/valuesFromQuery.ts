/**
 * Reads request values from an ordering URL or query string, as the
 * document's own example is written:
 *
 *   ...!PlaceOrder?ap=resellerbrand&reseller=y&...&name=Fred+Bloggs&...&name=Fred
 *
 * A name given twice cannot be one entry of a `Record`, and no document says
 * which value Sectigo reads. The first is kept (the example's trailing
 * `name=Fred` reads as a leftover of `name=Fred+Bloggs`) and a warning names
 * the dropped one. Names differing only in case are kept apart here;
 * `buildRequest` resolves them (Sectigo ignores case) the same way.
 */
import { describeValue } from './describeValue';
import type { OrderIssue } from './types';

export function valuesFromQuery(urlOrQuery: string): {
  values: Record<string, string>;
  issues: OrderIssue[];
} {
  const withoutFragment = urlOrQuery.split('#', 1)[0] ?? '';
  const question = withoutFragment.indexOf('?');
  const query = question === -1 ? withoutFragment : withoutFragment.slice(question + 1);
  const kept = new Map<string, string>();
  const issues: OrderIssue[] = [];
  for (const [name, value] of new URLSearchParams(query)) {
    if (!kept.has(name)) {
      kept.set(name, value);
      continue;
    }
    issues.push({
      field: name,
      severity: 'warning',
      // The dropped value is not quoted: it may be a password.
      message: `${describeValue(name)} is given more than once; the first value is kept and the later one is dropped, because the documents do not say which one Sectigo reads.`,
    });
  }
  // Object.fromEntries defines own properties, so a name like __proto__ stays a plain entry.
  return { values: Object.fromEntries(kept), issues };
}
