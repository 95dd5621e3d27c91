import { DownloadButton } from '../../components/DownloadButton';
import { shop as enShop } from '../../i18n/en/shop';
import { useMessages } from '../../i18n/useMessages';

interface KeyStepProps {
  readonly email: string;
  readonly hasKey: boolean;
  readonly privateKeyPem: string | undefined;
  readonly saved: boolean;
  /** The key was downloaded in this visit: only then can the customer confirm it saved. */
  readonly downloaded: boolean;
  readonly busy: boolean;
  readonly failed: boolean;
  /** The key was already used for an order that came back with an error. */
  readonly reused: boolean;
  readonly showError: boolean;
  readonly onMake: () => void;
  readonly onMakeNew: () => void;
  readonly onSaved: (saved: boolean) => void;
  readonly onDownloaded: () => void;
  readonly onBack: () => void;
  readonly onContinue: () => void;
}

/** A file name from the mailbox (letters, digits and . @ _ - only). */
export const keyFileName = (email: string): string =>
  `${email.replace(/[^A-Za-z0-9.@_-]+/g, '_') || 'email'}.key`;

export function KeyStep(props: KeyStepProps) {
  const messages = useMessages({ shop: enShop });
  const { key } = messages.shop;
  return (
    <fieldset>
      <legend>{key.legend}</legend>
      <p>{key.intro(props.email)}</p>
      <p>
        <strong>{key.saveFirst}</strong>
      </p>
      {!props.hasKey || !props.privateKeyPem ? (
        <div class="actions">
          <button type="button" disabled={props.busy} onClick={props.onMake}>
            {props.busy ? key.making : key.make}
          </button>
          {props.busy ? <progress aria-label={key.making} /> : null}
        </div>
      ) : (
        <>
          <p class="notice ok" role="status">
            {props.reused ? key.keptFromBefore : key.ready}
          </p>
          <div class="actions">
            <DownloadButton
              data={props.privateKeyPem}
              filename={keyFileName(props.email)}
              mimeType="application/pkcs8"
              label={key.download}
              primary
              onSaved={props.onDownloaded}
            />
            <label class="inline-check">
              <input
                type="checkbox"
                // A tick alone is no saved key: the file exists only once downloaded.
                disabled={!props.downloaded}
                checked={props.saved}
                onChange={(event) => {
                  props.onSaved(event.currentTarget.checked);
                }}
              />{' '}
              {key.confirmSaved}
            </label>
          </div>
          {props.reused ? (
            <p class="help">
              <button
                type="button"
                class="link-button"
                disabled={props.busy}
                onClick={props.onMakeNew}
              >
                {key.makeNew}
              </button>{' '}
              {key.makeNewHelp}
            </p>
          ) : null}
        </>
      )}
      {props.failed ? (
        <p class="notice error" role="alert">
          {key.failed}
        </p>
      ) : null}
      {props.showError && !(props.hasKey && props.saved) ? (
        <p class="field-error" role="alert">
          {props.hasKey ? key.mustSave : key.makeFirst}
        </p>
      ) : null}
      <div class="actions">
        <button type="button" class="secondary" onClick={props.onBack}>
          {messages.common.back}
        </button>
        <button type="button" onClick={props.onContinue}>
          {messages.common.continue}
        </button>
      </div>
    </fieldset>
  );
}
