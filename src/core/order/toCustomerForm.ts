/**
 * The order form a reseller puts on their own site: a complete,
 * standalone HTML page with no script, in the shape of placeorder-smime.txt's
 * "Integration example of calling PlaceOrder using an HTML <form>": fixed
 * values as hidden inputs, and visible, labelled inputs for what the customer
 * fills in, each with the table's rules as HTML attributes (`required`,
 * `maxlength`, `type="email"`, a `<select>` for a value list).
 *
 * Which customer fields are `required` is found by asking the request builder
 * itself: a field is required when leaving it empty (everything else filled)
 * makes buildRequest report an error on it. So `name` alone is required, but
 * `name` beside `foreName` is not (either will do), and such "one of these"
 * groups are stated on the page in words instead.
 */
import { ENDPOINTS } from '../spec/endpoints';
import { CROSS_FIELD_RULES } from '../spec/rules';
import type { AllowedValue, ParamFormat, ParamSpec } from '../spec/types';
import { buildRequest } from './buildRequest';
import { normalizeParams } from './normalizeParams';
import { escapeHtml } from './toHtmlForm';
import type { OrderEndpointId, OrderIssue } from './types';

export type FieldRole = 'fixed' | 'customer';

export interface CustomerFormOptions {
  /** The page heading and title. */
  readonly title?: string;
  /** Customer-facing labels by parameter name (as sent); the table's label otherwise. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Words under the CSR field (where to make a key and CSR). */
  readonly csrHelp?: string;
  /** The submit button; the document's example says "Place Order". */
  readonly submitLabel?: string;
}

export interface CustomerFormField {
  readonly name: string;
  readonly role: FieldRole;
  readonly label: string;
  /** For customer fields: the input carries `required`. */
  readonly required: boolean;
}

export interface CustomerForm {
  /** The whole page, `<!DOCTYPE html>` to `</html>`; every value escaped. */
  readonly html: string;
  readonly fields: readonly CustomerFormField[];
  /** What the reseller must fix before publishing (errors) or should know (warnings). */
  readonly issues: readonly OrderIssue[];
}

/** A value of the right shape for a field the customer will fill, so checks of other fields run as they will. */
const PLACEHOLDERS: Partial<Record<ParamFormat, string>> = {
  email: 'customer@example.com',
  emailList: 'customer@example.com',
  url: 'https://example.com/',
  country: 'US',
  language: 'en',
  date: '2000-01-01',
  domainList: 'example.com',
  yn: 'N',
};

function placeholder(spec: ParamSpec | undefined): string {
  if (spec === undefined) return 'x';
  const listed = spec.values?.[0]?.value;
  if (listed !== undefined) return listed;
  const byFormat = spec.format === undefined ? undefined : PLACEHOLDERS[spec.format];
  if (byFormat !== undefined) return byFormat;
  return spec.type === 'integer' ? '1' : 'x';
}

/** The table's label without the `(x_name)` a reseller needs but a customer does not. */
const plainLabel = (spec: ParamSpec | undefined, name: string) =>
  spec === undefined ? name : spec.label.replace(/\s*\(x_\w+\)$/, '');

const DEFAULT_CSR_HELP =
  'Paste your certificate signing request (CSR) in PEM form. You can make your key and CSR privately in your own browser with the “Generate key & CSR” page of the Sectigo Order Desk; your private key never leaves your computer.';

/** `autocomplete` tokens (HTML Living Standard) for fields a browser can fill. */
const AUTOCOMPLETE: Readonly<Record<string, string>> = {
  emailaddress: 'email',
  name: 'name',
  forename: 'given-name',
  surname: 'family-name',
  title: 'honorific-prefix',
  organizationname: 'organization',
  streetaddress1: 'address-line1',
  streetaddress2: 'address-line2',
  streetaddress3: 'address-line3',
  localityname: 'address-level2',
  stateorprovincename: 'address-level1',
  postalcode: 'postal-code',
  countryname: 'country',
  telephonenumber: 'tel',
  loginname: 'username',
  loginpassword: 'current-password',
};

function control(id: string, name: string, spec: ParamSpec | undefined, required: boolean) {
  const attributes = [`id="${id}"`, `name="${escapeHtml(name)}"`];
  if (required) attributes.push('required');
  const described = spec?.format === 'csr' ? ` aria-describedby="${id}-help"` : '';
  const values: readonly AllowedValue[] = spec?.values ?? [];
  if (values.length > 0) {
    return [
      `<select ${attributes.join(' ')}>`,
      `<option value="">Choose…</option>`,
      ...values.map(
        (allowed) =>
          `<option value="${escapeHtml(allowed.value)}">${escapeHtml(allowed.label)}</option>`,
      ),
      '</select>',
    ].join('\n');
  }
  if (spec?.maxLength !== undefined) attributes.push(`maxlength="${String(spec.maxLength)}"`);
  const autocomplete = AUTOCOMPLETE[(spec?.name ?? name).toLowerCase()];
  if (autocomplete !== undefined) attributes.push(`autocomplete="${autocomplete}"`);
  if (spec?.format === 'csr' || spec?.format === 'emailList' || spec?.format === 'domainList') {
    const rows = spec.format === 'csr' ? 12 : 3;
    return `<textarea ${attributes.join(' ')} rows="${String(rows)}" spellcheck="false"${described}></textarea>`;
  }
  const type =
    spec?.secret === true
      ? 'password'
      : spec?.format === 'email'
        ? 'email'
        : spec?.format === 'url'
          ? 'url'
          : 'text';
  if (spec?.type === 'integer') attributes.push('inputmode="numeric"');
  return `<input type="${type}" ${attributes.join(' ')}>`;
}

/** Minimal, readable styling: no external file, nothing the page needs to work. */
const STYLE = [
  'body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;padding:1rem;color:#1b1b1b;background:#fff}',
  'main{max-width:40rem;margin:0 auto}',
  'label{display:block;font-weight:600;margin-top:1rem}',
  'input,select,textarea{box-sizing:border-box;width:100%;font:inherit;padding:.4rem;border:1px solid #767676;border-radius:4px}',
  'textarea{font-family:ui-monospace,monospace;font-size:.85rem}',
  '.help{display:block;color:#4a4a4a;font-size:.9rem;margin-top:.25rem}',
  'button{margin-top:1.5rem;font:inherit;font-weight:600;padding:.6rem 1.2rem;border:0;border-radius:4px;background:#1a5fb4;color:#fff;cursor:pointer}',
].join('\n');

export function toCustomerForm(
  endpoint: OrderEndpointId,
  values: Readonly<Record<string, string>>,
  roles: Readonly<Record<string, FieldRole>>,
  options: CustomerFormOptions = {},
): CustomerForm {
  const action = ENDPOINTS[endpoint].url;
  const names = Object.keys(roles);
  const customer = names.filter((name) => roles[name] === 'customer');
  const fixed = names.filter(
    (name) => roles[name] === 'fixed' && (values[name] ?? '').trim() !== '',
  );

  // The table row of every field, read the way the builder reads names.
  const { params } = normalizeParams(
    endpoint,
    Object.fromEntries(names.map((name) => [name, values[name] ?? 'x'])),
  );
  const specOf = (name: string) => params.find((param) => param.input === name)?.spec;

  const fixedValues = Object.fromEntries(fixed.map((name) => [name, values[name] ?? '']));
  const filled = (except: ReadonlySet<string>) => ({
    ...fixedValues,
    ...Object.fromEntries(
      customer.filter((name) => !except.has(name)).map((name) => [name, placeholder(specOf(name))]),
    ),
  });
  const lower = (name: string) => name.toLowerCase().replace(/^_(?=\d+_)/, '');
  const errorsOn = (result: ReturnType<typeof buildRequest>, name: string) =>
    result.issues.some((issue) => issue.severity === 'error' && lower(issue.field) === lower(name));

  const required = new Set(
    customer.filter((name) => errorsOn(buildRequest(endpoint, filled(new Set([name]))), name)),
  );
  // Fields needed only as "one of these" (name or foreName/surName): an error
  // when all are left empty, none when one is given. HTML cannot require one
  // of several inputs, so the page says it in words.
  const allEmpty = buildRequest(endpoint, filled(new Set(customer)));
  const oneOf: string[][] = [];
  for (const issue of allEmpty.issues) {
    if (issue.severity !== 'error' || issue.rule === undefined) continue;
    const rule = CROSS_FIELD_RULES.find((candidate) => candidate.id === issue.rule);
    const group = customer.filter(
      (name) =>
        !required.has(name) && rule?.fields.some((field) => lower(field) === lower(name)) === true,
    );
    if (group.length > 1) oneOf.push(group);
  }

  const issues: OrderIssue[] = [];
  const complete = buildRequest(endpoint, filled(new Set()));
  const customerNames = new Set(customer.map(lower));
  for (const issue of complete.issues) {
    if (customerNames.has(lower(issue.field))) continue;
    if (issue.severity === 'warning' && /ordering URL|withheld/.test(issue.message)) continue;
    issues.push(issue);
  }
  for (const name of fixed) {
    if (specOf(name)?.secret === true) {
      issues.push({
        field: name,
        severity: 'error',
        message: `${name} is a password written into the page as a hidden value: anyone who opens the page can read it. Let the customer fill it in, or leave it out.`,
      });
    }
  }

  const labelOf = (name: string) => options.labels?.[name] ?? plainLabel(specOf(name), name);
  const fields: CustomerFormField[] = names
    .filter((name) => roles[name] === 'customer' || fixed.includes(name))
    .map((name) => ({
      name,
      role: roles[name] ?? 'fixed',
      label: labelOf(name),
      required: required.has(name),
    }));

  const title = options.title ?? 'Order your certificate';
  const body: string[] = [];
  body.push(`<form method="post" action="${escapeHtml(action)}" accept-charset="UTF-8">`);
  for (const name of fixed) {
    body.push(
      `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(values[name] ?? '')}">`,
    );
  }
  customer.forEach((name, index) => {
    const spec = specOf(name);
    const id = `field-${String(index + 1)}`;
    const mark = required.has(name) ? ' <span aria-hidden="true">*</span>' : '';
    body.push('<p>');
    body.push(`<label for="${id}">${escapeHtml(labelOf(name))}${mark}</label>`);
    body.push(control(id, name, spec, required.has(name)));
    if (spec?.format === 'csr') {
      body.push(
        `<span class="help" id="${id}-help">${escapeHtml(options.csrHelp ?? DEFAULT_CSR_HELP)}</span>`,
      );
    }
    body.push('</p>');
  });
  body.push(`<button type="submit">${escapeHtml(options.submitLabel ?? 'Place Order')}</button>`);
  body.push('</form>');

  const intro: string[] = [];
  if (required.size > 0) intro.push('<p>Fields marked * are required.</p>');
  for (const group of oneOf) {
    intro.push(
      `<p>Fill in at least one of: ${group.map((name) => escapeHtml(labelOf(name))).join(', ')}.</p>`,
    );
  }

  const html = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    ...intro,
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');

  return { html, fields, issues };
}
