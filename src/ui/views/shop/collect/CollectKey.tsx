import { Field, fieldAria } from '../../../components/Field';
import { TextDrop } from '../../../components/TextDrop';
import { collect as enCollect } from '../../../i18n/en/collect';
import { useMessages } from '../../../i18n/useMessages';
import type { KeyCheck } from './collectCrypto';

interface CollectKeyProps {
  readonly hasSessionKey: boolean;
  readonly source: 'session' | 'file';
  readonly keyText: string;
  readonly passphrase: string;
  readonly encrypted: boolean;
  readonly check: KeyCheck | null;
  readonly busy: boolean;
  readonly onSource: (source: 'session' | 'file') => void;
  readonly onKey: (text: string) => void;
  readonly onPassphrase: (text: string) => void;
  readonly onCheck: () => void;
}

/** Step 3: the private key the customer saved, checked against the certificate. */
export function CollectKey(props: CollectKeyProps) {
  const messages = useMessages({ collect: enCollect });
  const words = messages.collect.key;
  const problem =
    props.check && !props.check.ok
      ? {
          empty: words.empty,
          'needs-passphrase': words.needsPassphrase,
          'wrong-passphrase': words.wrongPassphrase,
          unreadable: words.unreadable,
          mismatch: words.mismatch,
        }[props.check.reason]
      : undefined;
  return (
    <form
      noValidate
      aria-labelledby="collect-key-title"
      onSubmit={(event) => {
        event.preventDefault();
        props.onCheck();
      }}
    >
      <h3 id="collect-key-title">3. {messages.collect.steps.key}</h3>
      <fieldset>
        <legend>{words.legend}</legend>
        {props.hasSessionKey ? (
          <div class="account-choice">
            <label>
              <input
                type="radio"
                name="collect-key-source"
                checked={props.source === 'session'}
                onChange={() => {
                  props.onSource('session');
                }}
              />{' '}
              {words.fromSession}
            </label>
            <label>
              <input
                type="radio"
                name="collect-key-source"
                checked={props.source === 'file'}
                onChange={() => {
                  props.onSource('file');
                }}
              />{' '}
              {words.fromFile}
            </label>
          </div>
        ) : null}
        {props.source === 'file' || !props.hasSessionKey ? (
          <>
            <label for="collect-key">{words.label}</label>
            <p class="help" id="collect-key-help">
              {words.help}
            </p>
            <TextDrop
              id="collect-key"
              value={props.keyText}
              onChange={props.onKey}
              rows={4}
              chooseLabel={words.choose}
              accept=".key,.pem,.txt"
              describedBy="collect-key-help"
            />
          </>
        ) : null}
        {props.encrypted ? (
          <Field id="collect-passphrase" label={words.passphrase} help={words.passphraseHelp}>
            <input
              {...fieldAria('collect-passphrase', { help: true })}
              type="password"
              autoComplete="off"
              value={props.passphrase}
              onInput={(event) => {
                props.onPassphrase(event.currentTarget.value);
              }}
            />
          </Field>
        ) : null}
      </fieldset>
      <div class="actions">
        <button type="submit" disabled={props.busy}>
          {words.check}
        </button>
      </div>
      {props.check?.ok ? (
        <p class="notice ok" role="status">
          {words.matches}
        </p>
      ) : problem ? (
        <p class="notice error" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
