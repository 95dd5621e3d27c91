import type { ComponentChildren } from 'preact';

interface FieldProps {
  /** id of the control inside, for the label. */
  readonly id: string;
  readonly label: string;
  readonly required?: boolean;
  readonly help?: ComponentChildren;
  /** The rule the value breaks, naming the field; shown and announced. Several (one per line of a list) are listed. */
  readonly error?: string | readonly string[] | undefined;
  readonly children: ComponentChildren;
  readonly wide?: boolean;
}

/**
 * A labelled form control with its help and error text, tied together with
 * aria-describedby so screen readers read them with the control. The control
 * itself (children) must carry `id`, `aria-invalid` and `aria-describedby`
 * (use fieldAria()).
 */
export function Field({
  id,
  label,
  required = false,
  help,
  error,
  children,
  wide = false,
}: FieldProps) {
  return (
    <div class={`field${wide ? ' wide' : ''}${error ? ' has-error' : ''}`}>
      <label for={id}>
        {label}
        {required ? (
          <span class="required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children}
      {help ? (
        <p class="help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      {typeof error === 'object' && error.length > 1 ? (
        <ul class="field-error field-errors" id={`${id}-error`} role="alert">
          {error.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      ) : error && error.length > 0 ? (
        <p class="field-error" id={`${id}-error`} role="alert">
          {typeof error === 'string' ? error : error[0]}
        </p>
      ) : null}
    </div>
  );
}

/** The aria attributes a control inside <Field> needs. */
export function fieldAria(
  id: string,
  options: { help?: boolean; error?: string | readonly string[] | undefined; required?: boolean },
) {
  const describedBy = [options.help ? `${id}-help` : '', options.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return {
    id,
    'aria-invalid': options.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
    'aria-required': options.required ? ('true' as const) : undefined,
  };
}
