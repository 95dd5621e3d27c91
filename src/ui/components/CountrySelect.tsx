import { useLanguage } from '../i18n/LanguageProvider';
import { countryOptions } from './countries';
import type { fieldAria } from './Field';

interface CountrySelectProps {
  /** The control's aria attributes from fieldAria() (id, aria-invalid, aria-describedby …). */
  readonly aria: ReturnType<typeof fieldAria>;
  /** The chosen ISO 3166 alpha-2 code, or '' for none. */
  readonly value: string;
  readonly onChange: (code: string) => void;
  /** The first, empty choice ("Choose…", "— none —"). */
  readonly emptyLabel: string;
  /** Show the code after each name ("Germany (DE)"), where the code itself matters (a CSR's C). */
  readonly withCodes?: boolean;
  readonly autoComplete?: string | undefined;
}

/**
 * A country chooser: the ISO 3166 codes from the core, named and sorted in the
 * page's language by the browser (countryOptions), with the code as the value.
 * Used inside a <Field>, which gives it its label, help and error.
 */
export function CountrySelect({
  aria,
  value,
  onChange,
  emptyLabel,
  withCodes = false,
  autoComplete,
}: CountrySelectProps) {
  const { tag } = useLanguage();
  return (
    <select
      {...aria}
      value={value}
      autoComplete={autoComplete}
      onChange={(event) => {
        onChange(event.currentTarget.value);
      }}
    >
      <option value="">{emptyLabel}</option>
      {countryOptions(tag).map((country) => (
        <option key={country.code} value={country.code}>
          {withCodes ? `${country.name} (${country.code})` : country.name}
        </option>
      ))}
    </select>
  );
}
