import { useState } from 'preact/hooks';
import type { AllowedValue } from '../../../core/spec';
import { Field, fieldAria } from '../../components/Field';
import { fieldId, type FieldModel } from './formModel';

interface ParamFieldProps {
  readonly field: FieldModel;
  readonly value: string;
  readonly onChange: (key: string, value: string) => void;
  /** Problems the request builder found with this field, in its words. */
  readonly error?: string | undefined;
  /** Show secret values in clear text. */
  readonly revealSecrets: boolean;
  /** Collapsed under its group's "more options". */
  readonly hidden?: boolean;
}

/** Formats that are lists, typed one per line or comma-separated: a textarea. */
const LIST_FORMATS = new Set(['domainList', 'emailList', 'tokenList']);

const INPUT_MODES = {
  integer: 'numeric',
  email: 'email',
  url: 'url',
} as const;

const count = (n: number) => n.toLocaleString('en');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Apache (2)"; but a label that already says its value ("1 year (365 days)",
 * "30 days") is not followed by it again.
 */
export function optionLabel(allowed: AllowedValue): string {
  const { label, value } = allowed;
  const saysValue = new RegExp(`(^|[^\\w-])${escapeRegExp(value)}($|[^\\w])`).test(label);
  return saysValue ? label : `${label} (${value})`;
}

/** Below this maximum a typed count is noise ("up to 2 characters (2 typed)"). */
const COUNT_FROM = 16;

/** The table's facts about a field, as help text under it. */
export function FieldFacts({ field, value }: { field: FieldModel; value: string }) {
  const { spec } = field;
  const max = spec.maxLength;
  const defaultValue = spec.default;
  const defaultLabel =
    defaultValue === undefined
      ? undefined
      : (field.values ?? spec.values ?? []).find((allowed) => allowed.value === defaultValue);
  // A list of values is chosen, not typed: its length limit says nothing to the user.
  const typed = (field.values ?? spec.values) === undefined;
  const nearLimit =
    typed &&
    max !== undefined &&
    (value.length > max || (max >= COUNT_FROM && value.length >= max * 0.75));
  return (
    <>
      {spec.deprecated === true ? <strong>Deprecated. </strong> : null}
      {spec.description}
      <span class="order-facts">
        {' '}
        Sent as <code>{field.key}</code>
        {max === undefined || !typed ? null : (
          <>
            {' '}
            · up to {count(max)} character{max === 1 ? '' : 's'}
          </>
        )}
        {nearLimit ? (
          <span class={value.length > max ? 'finding-error' : undefined}>
            {' '}
            ({count(value.length)} typed)
          </span>
        ) : null}
        {defaultValue === undefined ? null : (
          <>
            {' '}
            · default{' '}
            <code>{defaultLabel === undefined ? defaultValue : optionLabel(defaultLabel)}</code>
          </>
        )}
        {spec.condition === undefined ? null : <> · {spec.condition}</>}
      </span>
    </>
  );
}

/**
 * One parameter of the table as a form control for the reseller, named as it
 * is sent and with the table's facts under it (the ordering page's
 * CustomerParamField shows the customer's words instead): a select for documented
 * values, a textarea for lists, a password box for secrets, a text box
 * otherwise; the table's maximum length is enforced as the user types, and a
 * paste that does not fit says how much was cut.
 */
export function ParamField({
  field,
  value,
  onChange,
  error,
  revealSecrets,
  hidden = false,
}: ParamFieldProps) {
  const { spec, key } = field;
  const id = fieldId(key);
  const [pasteNote, setPasteNote] = useState('');
  const aria = fieldAria(id, { help: true, error, required: field.required });
  const allowed = field.values ?? spec.values;
  const wide = LIST_FORMATS.has(spec.format ?? '');

  const onPaste = (event: ClipboardEvent) => {
    const max = spec.maxLength;
    const target = event.currentTarget as HTMLInputElement | HTMLTextAreaElement;
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    if (max === undefined) return;
    const selected = (target.selectionEnd ?? 0) - (target.selectionStart ?? 0);
    const room = Math.max(0, max - (target.value.length - selected));
    setPasteNote(
      pasted.length > room
        ? `The pasted text was ${count(pasted.length)} characters; only ${count(room)} fit, because ${key} takes at most ${count(max)}.`
        : '',
    );
  };
  const common = {
    ...aria,
    name: key,
    value,
    spellcheck: false,
    autoComplete: 'off',
    onKeyDown: () => {
      if (pasteNote !== '') setPasteNote('');
    },
  };
  const onInput = (event: Event) => {
    onChange(key, (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);
  };

  let control;
  if (allowed !== undefined && allowed.length > 0) {
    const known = value === '' || allowed.some((option) => option.value === value);
    const byDefault = allowed.find((option) => option.value === spec.default);
    control = (
      <select
        {...aria}
        name={key}
        value={value}
        onChange={(event) => {
          onChange(key, event.currentTarget.value);
        }}
      >
        <option value="">
          {field.required
            ? 'Choose…'
            : byDefault === undefined
              ? 'Not sent'
              : `Not sent (default: ${optionLabel(byDefault)})`}
        </option>
        {allowed.map((option) => (
          <option key={option.value} value={option.value}>
            {optionLabel(option)}
          </option>
        ))}
        {known ? null : <option value={value}>{value} (not a documented value)</option>}
      </select>
    );
  } else if (wide) {
    control = (
      <textarea
        {...common}
        class="mono"
        rows={3}
        maxLength={spec.maxLength}
        onInput={onInput}
        onPaste={onPaste}
      />
    );
  } else {
    const format = spec.format === 'email' || spec.format === 'url' ? spec.format : spec.type;
    control = (
      <input
        {...common}
        type={spec.secret === true && !revealSecrets ? 'password' : 'text'}
        inputMode={format in INPUT_MODES ? INPUT_MODES[format as keyof typeof INPUT_MODES] : 'text'}
        maxLength={spec.maxLength}
        onInput={onInput}
        onPaste={onPaste}
      />
    );
  }

  return (
    <div class={`order-cell${wide ? ' order-wide' : ''}`} hidden={hidden}>
      <Field
        id={id}
        label={spec.label}
        required={field.required}
        error={error}
        help={<FieldFacts field={field} value={value} />}
      >
        {control}
      </Field>
      {pasteNote === '' ? null : (
        <p class="order-paste-note finding-warning" role="status">
          {pasteNote}
        </p>
      )}
    </div>
  );
}
