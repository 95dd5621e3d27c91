import { useMemo, useState } from 'preact/hooks';
import { toCustomerForm, type FieldRole } from '../../../core/order';
import { FileOutput } from '../../components/FileOutput';
import { Field, fieldAria } from '../../components/Field';
import { customerFormRows, defaultRole, type Choice, type CustomerRow } from './customerFormRows';
import type { FormValues, OrderModel } from './formModel';

interface CustomerFormPanelProps {
  readonly model: OrderModel;
  readonly values: FormValues;
}

const CHOICES: Record<Choice, string> = {
  fixed: 'Fixed: your value, hidden',
  customer: 'The customer fills this in',
  omit: 'Left out',
};

const isChoice = (value: string): value is Choice => Object.hasOwn(CHOICES, value);

const shownValue = (row: CustomerRow, value: string) =>
  row.spec.secret === true && value !== ''
    ? '••••••••'
    : value.length > 60
      ? `${value.slice(0, 60)}…`
      : value;

/**
 * The order page a reseller publishes (placeorder-smime.txt, "Integration
 * example of calling PlaceOrder using an HTML <form>"): for each parameter, a fixed
 * value (hidden) or a field the customer fills in, and the standalone page
 * toCustomerForm writes from that, with what would still be rejected.
 */
export function CustomerFormPanel(props: CustomerFormPanelProps) {
  // Closed until asked for: the page is rebuilt (with a dozen trial requests) on every keystroke while open.
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="order-customer-form-title" class="order-output-section">
      <h2 id="order-customer-form-title">The order form your customers fill in</h2>
      <p class="lead">
        A page to put on your website: your settings are fixed (hidden in the page), and your
        customer fills in the rest. It has no script, and it posts straight to Sectigo like the
        example in Sectigo’s documentation.
      </p>
      <button
        type="button"
        class="secondary"
        aria-expanded={open}
        aria-controls="order-customer-form-body"
        onClick={() => {
          setOpen(!open);
        }}
      >
        {open ? 'Hide the order form' : 'Make the order form…'}
      </button>
      <div id="order-customer-form-body">{open ? <CustomerFormBody {...props} /> : null}</div>
    </section>
  );
}

function CustomerFormBody({ model, values }: CustomerFormPanelProps) {
  const [chosen, setChosen] = useState<Readonly<Record<string, Choice>>>({});
  const [showAll, setShowAll] = useState(false);
  const [title, setTitle] = useState('Order your email certificate');
  const rows = useMemo(() => customerFormRows(model), [model]);
  const choiceOf = (row: CustomerRow): Choice =>
    chosen[row.key] ?? defaultRole(row, values[row.key] ?? '');

  const roles = useMemo(() => {
    const result: Record<string, FieldRole> = {};
    for (const row of rows) {
      const choice = chosen[row.key] ?? defaultRole(row, values[row.key] ?? '');
      if (choice !== 'omit') result[row.key] = choice;
    }
    return result;
  }, [rows, chosen, values]);
  const form = useMemo(
    () => toCustomerForm(model.endpoint, values, roles, { title }),
    [model.endpoint, values, roles, title],
  );
  const listed = rows.filter(
    (row) => showAll || row.primary || choiceOf(row) !== 'omit' || (values[row.key] ?? '') !== '',
  );
  const errors = form.issues.filter((issue) => issue.severity === 'error');

  return (
    <>
      <p>Choose for each parameter who gives it.</p>
      <div class="form-grid">
        <Field id="order-customer-title" label="Page heading" wide>
          <input
            {...fieldAria('order-customer-title', {})}
            value={title}
            maxLength={120}
            onInput={(event) => {
              setTitle(event.currentTarget.value);
            }}
          />
        </Field>
      </div>
      <div class="order-roles-scroll">
        <table class="data order-roles">
          <caption class="visually-hidden">Who gives each parameter</caption>
          <thead>
            <tr>
              <th scope="col">Parameter</th>
              <th scope="col">Your value</th>
              <th scope="col">In the form</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((row) => {
              const id = `order-role-${row.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
              return (
                <tr key={row.key}>
                  <th scope="row">
                    {row.label} <code>{row.key}</code>
                    {row.required ? <span class="tag">required</span> : null}
                  </th>
                  <td class="order-value">{shownValue(row, values[row.key] ?? '')}</td>
                  <td>
                    <select
                      id={id}
                      aria-label={`In the form: ${row.label}`}
                      value={choiceOf(row)}
                      onChange={(event) => {
                        const next = event.currentTarget.value;
                        if (isChoice(next))
                          setChosen((previous) => ({ ...previous, [row.key]: next }));
                      }}
                    >
                      {Object.entries(CHOICES).map(([choice, label]) => (
                        <option key={choice} value={choice}>
                          {label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <label class="order-check">
        <input
          type="checkbox"
          checked={showAll}
          onChange={(event) => {
            setShowAll(event.currentTarget.checked);
          }}
        />{' '}
        List every parameter, not only the main ones
      </label>
      <p
        class={
          errors.length > 0
            ? 'notice error'
            : form.issues.length > 0
              ? 'notice warning'
              : 'notice ok'
        }
        role="status"
        id="order-customer-form-status"
      >
        {errors.length > 0
          ? 'Sectigo would reject what this form posts, whatever the customer types:'
          : form.issues.length > 0
            ? 'The form is complete; note:'
            : 'The form is complete: what a customer fills in makes a request Sectigo should accept.'}
      </p>
      {form.issues.length === 0 ? null : (
        <ul class="order-issue-list">
          {form.issues.map((issue, index) => (
            <li key={index} class={`finding-${issue.severity}`}>
              <code>{issue.field}</code>: {issue.message}
            </li>
          ))}
        </ul>
      )}
      <FileOutput
        label="Order page (HTML)"
        text={form.html}
        id="order-customer-form-html"
        filename="order-form.html"
        mimeType="text/html"
        downloadLabel="Download order-form.html"
      >
        Put the file on your website as it is, or copy its <code>&lt;form&gt;</code> into a page of
        your own (keep <code>accept-charset="UTF-8"</code>).
      </FileOutput>
    </>
  );
}
