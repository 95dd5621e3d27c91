import { Field, fieldAria } from '../../../components/Field';
import { collect as enCollect } from '../../../i18n/en/collect';
import { params as enParams } from '../../../i18n/en/params';
import { useMessages } from '../../../i18n/useMessages';
import type { CollectForm, CollectMode } from './collectRequest';

interface CollectAskProps {
  readonly form: CollectForm;
  readonly errors: Readonly<Record<string, string>>;
  readonly asked: boolean;
  readonly onChange: (patch: Partial<CollectForm>) => void;
  readonly onAsk: () => void;
}

/** Step 1: order number and account, or a collection code; the request opens in a new tab. */
export function CollectAsk({ form, errors, asked, onChange, onAsk }: CollectAskProps) {
  const messages = useMessages({ collect: enCollect, params: enParams });
  const { ask } = messages.collect;
  const input = (
    name: 'orderNumber' | 'loginName' | 'loginPassword' | 'collectionCode',
    type: 'text' | 'password',
    autoComplete: string,
  ) => {
    const id = `collect-${name}`;
    const words = messages.params[name];
    const help = 'help' in words ? words.help : undefined;
    return (
      <Field id={id} label={words.label} required error={errors[name]} help={help}>
        <input
          {...fieldAria(id, { help: Boolean(help), error: errors[name], required: true })}
          type={type}
          value={form[name]}
          autoComplete={autoComplete}
          inputMode={name === 'orderNumber' ? 'numeric' : undefined}
          onInput={(event) => {
            onChange({ [name]: event.currentTarget.value });
          }}
        />
      </Field>
    );
  };
  const mode = (value: CollectMode, label: string) => (
    <label>
      <input
        type="radio"
        name="collect-mode"
        checked={form.mode === value}
        onChange={() => {
          onChange({ mode: value });
        }}
      />{' '}
      {label}
    </label>
  );
  return (
    <form
      noValidate
      aria-labelledby="collect-ask-title"
      onSubmit={(event) => {
        event.preventDefault();
        onAsk();
      }}
    >
      <h3 id="collect-ask-title">1. {messages.collect.steps.ask}</h3>
      <fieldset>
        <legend>{ask.legend}</legend>
        <div class="account-choice">
          {mode('account', ask.withAccount)}
          {mode('code', ask.withCode)}
        </div>
        <div class="form-grid">
          {form.mode === 'account' ? (
            <>
              {input('orderNumber', 'text', 'off')}
              {input('loginName', 'text', 'username')}
              {input('loginPassword', 'password', 'current-password')}
            </>
          ) : (
            input('collectionCode', 'text', 'off')
          )}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit">{ask.open}</button>
      </div>
      {asked ? (
        <p class="notice ok" role="status">
          {ask.opened}
        </p>
      ) : null}
    </form>
  );
}
