/** One decoded certificate: what support staff check, as text, with its PEM to copy or save. */
import type { CertificateInfo } from '../../../core/cert';
import { CodeBlock } from '../../components/CodeBlock';
import { DownloadButton } from '../../components/DownloadButton';
import { NameValueTable } from '../../components/NameValueTable';

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
  const list = (name: string, values: readonly string[]) =>
    values.length > 0 && { name, value: values.join(', ') };
  const rows = [
    { name: 'Subject', value: certificate.subject || '(empty)' },
    { name: 'Issuer', value: certificate.issuer || '(empty)' },
    list('Email addresses', names.email),
    list('DNS names', names.dns),
    list('IP addresses', names.ip),
    list('URIs', names.uri),
    list('Other names', names.other),
    { name: 'Serial number', value: certificate.serialNumber, valueClass: 'mono' },
    { name: 'Valid from', value: formatTime(certificate.notBefore) },
    {
      name: 'Valid until',
      value: `${formatTime(certificate.notAfter)} (${VALIDITY_TEXT[validity]})`,
    },
    { name: 'Key', value: describeKey(certificate.key) },
    { name: 'Signature algorithm', value: certificate.signatureAlgorithm },
    {
      name: 'CA',
      value: certificate.isCA
        ? `Yes${certificate.pathLength === undefined ? '' : `, path length ${certificate.pathLength}`}`
        : 'No',
    },
    { name: 'Self-signed', value: certificate.selfSigned ? 'Yes (a root)' : 'No' },
    list('Key usage', certificate.keyUsage),
    list('Extended key usage', certificate.extendedKeyUsage),
    { name: 'SHA-256 fingerprint', value: certificate.fingerprints.sha256, valueClass: 'mono' },
    { name: 'SHA-1 fingerprint', value: certificate.fingerprints.sha1, valueClass: 'mono' },
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
        <NameValueTable as="list" rows={rows} rowClass="decode-cert-row" />
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
