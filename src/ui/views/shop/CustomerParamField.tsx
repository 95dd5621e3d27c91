import type { ParamSpec } from '../../../core/spec';
import { CountrySelect } from '../../components/CountrySelect';
import { Field, fieldAria } from '../../components/Field';
import { useMessages } from '../../i18n/useMessages';

interface CustomerParamFieldProps {
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
 * One !PlaceOrder parameter as a form control on the customer's ordering
 * page: labelled in the customer's words from the catalogue, with no
 * parameter name or table facts (the Order view's ParamField shows those to
 * the reseller). No
 * maxLength attribute: a paste is never cut short silently; the length rule
 * is reported in words instead (customerIssues).
 */
export function CustomerParamField({
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
}: CustomerParamFieldProps) {
  const messages = useMessages();
  const aria = fieldAria(id, { help: Boolean(help), error, required });
  const choices = param.values;
  return (
    <Field id={id} label={label} required={required} error={error} help={help}>
      {param.format === 'country' ? (
        <CountrySelect
          aria={aria}
          value={value}
          onChange={onChange}
          emptyLabel={messages.common.chooseOption}
          autoComplete={autoComplete}
        />
      ) : choices?.length ? (
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
