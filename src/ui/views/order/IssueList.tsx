import type { OrderIssue } from '../../../core/order';
import { FindingLine } from '../../components/FindingLine';

interface IssueListProps {
  readonly issues: readonly OrderIssue[];
  /** The DOM id of the field an issue names, when it is on the form. */
  readonly targetOf: (field: string) => string | undefined;
  /** The request carries the account password: its outputs are not for publishing. */
  readonly carriesSecrets?: boolean;
}

const plural = (n: number, word: string) => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * The request builder's findings: the field, what is wrong, and the error code
 * Sectigo would answer. Clicking a field name moves focus to its control.
 */
export function IssueList({ issues, targetOf, carriesSecrets = false }: IssueListProps) {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  return (
    <section class="order-issues" aria-labelledby="order-issues-title">
      <h2 id="order-issues-title">Check</h2>
      <p class={errors > 0 ? 'notice error' : warnings > 0 ? 'notice warning' : 'notice ok'}>
        {issues.length === 0
          ? 'No problems found: Sectigo should accept this request as far as the documents tell.'
          : `${plural(errors, 'error')} and ${plural(warnings, 'warning')}. ${
              errors > 0 ? 'Sectigo would reject the request as it stands.' : ''
            }`}
      </p>
      {carriesSecrets ? (
        <p class="notice warning">
          The request carries your account password: the HTML form and the curl command below are
          for your own use, never for a web page or a shared script. See the notes beside them.
        </p>
      ) : null}
      {issues.length === 0 ? null : (
        <ul class="order-issue-list">
          {issues.map((issue, index) => {
            const target = targetOf(issue.field);
            const name = issue.field === '' ? '(request)' : issue.field;
            return (
              <FindingLine key={index} severity={issue.severity} code={issue.code}>
                {target === undefined ? (
                  <code>{name}</code>
                ) : (
                  <button
                    type="button"
                    class="link-button order-issue-field"
                    onClick={() => {
                      document.getElementById(target)?.focus();
                    }}
                  >
                    {name}
                  </button>
                )}
                : <span class="order-issue-message">{issue.message}</span>
              </FindingLine>
            );
          })}
        </ul>
      )}
    </section>
  );
}
