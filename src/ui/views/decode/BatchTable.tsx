/** Batch mode: many responses decoded at once, as a table, with CSV and JSON exports. */
import { useMemo, useState } from 'preact/hooks';
import type { BatchResult } from '../../../core/response';
import { DownloadButton } from '../../components/DownloadButton';
import { orderNumberOf, outcomeOf, toCsv, toJson } from './batchExport';
import { ENDPOINT_LABELS, FORMAT_SHORT_LABELS } from './readAs';

/** Rows shown at once; the exports always hold every row. */
const PAGE = 200;

export function BatchTable({ batch }: { readonly batch: BatchResult }) {
  const [shown, setShown] = useState(PAGE);
  const { entries } = batch;
  const csv = useMemo(() => toCsv(entries), [entries]);
  const json = useMemo(() => toJson(entries), [entries]);
  const counts = useMemo(() => {
    let ok = 0;
    let errors = 0;
    for (const entry of entries) {
      if (entry.response.status === null) continue;
      if (entry.response.ok) ok += 1;
      else errors += 1;
    }
    return { ok, errors, unread: entries.length - ok - errors };
  }, [entries]);

  return (
    <section aria-labelledby="decode-batch-title">
      <h2 id="decode-batch-title">
        Batch: {entries.length} {entries.length === 1 ? 'response' : 'responses'}
      </h2>
      <p role="status">
        {counts.ok} succeeded, {counts.errors} with an error, {counts.unread} without a status.
        {batch.truncated ? ' The text held more responses; only these were decoded.' : ''}
      </p>
      <div class="actions">
        <DownloadButton
          data={csv}
          filename="responses.csv"
          mimeType="text/csv"
          label="Export CSV"
        />
        <DownloadButton
          data={json}
          filename="responses.json"
          mimeType="application/json"
          label="Export JSON"
        />
      </div>
      <div class="decode-table-scroll">
        <table class="data decode-batch">
          <caption class="visually-hidden">Decoded responses</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Format</th>
              <th scope="col">Endpoint</th>
              <th scope="col">Status</th>
              <th scope="col">Outcome</th>
              <th scope="col">Order number</th>
            </tr>
          </thead>
          <tbody>
            {entries.slice(0, shown).map((entry, index) => {
              const { response } = entry;
              return (
                <tr key={index} class={response.ok ? undefined : 'decode-row-error'}>
                  <td>{index + 1}</td>
                  <td>{FORMAT_SHORT_LABELS[response.format]}</td>
                  <td>
                    {response.endpoint ? ENDPOINT_LABELS[response.endpoint] : '—'}
                    {response.endpointGuessed && response.endpoint ? (
                      <span class="decode-guessed"> (guessed)</span>
                    ) : null}
                  </td>
                  <td>{response.status ?? '—'}</td>
                  <td>
                    {outcomeOf(response)}
                    {response.error?.nextStep ? (
                      <span class="decode-next"> {response.error.nextStep}</span>
                    ) : null}
                  </td>
                  <td>
                    <code>{orderNumberOf(response)}</code>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {entries.length > shown ? (
        <p>
          Showing {shown} of {entries.length}.{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setShown((count) => count + PAGE * 5);
            }}
          >
            Show more
          </button>
        </p>
      ) : null}
    </section>
  );
}
