/**
 * The certificates of a response: each decoded, the chain checked, the
 * validity line compared, downloads, and the PKCS#12 builder. The certificate
 * code is loaded when there is a certificate to show.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ChainCheck } from '../../../core/cert';
import {
  checkValidityLine,
  type ValidityLineCheck,
  type ValidityPeriod,
} from '../../../core/response';
import { DownloadButton } from '../../components/DownloadButton';
import { CertificateCard, type CertificateRole } from './CertificateCard';
import { loadCertTools, type CertTools } from '../../loaders';
import { Pkcs12Builder } from './Pkcs12Builder';

interface CertificatePanelProps {
  readonly pems: readonly string[];
  readonly validity?: ValidityPeriod | undefined;
}

type State =
  | { readonly phase: 'working' }
  | { readonly phase: 'failed' }
  | {
      readonly phase: 'done';
      readonly chain: ChainCheck;
      readonly validityCheck?: ValidityLineCheck;
      readonly tools: CertTools;
    };

export function CertificatePanel({ pems, validity }: CertificatePanelProps) {
  const [state, setState] = useState<State>({ phase: 'working' });
  const key = pems.join('');
  useEffect(() => {
    let live = true;
    setState({ phase: 'working' });
    loadCertTools()
      .then(async (tools) => {
        const chain = await tools.checkChain(pems);
        const leaf = chain.certificates[chain.path[0] ?? -1];
        const validityCheck =
          validity && leaf && !leaf.isCA ? checkValidityLine(validity, leaf) : undefined;
        if (live)
          setState({ phase: 'done', chain, tools, ...(validityCheck ? { validityCheck } : {}) });
      })
      .catch(() => {
        if (live) setState({ phase: 'failed' });
      });
    return () => {
      live = false;
    };
    // Keyed by content: a new array holding the same texts is the same input.
  }, [key, validity?.text]);

  return (
    <section class="decode-certificates" aria-labelledby="decode-certificates-title">
      <h2 id="decode-certificates-title">
        {/* A PKCS#7 block holds several certificates: count them once opened. */}
        Certificates{state.phase === 'done' ? ` (${state.chain.certificates.length})` : ''}
      </h2>
      {state.phase === 'working' ? (
        <p role="status" class="loading">
          Decoding the certificates…
        </p>
      ) : state.phase === 'failed' ? (
        <p role="alert">The certificates could not be decoded. Reload the page and try again.</p>
      ) : (
        <Certificates chain={state.chain} validityCheck={state.validityCheck} tools={state.tools} />
      )}
    </section>
  );
}

function Certificates({
  chain,
  validityCheck,
  tools,
}: {
  readonly chain: ChainCheck;
  readonly validityCheck?: ValidityLineCheck | undefined;
  readonly tools: CertTools;
}) {
  const now = new Date();
  const leafIndex = chain.path[0];
  const leaf = leafIndex === undefined ? undefined : chain.certificates[leafIndex];
  const hasEndEntity = leaf !== undefined && !leaf.isCA;
  const caPem = chain.path
    .slice(hasEndEntity ? 1 : 0)
    .map((index) => chain.certificates[index]?.pem ?? '')
    .join('');
  const role = (index: number): CertificateRole => {
    const certificate = chain.certificates[index];
    if (!certificate?.isCA) return 'End entity';
    if (certificate.selfSigned) return 'Root CA';
    return chain.path.includes(index) ? 'Intermediate CA' : 'CA';
  };
  return (
    <>
      <ul class="decode-checks" aria-label="Chain check">
        {chain.messages.map((message, index) => (
          <li key={index} class={`decode-check severity-${message.severity}`}>
            <span class="decode-severity">{SEVERITY_LABEL[message.severity]}</span> {message.text}
          </li>
        ))}
        {validityCheck ? (
          <li
            class={`decode-check severity-${validityCheck.matches && validityCheck.documentedTimes ? 'ok' : 'warning'}`}
          >
            <span class="decode-severity">{validityCheck.matches ? 'Validity' : 'Check'}</span>{' '}
            {validityCheck.message}
          </li>
        ) : null}
      </ul>
      {chain.certificates.length > 0 ? (
        <div class="actions" aria-label="Downloads" role="group">
          {hasEndEntity ? (
            <DownloadButton
              data={leaf.pem}
              filename="certificate.pem"
              mimeType="application/x-pem-file"
              label="Download certificate (.pem)"
            />
          ) : null}
          {caPem !== '' ? (
            <DownloadButton
              data={caPem}
              filename="chain.pem"
              mimeType="application/x-pem-file"
              label="Download chain (.pem)"
            />
          ) : null}
          <DownloadButton
            data={chain.bundlePem}
            filename="fullchain.pem"
            mimeType="application/x-pem-file"
            label="Download full bundle (.pem)"
          />
        </div>
      ) : null}
      <ol class="decode-cert-list">
        {chain.certificates.map((certificate, index) => (
          <CertificateCard
            key={certificate.fingerprints.sha256 + String(index)}
            certificate={certificate}
            position={index + 1}
            role={role(index)}
            validity={tools.validityAt(certificate, now)}
          />
        ))}
      </ol>
      {hasEndEntity ? <Pkcs12Builder certificatesPem={chain.bundlePem} /> : null}
    </>
  );
}

const SEVERITY_LABEL = { ok: 'OK', info: 'Note', warning: 'Check', error: 'Problem' } as const;
