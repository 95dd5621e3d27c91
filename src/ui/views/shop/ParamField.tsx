import type { ParamSpec } from '../../../core/spec';
import { countryOptions } from '../../components/countries';
import { Field, fieldAria } from '../../components/Field';

const COUNTRIES = countryOptions();

interface ParamFieldProps {
  readonly param: ParamSpec;
  /** The control id (also the key of the value). */
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly required: boolean;
  readonly error?: string | undefined;
  /** Overrides the table's label (e.g. "Your email address"). */
  readonly label?: string;
  readonly type?: 'text' | 'email' | 'password' | 'tel';
  readonly autoComplete?: string;
}

/**
 * One !PlaceOrder parameter as a form control: label, limit, allowed values and
 * help all from its table entry, so nothing about Sectigo is written here.
 */
export function ParamField({
  param,
  id,
  value,
  onChange,
  required,
  error,
  label,
  type = 'text',
  autoComplete,
}: ParamFieldProps) {
  const aria = fieldAria(id, { help: true, error, required });
  const help =
    param.maxLength === undefined
      ? param.description
      : `${param.description} At most ${param.maxLength} characters.`;
  return (
    <Field id={id} label={label ?? param.label} required={required} error={error} help={help}>
      {param.format === 'country' ? (
        <select
          {...aria}
          value={value}
          onChange={(event) => {
            onChange(event.currentTarget.value);
          }}
        >
          <option value="">— choose —</option>
          {COUNTRIES.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name} ({country.code})
            </option>
          ))}
        </select>
      ) : param.values?.length ? (
        <select
          {...aria}
          value={value}
          onChange={(event) => {
            onChange(event.currentTarget.value);
          }}
        >
          <option value="">— choose —</option>
          {param.values.map((allowed) => (
            <option key={allowed.value} value={allowed.value}>
              {allowed.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...aria}
          type={type}
          value={value}
          maxLength={param.maxLength}
          autoComplete={autoComplete ?? 'off'}
          onInput={(event) => {
            onChange(event.currentTarget.value);
          }}
        />
      )}
    </Field>
  );
}
