import type { InspectedCsr } from '../../../core/pki';
import { CodeBlock } from '../../components/CodeBlock';

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
  const signature = describeSignature(csr);
  return (
    <section class="inspect-decoded" aria-labelledby="inspect-decoded-title">
      <h2 id="inspect-decoded-title">Decoded CSR</h2>
      <div class="two-columns">
        <div>
          <table class="data">
            <caption>Subject</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {subject.length === 0 ? (
                <tr>
                  <td colSpan={2}>The subject is empty.</td>
                </tr>
              ) : (
                subject.map(({ short, value }, index) => (
                  <tr key={index}>
                    <th scope="row">
                      {subjectLabel(short) ?? short}{' '}
                      <span class="inspect-short">
                        (<code>{short}</code>)
                      </span>
                    </th>
                    <td>{value === '' ? <em>(empty)</em> : value}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>

          <table class="data">
            <caption>Subject alternative names</caption>
            <tbody>
              {names.length === 0 ? (
                <tr>
                  <td>None: the CSR has no subject alternative name.</td>
                </tr>
              ) : (
                names.map((group) => (
                  <tr key={group.label}>
                    <th scope="row">
                      {group.label} ({group.values.length})
                    </th>
                    <td>
                      <ul class="inspect-names">
                        {group.values.map((value, index) => (
                          <li key={index}>
                            <code>{value}</code>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>

        <div>
          <table class="data">
            <caption>Key and signature</caption>
            <tbody>
              <tr>
                <th scope="row">Public key</th>
                <td>{describeKey(csr.key)}</td>
              </tr>
              <tr>
                <th scope="row">Signature algorithm</th>
                <td>{csr.signatureAlgorithm}</td>
              </tr>
              <tr>
                <th scope="row">Signature</th>
                <td
                  class={
                    !csr.signatureChecked
                      ? 'finding-warning'
                      : csr.signatureValid
                        ? 'inspect-yes'
                        : 'finding-error'
                  }
                >
                  {signature}
                </td>
              </tr>
              <tr>
                <th scope="row">Size</th>
                <td>{csr.derLength.toLocaleString('en')} bytes (DER)</td>
              </tr>
            </tbody>
          </table>

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
                  {csr.attributes.length === 0 ? (
                    'None.'
                  ) : (
                    <ul class="inspect-names">
                      {csr.attributes.map((attribute, index) => (
                        <li key={index}>
                          <code>{attribute}</code>
                        </li>
                      ))}
                    </ul>
                  )}
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
