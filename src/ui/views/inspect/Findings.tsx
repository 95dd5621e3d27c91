import type { Finding, Severity } from '../../../core/pki';

const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "2 errors, 1 warning and 1 note". */
export function countFindings(findings: readonly Finding[]): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  const parts = [
    counts.error ? plural(counts.error, 'error') : '',
    counts.warning ? plural(counts.warning, 'warning') : '',
    counts.info ? plural(counts.info, 'note') : '',
  ].filter(Boolean);
  return parts.length <= 1
    ? (parts[0] ?? 'no findings')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

interface FindingsProps {
  /** Already sorted worst first by inspectCsr. */
  readonly findings: readonly Finding[];
  /** What was checked against, for the all-clear line. */
  readonly productName: string | undefined;
  /** False when the input is not a CSR at all (a certificate, a key ...). */
  readonly isCsr: boolean;
}

/** The findings, worst first: severity, Sectigo's error code when known, and the fix. */
export function Findings({ findings, productName, isCsr }: FindingsProps) {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  const against = productName ? ` for ${productName}` : '';
  return (
    <section class="inspect-findings" aria-labelledby="inspect-findings-title">
      <h2 id="inspect-findings-title">Findings</h2>
      {!isCsr ? null : errors > 0 ? (
        <p class="notice error">
          Sectigo would refuse this CSR{against}: fix {errors === 1 ? 'the error' : 'the errors'}{' '}
          below and make a new CSR.
        </p>
      ) : warnings > 0 ? (
        <p class="notice warning">
          Nothing here should make Sectigo refuse this CSR{against}, but read the{' '}
          {warnings === 1 ? 'warning' : 'warnings'}.
        </p>
      ) : (
        <p class="notice ok">No problem found: this CSR follows Sectigo&apos;s rules{against}.</p>
      )}
      {findings.length > 0 ? (
        <ol class="inspect-finding-list">
          {findings.map((finding, index) => (
            <li key={index} class={`inspect-finding severity-${finding.severity}`}>
              <h3>
                <span class={`inspect-severity finding-${finding.severity}`}>
                  {SEVERITY_LABELS[finding.severity]}
                </span>{' '}
                {finding.message}
              </h3>
              {finding.code !== undefined ? (
                <p class="inspect-code">
                  Sectigo would answer <code>{finding.code}</code>.
                </p>
              ) : null}
              {finding.fix ? (
                <p class="inspect-fix">
                  <strong>Fix:</strong> {finding.fix}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
