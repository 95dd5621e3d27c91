/**
 * Builds a PKCS#12 (.p12) file from the certificates of the response and the
 * private key: the one generated in this visit (session, memory only) or one
 * pasted here (kept in this component's memory only, never stored or sent).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Pkcs12Result } from '../../../core/cert';
import { DownloadButton } from '../../components/DownloadButton';
import { Field, fieldAria } from '../../components/Field';
import { TextDrop } from '../../components/TextDrop';
import { useSession } from '../../session';
import { loadCertTools } from '../../loaders';

interface Pkcs12BuilderProps {
  /** The chain, end entity first. */
  readonly certificatesPem: string;
}

type Built = Extract<Pkcs12Result, { ok: true }>;

export function Pkcs12Builder({ certificatesPem }: Pkcs12BuilderProps) {
  const session = useSession();
  const hasSessionKey = session.privateKeyPem !== undefined;
  const [source, setSource] = useState<'session' | 'pasted'>(hasSessionKey ? 'session' : 'pasted');
  const [pastedKey, setPastedKey] = useState('');
  const [keyPassphrase, setKeyPassphrase] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [friendlyName, setFriendlyName] = useState('');
  const [legacy, setLegacy] = useState(false);
  const [working, setWorking] = useState(false);
  const [built, setBuilt] = useState<Built | null>(null);
  const [problem, setProblem] = useState('');

  const useSessionKey = source === 'session' && hasSessionKey;
  const keyText = useSessionKey ? (session.privateKeyPem ?? '') : pastedKey;
  const encryptedKey = !useSessionKey && /ENCRYPTED PRIVATE KEY/.test(pastedKey);
  const mismatch = confirm !== '' && confirm !== password ? 'The two passwords differ.' : undefined;

  // A file built from other inputs must not be offered.
  useEffect(() => {
    setBuilt(null);
    setProblem('');
  }, [certificatesPem, keyText, keyPassphrase, password, confirm, friendlyName, legacy]);

  const build = () => {
    if (password !== confirm) {
      setProblem('Type the same password twice.');
      return;
    }
    setWorking(true);
    setProblem('');
    loadCertTools()
      .then((tools) =>
        tools.buildPkcs12({
          privateKeyPem: keyText,
          ...(encryptedKey ? { privateKeyPassphrase: keyPassphrase } : {}),
          certificatesPem: [certificatesPem],
          password,
          ...(friendlyName.trim() === '' ? {} : { friendlyName: friendlyName.trim() }),
          legacy,
        }),
      )
      .then((result) => {
        if (result.ok) setBuilt(result);
        else setProblem(result.message);
      })
      .catch(() => {
        setProblem('The PKCS#12 file could not be built. Reload the page and try again.');
      })
      .finally(() => {
        setWorking(false);
      });
  };

  return (
    <section class="decode-pkcs12" aria-labelledby="decode-pkcs12-title">
      <h3 id="decode-pkcs12-title">PKCS#12 file for mail clients</h3>
      <p class="help">
        Puts the private key and these certificates into one password-protected .p12 file, which
        Outlook, Thunderbird, Apple Mail and key stores import. It is made in this page; the key is
        not stored or sent anywhere.
      </p>
      <fieldset>
        <legend>Private key</legend>
        {hasSessionKey ? (
          <div class="decode-radios">
            <label>
              <input
                type="radio"
                name="decode-key-source"
                checked={source === 'session'}
                onChange={() => {
                  setSource('session');
                }}
              />{' '}
              The key generated in this visit
            </label>
            <label>
              <input
                type="radio"
                name="decode-key-source"
                checked={source === 'pasted'}
                onChange={() => {
                  setSource('pasted');
                }}
              />{' '}
              Paste a key
            </label>
          </div>
        ) : null}
        {useSessionKey ? null : (
          <Field
            id="decode-pkcs12-key"
            label="Private key (PEM)"
            help="The key the certificate was ordered with. Kept in this page’s memory only."
            wide
          >
            <TextDrop
              id="decode-pkcs12-key"
              value={pastedKey}
              onChange={setPastedKey}
              rows={6}
              placeholder="-----BEGIN PRIVATE KEY-----"
              accept=".key,.pem,.txt"
              describedBy="decode-pkcs12-key-help"
            />
          </Field>
        )}
        {encryptedKey ? (
          <Field id="decode-pkcs12-key-passphrase" label="Passphrase of the key">
            <input
              {...fieldAria('decode-pkcs12-key-passphrase', {})}
              type="password"
              autoComplete="off"
              value={keyPassphrase}
              onInput={(event) => {
                setKeyPassphrase(event.currentTarget.value);
              }}
            />
          </Field>
        ) : null}
      </fieldset>
      <div class="form-grid">
        <Field
          id="decode-pkcs12-password"
          label="Password for the file"
          required
          help="At least 10 characters. The mail client asks for it once, on import."
        >
          <input
            {...fieldAria('decode-pkcs12-password', { help: true, required: true })}
            type="password"
            autoComplete="new-password"
            value={password}
            onInput={(event) => {
              setPassword(event.currentTarget.value);
            }}
          />
        </Field>
        <Field id="decode-pkcs12-confirm" label="Password again" required error={mismatch}>
          <input
            {...fieldAria('decode-pkcs12-confirm', { error: mismatch, required: true })}
            type="password"
            autoComplete="new-password"
            value={confirm}
            onInput={(event) => {
              setConfirm(event.currentTarget.value);
            }}
          />
        </Field>
        <Field
          id="decode-pkcs12-name"
          label="Friendly name"
          help="Optional; the certificate’s email address if left empty."
        >
          <input
            {...fieldAria('decode-pkcs12-name', { help: true })}
            type="text"
            autoComplete="off"
            value={friendlyName}
            onInput={(event) => {
              setFriendlyName(event.currentTarget.value);
            }}
          />
        </Field>
      </div>
      <label class="decode-checkbox">
        <input
          type="checkbox"
          checked={legacy}
          onChange={(event) => {
            setLegacy(event.currentTarget.checked);
          }}
        />{' '}
        Legacy file for Windows 7/8.1, Windows 10 before 1709 and old macOS (3DES and SHA-1: weaker;
        use only if the normal file will not import)
      </label>
      <div class="actions">
        <button
          type="button"
          onClick={build}
          disabled={working || keyText.trim() === '' || password === ''}
        >
          {working ? 'Building…' : 'Build the PKCS#12 file'}
        </button>
        {built ? (
          <DownloadButton
            data={built.der}
            filename={legacy ? 'certificate-legacy.p12' : 'certificate.p12'}
            mimeType="application/x-pkcs12"
          />
        ) : null}
      </div>
      <div role="status" class="decode-pkcs12-status">
        {built
          ? `Ready: “${built.friendlyName}”, ${built.certificates.length} certificate${built.certificates.length === 1 ? '' : 's'} and the key; ${built.scheme}.`
          : ''}
      </div>
      {problem ? (
        <p class="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
