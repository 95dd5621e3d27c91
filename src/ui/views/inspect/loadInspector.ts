/**
 * The PKI code the Inspect view runs, from core/pki loaded on demand
 * (loadPki), with the subject labels indexed once.
 */
import type { InspectOptions, InspectResult } from '../../../core/pki';
import { lazyOnce } from '../../lazyOnce';
import { loadPki } from '../../loaders';

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

export const loadInspector = lazyOnce(() =>
  loadPki().then((pki): Inspector => {
    const labels = new Map(pki.SUBJECT_FIELDS.map((field) => [field.short, field.label]));
    return {
      inspectCsr: pki.inspectCsr,
      checkUniqueValue: pki.checkUniqueValue,
      subjectLabel: (short: string) => labels.get(short),
    };
  }),
);
