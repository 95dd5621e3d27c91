import type { ParamSpec } from '../../../core/spec';
import { countryOptions } from '../../components/countries';
import { Field, fieldAria } from '../../components/Field';
import { useLanguage } from '../../i18n/LanguageProvider';
import { useMessages } from '../../i18n/useMessages';

interface ParamFieldProps {
  /** The table entry: which control (country list, allowed values) comes from it. */
  readonly param: ParamSpec;
  /** The control id (also the key of the value). */
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly required: boolean;
  readonly error?: string | undefined;
  /** The customer's words for the field (message catalogue), never the table's. */
  readonly label: string;
  readonly help?: string | undefined;
  readonly type?: 'text' | 'email' | 'password' | 'tel';
  readonly autoComplete?: string;
}

/**
 * One !PlaceOrder parameter as a form control on the ordering page. No
 * maxLength attribute: a paste is never cut short silently; the length rule
 * is reported in words instead (customerIssues).
 */
export function ParamField({
  param,
  id,
  value,
  onChange,
  required,
  error,
  label,
  help,
  type = 'text',
  autoComplete,
}: ParamFieldProps) {
  const messages = useMessages();
  const { tag } = useLanguage();
  const aria = fieldAria(id, { help: Boolean(help), error, required });
  const choices =
    param.format === 'country'
      ? countryOptions(tag).map((country) => ({ value: country.code, label: country.name }))
      : param.values?.map((allowed) => ({ value: allowed.value, label: allowed.label }));
  return (
    <Field id={id} label={label} required={required} error={error} help={help}>
      {choices?.length ? (
        <select
          {...aria}
          value={value}
          autoComplete={autoComplete}
          onChange={(event) => {
            onChange(event.currentTarget.value);
          }}
        >
          <option value="">{messages.common.chooseOption}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...aria}
          type={type}
          value={value}
          autoComplete={autoComplete ?? 'off'}
          onInput={(event) => {
            onChange(event.currentTarget.value);
          }}
        />
      )}
    </Field>
  );
}
