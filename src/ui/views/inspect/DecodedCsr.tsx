import type { InspectedCsr } from '../../../core/pki';
import { CodeBlock } from '../../components/CodeBlock';
import { NameValueTable } from '../../components/NameValueTable';

interface DecodedCsrProps {
  readonly csr: InspectedCsr;
  readonly subjectLabel: (short: string) => string | undefined;
}

function describeKey(key: InspectedCsr['key']): string {
  if (key.type === 'RSA')
    return `RSA, ${key.bits ?? '?'} bits${key.exponent ? `, exponent ${key.exponent}` : ''}`;
  if (key.type === 'EC') return `Elliptic curve (ECDSA), ${key.curve ?? 'unknown curve'}`;
  return key.type;
}

function describeSignature(csr: InspectedCsr): string {
  if (!csr.signatureChecked) return 'Not checked';
  return csr.signatureValid ? 'Verifies' : 'Does not verify';
}

/** Names or OIDs as code, one a line. */
function CodeList({ values }: { readonly values: readonly string[] }) {
  return (
    <ul class="inspect-names">
      {values.map((value, index) => (
        <li key={index}>
          <code>{value}</code>
        </li>
      ))}
    </ul>
  );
}

/** The decoded CSR: subject, names, key, signature, extensions and attributes. */
export function DecodedCsr({ csr, subjectLabel }: DecodedCsrProps) {
  const subject = Object.entries(csr.subject).flatMap(([short, values]) =>
    values.map((value) => ({ short, value })),
  );
  const names = [
    { label: 'DNS names', values: csr.dnsNames },
    { label: 'IP addresses', values: csr.ipAddresses },
    { label: 'Email addresses', values: csr.emailAddresses },
  ].filter((group) => group.values.length > 0);
  return (
    <section class="inspect-decoded" aria-labelledby="inspect-decoded-title">
      <h2 id="inspect-decoded-title">Decoded CSR</h2>
      <div class="two-columns">
        <div>
          <NameValueTable
            caption="Subject"
            columns={['Field', 'Value']}
            empty="The subject is empty."
            rows={subject.map(({ short, value }) => ({
              name: (
                <>
                  {subjectLabel(short) ?? short}{' '}
                  <span class="inspect-short">
                    (<code>{short}</code>)
                  </span>
                </>
              ),
              value: value === '' ? <em>(empty)</em> : value,
            }))}
          />

          <NameValueTable
            caption="Subject alternative names"
            empty="None: the CSR has no subject alternative name."
            rows={names.map((group) => ({
              key: group.label,
              name: (
                <>
                  {group.label} ({group.values.length})
                </>
              ),
              value: <CodeList values={group.values} />,
            }))}
          />
        </div>

        <div>
          <NameValueTable
            caption="Key and signature"
            rows={[
              { name: 'Public key', value: describeKey(csr.key) },
              { name: 'Signature algorithm', value: csr.signatureAlgorithm },
              {
                name: 'Signature',
                value: describeSignature(csr),
                valueClass: !csr.signatureChecked
                  ? 'finding-warning'
                  : csr.signatureValid
                    ? 'inspect-yes'
                    : 'finding-error',
              },
              { name: 'Size', value: <>{csr.derLength.toLocaleString('en')} bytes (DER)</> },
            ]}
          />

          <table class="data">
            <caption>Requested extensions</caption>
            {csr.extensions.length === 0 ? (
              <tbody>
                <tr>
                  <td>None.</td>
                </tr>
              </tbody>
            ) : (
              <>
                <thead>
                  <tr>
                    <th scope="col">Extension</th>
                    <th scope="col">OID</th>
                    <th scope="col">Critical</th>
                  </tr>
                </thead>
                <tbody>
                  {csr.extensions.map((extension, index) => (
                    <tr key={index}>
                      <td>{extension.name}</td>
                      <td>
                        <code>{extension.oid}</code>
                      </td>
                      <td>{extension.critical ? 'Yes' : 'No'}</td>
                    </tr>
                  ))}
                </tbody>
              </>
            )}
          </table>

          <table class="data">
            <caption>Attributes</caption>
            <tbody>
              <tr>
                <td>
                  {csr.attributes.length === 0 ? 'None.' : <CodeList values={csr.attributes} />}
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      </div>
      <CodeBlock label="The CSR as PEM (what to submit)" text={csr.pem} />
    </section>
  );
}
