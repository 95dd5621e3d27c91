import { useEffect, useRef } from 'preact/hooks';
import type { BuiltRequest } from '../../../core/order';
import { NameValueTable } from '../../components/NameValueTable';

interface SubmitConfirmProps {
  /** The fields as shown (secrets masked unless revealed). */
  readonly shown: BuiltRequest;
  readonly onSend: () => void;
  readonly onCancel: () => void;
}

const MAX_CELL = 200;
const clip = (text: string) =>
  text.length > MAX_CELL
    ? `${text.slice(0, MAX_CELL)}… (${text.length.toLocaleString('en')} characters)`
    : text;

/** The confirm step of "Submit now": where it goes, and every field that will be sent. */
export function SubmitConfirm({ shown, onSend, onCancel }: SubmitConfirmProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const errors = shown.issues.filter((issue) => issue.severity === 'error').length;
  const { action, method, fields } = shown.form;
  return (
    <section class="order-confirm" aria-labelledby="order-confirm-title">
      <h2 id="order-confirm-title" tabIndex={-1} ref={heading}>
        Send this request to Sectigo?
      </h2>
      <p>
        A new tab will {method} these {fields.length} fields to <code>{action}</code>. Sectigo’s
        answer opens in that tab; nothing else leaves this page.
      </p>
      {errors > 0 ? (
        <p class="notice error">
          The check found {errors} {errors === 1 ? 'error' : 'errors'}: Sectigo will probably reject
          this request. You can still send it.
        </p>
      ) : null}
      <div class="order-table-scroll" tabIndex={0}>
        <NameValueTable
          caption="Fields to send"
          captionClass="visually-hidden"
          columns={['Name', 'Value']}
          rows={fields.map(([name, value]) => ({
            name: <code>{name}</code>,
            value: clip(value),
            valueClass: 'order-value',
          }))}
        />
      </div>
      <div class="actions">
        <button type="button" onClick={onSend}>
          Send to Sectigo
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
