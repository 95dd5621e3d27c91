import { useState } from 'preact/hooks';
import {
  MIN_PASSPHRASE_LENGTH,
  checkPassphrase,
  encryptPrivateKey,
  type CsrRequest,
} from '../../../core/pki/request';
import { CodeBlock } from '../../components/CodeBlock';
import { DownloadButton } from '../../components/DownloadButton';
import { Field, fieldAria } from '../../components/Field';
import { updateSession, useSession } from '../../session';
import type { Generated } from './GenerateView';

/** A file name from the first name of the request. */
function baseName(request: CsrRequest): string {
  const first = request.subject.commonName ?? request.emailAddresses?.[0] ?? 'request';
  return (
    first
      .replace(/^\*\./, 'wildcard.')
      .replace(/[^A-Za-z0-9.@_-]+/g, '_')
      .slice(0, 64) || 'request'
  );
}

export function GenerateResult({ result, request }: { result: Generated; request: CsrRequest }) {
  const session = useSession();
  const [showKey, setShowKey] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [encrypted, setEncrypted] = useState('');
  const [encrypting, setEncrypting] = useState(false);
  const [encryptError, setEncryptError] = useState('');
  const name = baseName(request);
  const hasKey = result.privateKeyPem !== undefined;
  const saved = session.keySaved;
  const markSaved = () => {
    updateSession({ keySaved: true });
  };

  const passphraseProblem = passphrase === '' ? '' : (checkPassphrase(passphrase) ?? '');
  const confirmProblem =
    confirm !== '' && confirm !== passphrase ? 'The two passphrases differ.' : '';

  const encrypt = async () => {
    if (!result.privateKeyPem || passphraseProblem || confirm !== passphrase || passphrase === '')
      return;
    setEncrypting(true);
    setEncryptError('');
    try {
      setEncrypted(await encryptPrivateKey(result.privateKeyPem, passphrase));
    } catch (error) {
      setEncryptError(error instanceof Error ? error.message : String(error));
    } finally {
      setEncrypting(false);
    }
  };

  return (
    <section class="generate-result" aria-labelledby="result-title">
      <h2 id="result-title">Your CSR{hasKey ? ' and private key' : ''}</h2>
      <p class="help">
        {result.algorithmLabel}, made in {result.seconds.toFixed(2)} s in this browser.
      </p>
      {hasKey && !saved ? (
        <p class="notice warning" role="alert">
          The private key exists only in this page. Download it (or copy it somewhere safe) before
          you order or leave: it cannot be recovered, and the certificate is useless without it.
        </p>
      ) : null}
      {hasKey && saved ? (
        <p class="notice ok">
          Key saved. Keep it private; you will install it with the certificate.
        </p>
      ) : null}

      <CodeBlock label="Certificate signing request (CSR)" text={result.csrPem} />
      <div class="actions">
        <DownloadButton
          data={result.csrPem}
          filename={`${name}.csr`}
          mimeType="application/pkcs10"
          label="Download CSR (.csr)"
        />
        <a class="button-link" href="#/inspect?from=generate">
          Inspect this CSR
        </a>
        <a class="button-link" href="#/order?from=generate">
          Use it in an order
        </a>
      </div>

      {result.privateKeyPem ? (
        <>
          <h3>Private key</h3>
          <div class="actions">
            <DownloadButton
              data={result.privateKeyPem}
              filename={`${name}.key`}
              mimeType="application/pkcs8"
              label="Download private key (.key)"
              onSaved={markSaved}
            />
            <button
              type="button"
              class="secondary"
              aria-expanded={showKey}
              onClick={() => {
                setShowKey(!showKey);
              }}
            >
              {showKey ? 'Hide private key' : 'Show private key'}
            </button>
            <label class="inline-check">
              <input
                type="checkbox"
                checked={saved}
                onChange={(event) => {
                  updateSession({ keySaved: event.currentTarget.checked });
                }}
              />{' '}
              I have saved the private key
            </label>
          </div>
          {showKey ? (
            <CodeBlock label="Private key (PKCS#8, unencrypted)" text={result.privateKeyPem} />
          ) : null}

          <details class="encrypt">
            <summary>Save it encrypted with a passphrase (recommended)</summary>
            <p class="help">
              PKCS#8 encrypted with AES-256 and a key derived from the passphrase
              (PBKDF2-HMAC-SHA256, 600,000 rounds). openssl, nginx, Apache and Windows read it; keep
              the passphrase as safe as the key.
            </p>
            <div class="form-grid">
              <Field
                id="passphrase"
                label="Passphrase"
                error={passphraseProblem || undefined}
                help={`At least ${MIN_PASSPHRASE_LENGTH} characters.`}
              >
                <input
                  {...fieldAria('passphrase', {
                    help: true,
                    error: passphraseProblem || undefined,
                  })}
                  type="password"
                  autoComplete="new-password"
                  value={passphrase}
                  onInput={(event) => {
                    setPassphrase(event.currentTarget.value);
                    setEncrypted('');
                  }}
                />
              </Field>
              <Field
                id="passphrase-confirm"
                label="Passphrase again"
                error={confirmProblem || undefined}
              >
                <input
                  {...fieldAria('passphrase-confirm', { error: confirmProblem || undefined })}
                  type="password"
                  autoComplete="new-password"
                  value={confirm}
                  onInput={(event) => {
                    setConfirm(event.currentTarget.value);
                    setEncrypted('');
                  }}
                />
              </Field>
            </div>
            <div class="actions">
              <button
                type="button"
                disabled={
                  encrypting ||
                  passphrase === '' ||
                  Boolean(passphraseProblem) ||
                  confirm !== passphrase
                }
                onClick={() => void encrypt()}
              >
                {encrypting ? 'Encrypting…' : 'Encrypt the key'}
              </button>
              {encrypted ? (
                <DownloadButton
                  data={encrypted}
                  filename={`${name}.encrypted.key`}
                  mimeType="application/pkcs8"
                  label="Download encrypted key (.key)"
                  onSaved={markSaved}
                />
              ) : null}
            </div>
            {encryptError ? (
              <p class="field-error" role="alert">
                {encryptError}
              </p>
            ) : null}
          </details>
        </>
      ) : null}
    </section>
  );
}
