import type { ComponentChildren } from 'preact';
import type { Severity } from '../../core/spec';

interface FindingLineProps {
  readonly severity: Severity;
  /** The error code Sectigo would answer, where the documents give one. */
  readonly code?: number | undefined;
  /** What to do about it, after the code. */
  readonly fix?: string | undefined;
  /** What is wrong (and, for a request, which field). */
  readonly children: ComponentChildren;
}

/**
 * One finding as a line of a list: its severity, what is wrong, Sectigo's
 * code and the fix. Used for the request builder's check and the CSR check
 * beside the CSR field; coloured by severity (`finding-error` and
 * `finding-warning` in styles.css, `finding-info` and the line's parts in
 * order.css: only the Order view shows it).
 */
export function FindingLine({ severity, code, fix, children }: FindingLineProps) {
  return (
    <li class={`finding-${severity}`}>
      <span class="order-severity">{severity}</span> {children}
      {code === undefined ? null : <span class="tag order-code">Sectigo code {code}</span>}
      {fix === undefined ? null : <span class="order-fix"> {fix}</span>}
    </li>
  );
}
