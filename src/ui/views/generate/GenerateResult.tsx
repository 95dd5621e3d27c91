import { useState } from 'preact/hooks';
import {
  MIN_PASSPHRASE_LENGTH,
  PBKDF2_ITERATIONS,
  checkPassphrase,
  encryptPrivateKey,
  type CsrRequest,
} from '../../../core/pki/request';
import { CodeBlock } from '../../components/CodeBlock';
import { DownloadButton } from '../../components/DownloadButton';
import { Field, fieldAria } from '../../components/Field';
import { generate as enGenerate } from '../../i18n/en/generate';
import { useMessages } from '../../i18n/useMessages';
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
  const messages = useMessages({ generate: enGenerate });
  const words = messages.generate.result;
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

  // The rule is the core's (checkPassphrase); the words are the catalogue's.
  const passphraseProblem =
    passphrase !== '' && checkPassphrase(passphrase) !== null
      ? words.encrypt.tooShort(MIN_PASSPHRASE_LENGTH)
      : '';
  const confirmProblem = confirm !== '' && confirm !== passphrase ? words.encrypt.differ : '';

  const encrypt = async () => {
    if (!result.privateKeyPem || passphraseProblem || confirm !== passphrase || passphrase === '')
      return;
    setEncrypting(true);
    setEncryptError('');
    try {
      setEncrypted(await encryptPrivateKey(result.privateKeyPem, passphrase));
    } catch (error) {
      // The reason stays for support under Technical details; the customer reads plain words.
      setEncryptError(error instanceof Error ? error.message : String(error));
    } finally {
      setEncrypting(false);
    }
  };

  return (
    <section class="generate-result" aria-labelledby="result-title">
      <h2 id="result-title">{hasKey ? words.titleWithKey : words.title}</h2>
      <p class="help">
        {words.made(
          result.ownKey ? messages.generate.existing.ownKey(result.algorithm) : result.algorithm,
          result.seconds,
        )}
      </p>
      {hasKey && !saved ? (
        <p class="notice warning" role="alert">
          {words.unsaved}
        </p>
      ) : null}
      {hasKey && saved ? <p class="notice ok">{words.saved}</p> : null}

      <CodeBlock label={words.csr} text={result.csrPem} />
      <p class="help">{words.next}</p>
      <div class="actions">
        <DownloadButton
          data={result.csrPem}
          filename={`${name}.csr`}
          mimeType="application/pkcs10"
          label={words.downloadCsr}
        />
        <a class="button-link" href="#/inspect?from=generate">
          {words.inspect}
        </a>
        <a class="button-link" href="#/order?from=generate">
          {words.order}
        </a>
      </div>

      {result.privateKeyPem ? (
        <>
          <h3>{words.keyTitle}</h3>
          <div class="actions">
            <DownloadButton
              data={result.privateKeyPem}
              filename={`${name}.key`}
              mimeType="application/pkcs8"
              label={words.downloadKey}
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
              {showKey ? words.hideKey : words.showKey}
            </button>
            <label class="inline-check">
              <input
                type="checkbox"
                checked={saved}
                onChange={(event) => {
                  updateSession({ keySaved: event.currentTarget.checked });
                }}
              />{' '}
              {words.savedCheck}
            </label>
          </div>
          {showKey ? <CodeBlock label={words.keyBlock} text={result.privateKeyPem} /> : null}

          <details class="encrypt">
            <summary>{words.encrypt.summary}</summary>
            <p class="help">{words.encrypt.help(PBKDF2_ITERATIONS)}</p>
            <div class="form-grid">
              <Field
                id="passphrase"
                label={words.encrypt.passphrase}
                error={passphraseProblem || undefined}
                help={words.encrypt.passphraseHelp(MIN_PASSPHRASE_LENGTH)}
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
                label={words.encrypt.again}
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
                {encrypting ? words.encrypt.busy : words.encrypt.button}
              </button>
              {encrypted ? (
                <DownloadButton
                  data={encrypted}
                  filename={`${name}.encrypted.key`}
                  mimeType="application/pkcs8"
                  label={words.encrypt.download}
                  onSaved={markSaved}
                />
              ) : null}
            </div>
            {encryptError ? (
              <div class="field-error" role="alert">
                <p>{words.encrypt.failed}</p>
                <details>
                  <summary>{messages.common.technicalDetails}</summary>
                  <p class="mono">{encryptError}</p>
                </details>
              </div>
            ) : null}
          </details>
        </>
      ) : null}
    </section>
  );
}
