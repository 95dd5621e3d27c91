import { DownloadButton } from '../../../components/DownloadButton';
import { Field, fieldAria } from '../../../components/Field';
import { collect as enCollect } from '../../../i18n/en/collect';
import { useMessages } from '../../../i18n/useMessages';

/** core/pki/encryptPrivateKey.ts MIN_PASSPHRASE_LENGTH, which buildPkcs12 applies to the file password. */
export const MIN_FILE_PASSWORD = 10;

interface CollectFileProps {
  readonly password: string;
  readonly confirm: string;
  readonly legacy: boolean;
  readonly busy: boolean;
  readonly attempted: boolean;
  readonly failed: boolean;
  readonly file: { readonly der: Uint8Array; readonly filename: string } | null;
  readonly onPassword: (value: string) => void;
  readonly onConfirm: (value: string) => void;
  readonly onLegacy: (value: boolean) => void;
  readonly onBuild: () => void;
}

/** Step 4: the .p12 for the mail program, protected with a password the customer chooses. */
export function CollectFile(props: CollectFileProps) {
  const messages = useMessages({ collect: enCollect });
  const words = messages.collect.file;
  const passwordError =
    props.attempted && props.password.length < MIN_FILE_PASSWORD
      ? words.tooShort(MIN_FILE_PASSWORD)
      : undefined;
  const confirmError =
    props.attempted && props.confirm !== props.password ? words.differ : undefined;
  return (
    <form
      noValidate
      aria-labelledby="collect-file-title"
      onSubmit={(event) => {
        event.preventDefault();
        props.onBuild();
      }}
    >
      <h3 id="collect-file-title">4. {messages.collect.steps.file}</h3>
      <fieldset>
        <legend>{words.legend}</legend>
        <p class="help">{words.help}</p>
        <div class="form-grid">
          <Field
            id="collect-p12-password"
            label={words.password}
            required
            error={passwordError}
            help={words.tooShort(MIN_FILE_PASSWORD)}
          >
            <input
              {...fieldAria('collect-p12-password', {
                help: true,
                error: passwordError,
                required: true,
              })}
              type="password"
              autoComplete="new-password"
              value={props.password}
              onInput={(event) => {
                props.onPassword(event.currentTarget.value);
              }}
            />
          </Field>
          <Field id="collect-p12-confirm" label={words.confirm} required error={confirmError}>
            <input
              {...fieldAria('collect-p12-confirm', { error: confirmError, required: true })}
              type="password"
              autoComplete="new-password"
              value={props.confirm}
              onInput={(event) => {
                props.onConfirm(event.currentTarget.value);
              }}
            />
          </Field>
        </div>
        <label class="inline-check">
          <input
            type="checkbox"
            checked={props.legacy}
            aria-describedby="collect-legacy-help"
            onChange={(event) => {
              props.onLegacy(event.currentTarget.checked);
            }}
          />{' '}
          {words.legacy}
        </label>
        <p class="help" id="collect-legacy-help">
          {words.legacyHelp}
        </p>
      </fieldset>
      <div class="actions">
        <button type="submit" disabled={props.busy}>
          {props.busy ? words.building : words.build}
        </button>
        {props.busy ? <progress aria-label={words.building} /> : null}
      </div>
      {props.failed ? (
        <p class="notice error" role="alert">
          {words.failed}
        </p>
      ) : null}
      {props.file ? (
        <div class="notice ok" role="status">
          <p>{words.ready}</p>
          <div class="actions">
            <DownloadButton
              data={props.file.der}
              filename={props.file.filename}
              mimeType="application/x-pkcs12"
              label={words.download(props.file.filename)}
            />
          </div>
        </div>
      ) : null}
    </form>
  );
}
