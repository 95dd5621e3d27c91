/**
 * The PKI code the Inspect view runs, loaded on demand with a dynamic import so
 * it stays out of the first page load (shared/DESIGN.md). Loaded once, shared.
 */
import type { InspectOptions, InspectResult } from '../../../core/pki';

export interface Inspector {
  readonly inspectCsr: (
    input: string | Uint8Array,
    options?: InspectOptions,
  ) => Promise<InspectResult>;
  /** Why a uniqueValue would be refused, or null. */
  readonly checkUniqueValue: (value: string) => string | null;
  /** Long label of a subject field by its short name ("CN" → "Common name"). */
  readonly subjectLabel: (short: string) => string | undefined;
}

let loading: Promise<Inspector> | null = null;

export function loadInspector(): Promise<Inspector> {
  loading ??= Promise.all([
    import('../../../core/pki'),
    import('../../../core/pki'),
    import('../../../core/pki'),
  ]).then(([inspect, dcv, subject]) => {
    const labels = new Map(subject.SUBJECT_FIELDS.map((field) => [field.short, field.label]));
    return {
      inspectCsr: inspect.inspectCsr,
      checkUniqueValue: dcv.checkUniqueValue,
      subjectLabel: (short: string) => labels.get(short),
    };
  });
  // A failed load (e.g. a network hiccup on a lazy chunk) may be retried.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
