import { useEffect, useRef, useState } from 'preact/hooks';
import { Field, fieldAria } from '../../components/Field';
import { TextDrop } from '../../components/TextDrop';
import type { KeyMatch as Outcome } from '../../../core/pki';
import { loadPki } from '../../loaders';

type State =
  | { readonly phase: 'idle' }
  | { readonly phase: 'checking' }
  | { readonly phase: 'done'; readonly outcome: Outcome };

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * "Does this key belong to this CSR?" The key and passphrase live in this
 * component's state only: never stored, sent or logged, and never repeated in
 * a message. They are dropped when the view closes or on "Forget the key".
 */
export function KeyMatch({ csrPem }: { csrPem: string }) {
  const [keyText, setKeyText] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [state, setState] = useState<State>({ phase: 'idle' });
  /** Set once reading the key asked for a passphrase (e.g. a bare Base64 encrypted key). */
  const [wantsPassphrase, setWantsPassphrase] = useState(false);
  const latest = useRef(0);

  // A new CSR or key needs a new answer.
  useEffect(() => {
    latest.current += 1;
    setState({ phase: 'idle' });
  }, [csrPem, keyText, passphrase]);
  useEffect(() => {
    setWantsPassphrase(false);
  }, [keyText]);

  const askPassphrase = wantsPassphrase || /ENCRYPTED PRIVATE KEY/i.test(keyText);

  const check = () => {
    latest.current += 1;
    const run = latest.current;
    setState({ phase: 'checking' });
    loadPki()
      .then(({ checkKeyAgainstCsr }) => checkKeyAgainstCsr(csrPem, keyText, passphrase))
      .then(
        (outcome) => {
          if (run !== latest.current) return;
          setState({ phase: 'done', outcome });
          if (outcome.kind === 'needs-passphrase') setWantsPassphrase(true);
        },
        () => {
          if (run === latest.current)
            setState({
              phase: 'done',
              outcome: { kind: 'problem', message: 'The key could not be checked.' },
            });
        },
      );
  };

  const outcome = state.phase === 'done' ? state.outcome : null;
  const passphraseError =
    outcome?.kind === 'needs-passphrase' && passphrase !== '' ? outcome.message : undefined;
  return (
    <section class="inspect-key" aria-labelledby="inspect-key-title">
      <h2 id="inspect-key-title">Does this key belong to this CSR?</h2>
      <p class="lead">
        Paste the private key you mean to install the certificate with. It is compared with the
        CSR&apos;s public key here in the page, kept in memory only, and never sent, stored or shown
        anywhere else.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          check();
        }}
      >
        <Field id="inspect-key-text" label="Private key (PEM)" wide>
          <TextDrop
            id="inspect-key-text"
            value={keyText}
            rows={6}
            placeholder="-----BEGIN PRIVATE KEY-----"
            accept=".key,.pem,.der,.p8,.pk8"
            chooseLabel="Choose a key file…"
            onChange={setKeyText}
            onBytes={(bytes) => {
              setKeyText(bytesToBase64(bytes));
            }}
          />
        </Field>
        {askPassphrase ? (
          <Field
            id="inspect-key-passphrase"
            label="Passphrase of the encrypted key"
            help="Used only to open the key here."
            error={passphraseError}
          >
            <input
              {...fieldAria('inspect-key-passphrase', { help: true, error: passphraseError })}
              type="password"
              autoComplete="off"
              value={passphrase}
              onInput={(event) => {
                setPassphrase(event.currentTarget.value);
              }}
            />
          </Field>
        ) : null}
        <div class="actions">
          <button type="submit" disabled={keyText.trim() === '' || state.phase === 'checking'}>
            Check the key
          </button>
          {keyText !== '' || passphrase !== '' ? (
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setKeyText('');
                setPassphrase('');
              }}
            >
              Forget the key
            </button>
          ) : null}
        </div>
      </form>
      <div role="status" class="inspect-key-status">
        {state.phase === 'checking' ? (
          <p class="loading">Reading the key…</p>
        ) : outcome?.kind === 'match' ? (
          <p class="notice ok">
            <strong>Yes:</strong> this private key ({outcome.keyLabel}) belongs to this CSR.
          </p>
        ) : outcome?.kind === 'mismatch' ? (
          <p class="notice error">
            <strong>No:</strong> this private key ({outcome.keyLabel}) does not belong to this CSR.
            A certificate issued for this CSR will not work with it.
          </p>
        ) : outcome && !passphraseError ? (
          <p class="notice warning">{outcome.message}</p>
        ) : null}
      </div>
    </section>
  );
}
