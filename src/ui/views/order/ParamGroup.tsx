import type { ComponentChildren } from 'preact';
import type { OrderIssue } from '../../../core/order';
import type { ProductSpec } from '../../../core/spec';
import { CsrField } from './CsrField';
import { issueKey, type FieldModel, type FormValues } from './formModel';
import { ParamField } from './ParamField';

interface ParamGroupProps {
  readonly legend: string;
  /** What "More options in …" names; the legend when not given. */
  readonly moreName?: string;
  /** DOM id prefix, unique in the view. */
  readonly id: string;
  readonly fields: readonly FieldModel[];
  readonly values: FormValues;
  readonly onChange: (key: string, value: string) => void;
  readonly expanded: boolean;
  readonly onToggle: (expanded: boolean) => void;
  /** Issues by issueKey(field). */
  readonly issues: ReadonlyMap<string, readonly OrderIssue[]>;
  /** Show "missing" errors on empty fields too (after the user asked to submit). */
  readonly showAllErrors: boolean;
  readonly revealSecrets: boolean;
  /** The product a CSR in this group is for. */
  readonly csrProduct?: ProductSpec | undefined;
  readonly generatedCsr?: string | undefined;
  /** Shown between the legend and the fields (an item's product, its remove button). */
  readonly children?: ComponentChildren;
}

/**
 * One group of the documents' parameter table as a fieldset. Optional
 * parameters sit under "More options" until opened; a field that has a value
 * or is named by an issue always shows, so nothing typed is ever out of sight.
 * Fields are hidden, never moved, so focus is not lost while typing.
 */
export function ParamGroup(props: ParamGroupProps) {
  const { fields, values, issues, expanded } = props;
  const gridId = `${props.id}-fields`;
  const visible = (field: FieldModel) =>
    field.primary ||
    expanded ||
    (values[field.key] ?? '') !== '' ||
    issues.has(issueKey(field.key));
  const optional = fields.filter((field) => !field.primary);
  const collapsed = fields.filter((field) => !visible(field)).length;
  const errorOf = (field: FieldModel, value: string) => {
    if (value === '' && !props.showAllErrors) return undefined;
    // Warnings stay in the Check list; beside a field, only what Sectigo would reject.
    const found = (issues.get(issueKey(field.key)) ?? []).filter(
      (issue) => issue.severity === 'error',
    );
    return found.length === 0 ? undefined : found.map((issue) => issue.message).join(' ');
  };

  return (
    <fieldset class="order-group">
      <legend>{props.legend}</legend>
      {props.children}
      {collapsed === fields.length ? (
        <p class="hint order-all-optional">Every parameter here is optional.</p>
      ) : null}
      <div
        class={`form-grid order-grid${collapsed === fields.length ? ' order-grid-empty' : ''}`}
        id={gridId}
      >
        {fields.map((field) => {
          const value = values[field.key] ?? '';
          const shared = {
            field,
            value,
            onChange: props.onChange,
            error: errorOf(field, value),
            hidden: !visible(field),
          };
          return field.spec.format === 'csr' ? (
            <CsrField
              key={field.key}
              {...shared}
              product={props.csrProduct}
              generatedCsr={props.generatedCsr}
            />
          ) : (
            <ParamField key={field.key} {...shared} revealSecrets={props.revealSecrets} />
          );
        })}
      </div>
      {optional.length > 0 && (expanded || collapsed > 0) ? (
        <button
          type="button"
          class="link-button order-more"
          aria-expanded={expanded}
          aria-controls={gridId}
          onClick={() => {
            props.onToggle(!expanded);
          }}
        >
          {expanded
            ? `Fewer options in ${props.moreName ?? props.legend}`
            : `More options in ${props.moreName ?? props.legend} (${String(collapsed)})`}
        </button>
      ) : null}
    </fieldset>
  );
}
