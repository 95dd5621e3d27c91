/** One decoded certificate: what support staff check, as text, with its PEM to copy or save. */
import type { CertificateInfo } from '../../../core/cert';
import { CodeBlock } from '../../components/CodeBlock';
import { DownloadButton } from '../../components/DownloadButton';

export type CertificateRole = 'End entity' | 'Intermediate CA' | 'Root CA' | 'CA';

interface CertificateCardProps {
  readonly certificate: CertificateInfo;
  readonly position: number;
  readonly role: CertificateRole;
  /** Where the certificate stands now. */
  readonly validity: 'not-yet-valid' | 'valid' | 'expired';
}

const VALIDITY_TEXT = {
  'not-yet-valid': 'not valid yet',
  valid: 'valid now',
  expired: 'expired',
} as const;

/** "2024-05-14 00:00:00 UTC". */
export const formatTime = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

function describeKey(key: CertificateInfo['key']): string {
  if (key.type === 'RSA') return `RSA, ${key.bits ?? '?'} bits`;
  if (key.type === 'EC') return `Elliptic curve (ECDSA), ${key.curve ?? 'unknown curve'}`;
  return key.type;
}

export function CertificateCard({ certificate, position, role, validity }: CertificateCardProps) {
  const names = certificate.subjectAltNames;
  const title = certificate.commonName ?? certificate.subject;
  const rows: [string, string][] = [
    ['Subject', certificate.subject || '(empty)'],
    ['Issuer', certificate.issuer || '(empty)'],
    ...(names.email.length > 0
      ? [['Email addresses', names.email.join(', ')] as [string, string]]
      : []),
    ...(names.dns.length > 0 ? [['DNS names', names.dns.join(', ')] as [string, string]] : []),
    ...(names.ip.length > 0 ? [['IP addresses', names.ip.join(', ')] as [string, string]] : []),
    ...(names.uri.length > 0 ? [['URIs', names.uri.join(', ')] as [string, string]] : []),
    ...(names.other.length > 0
      ? [['Other names', names.other.join(', ')] as [string, string]]
      : []),
    ['Serial number', certificate.serialNumber],
    ['Valid from', formatTime(certificate.notBefore)],
    ['Valid until', `${formatTime(certificate.notAfter)} (${VALIDITY_TEXT[validity]})`],
    ['Key', describeKey(certificate.key)],
    ['Signature algorithm', certificate.signatureAlgorithm],
    [
      'CA',
      certificate.isCA
        ? `Yes${certificate.pathLength === undefined ? '' : `, path length ${certificate.pathLength}`}`
        : 'No',
    ],
    ['Self-signed', certificate.selfSigned ? 'Yes (a root)' : 'No'],
    ...(certificate.keyUsage.length > 0
      ? [['Key usage', certificate.keyUsage.join(', ')] as [string, string]]
      : []),
    ...(certificate.extendedKeyUsage.length > 0
      ? [['Extended key usage', certificate.extendedKeyUsage.join(', ')] as [string, string]]
      : []),
    ['SHA-256 fingerprint', certificate.fingerprints.sha256],
    ['SHA-1 fingerprint', certificate.fingerprints.sha1],
  ];
  return (
    <li>
      <article class="card decode-cert" aria-label={`Certificate ${position}: ${title}`}>
        <header>
          <h3>
            {position}. {title}
          </h3>
          <span class="tag">{role}</span>
          <span class={`tag decode-validity-${validity}`}>{VALIDITY_TEXT[validity]}</span>
        </header>
        <dl>
          {rows.map(([term, value]) => (
            <div key={term} class="decode-cert-row">
              <dt>{term}</dt>
              <dd
                class={
                  term.includes('fingerprint') || term === 'Serial number' ? 'mono' : undefined
                }
              >
                {value}
              </dd>
            </div>
          ))}
        </dl>
        <div class="actions">
          <DownloadButton
            data={certificate.pem}
            filename={`certificate-${position}.pem`}
            mimeType="application/x-pem-file"
          />
        </div>
        <details>
          <summary>PEM</summary>
          <CodeBlock label={`Certificate ${position} PEM`} text={certificate.pem} />
        </details>
      </article>
    </li>
  );
}
