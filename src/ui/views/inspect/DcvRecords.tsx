import type { DcvRecords as Records } from '../../../core/pki';
import { CodeBlock } from '../../components/CodeBlock';
import { CopyButton } from '../../components/CopyButton';
import { DownloadButton } from '../../components/DownloadButton';

function CopyRow({ label, value, copyLabel }: { label: string; value: string; copyLabel: string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        <code class="inspect-value">{value}</code>
      </td>
      <td class="inspect-copy">
        <CopyButton text={value} label={copyLabel} />
      </td>
    </tr>
  );
}

/** The name the validation file must have: the last part of its path. */
export const validationFileName = (records: Records): string =>
  records.httpFile.path.slice(records.httpFile.path.lastIndexOf('/') + 1);

/** The CSR-hash DCV records: hashes, the HTTP(S) file per domain, and the CNAME per domain. */
export function DcvRecords({ records }: { records: Records }) {
  const fileName = validationFileName(records);
  return (
    <section class="inspect-dcv" aria-labelledby="inspect-dcv-title">
      <h2 id="inspect-dcv-title">Domain control validation records</h2>
      <p class="lead">
        For the CSR-hash methods: either publish the validation file on each web site, or add the
        CNAME record to each domain&apos;s DNS. Both are computed from this exact CSR; a new CSR
        needs new records.
      </p>
      <table class="data inspect-records">
        <caption>Hashes of the CSR</caption>
        <tbody>
          <CopyRow label="MD5" value={records.md5} copyLabel="MD5 hash" />
          <CopyRow label="SHA-256" value={records.sha256} copyLabel="SHA-256 hash" />
          {records.uniqueValue ? (
            <CopyRow label="uniqueValue" value={records.uniqueValue} copyLabel="uniqueValue" />
          ) : null}
        </tbody>
      </table>

      <h3>Validation file</h3>
      <div class="actions">
        <DownloadButton
          data={records.httpFile.content}
          filename={fileName}
          mimeType="text/plain"
          label={`Download ${fileName}`}
        />
        <span class="hint">
          Publish it at <code>{records.httpFile.path}</code> on each domain below.
        </span>
      </div>
      <CodeBlock label="Validation file content" text={records.httpFile.content} />

      <h3>Per domain</h3>
      {records.domains.map((domain) => (
        <table class="data inspect-records" key={domain.domain}>
          <caption>
            <code>{domain.domain}</code>
          </caption>
          <tbody>
            {domain.httpUrl === null ? (
              <tr>
                <th scope="row">HTTP file URL</th>
                <td colSpan={2}>
                  Not possible for wildcards: validate this name with the CNAME record (or by
                  email).
                </td>
              </tr>
            ) : (
              <CopyRow
                label="HTTP file URL"
                value={domain.httpUrl}
                copyLabel={`file URL for ${domain.domain}`}
              />
            )}
            <CopyRow
              label="CNAME host"
              value={domain.cname.host}
              copyLabel={`CNAME host for ${domain.domain}`}
            />
            <CopyRow
              label="CNAME value"
              value={domain.cname.value}
              copyLabel={`CNAME value for ${domain.domain}`}
            />
          </tbody>
        </table>
      ))}
    </section>
  );
}
