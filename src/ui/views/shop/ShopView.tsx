import { useMemo, useRef, useState } from 'preact/hooks';
import type { ResellerConfig } from '../../../core/config';
import { buildRequest } from '../../../core/order';
import { ENDPOINTS, PRODUCTS, type ParamSpec, type ProductSpec } from '../../../core/spec';
import { DownloadButton } from '../../components/DownloadButton';
import { updateSession, useSession } from '../../session';
import type { ViewProps } from '..';
import { ParamField } from './ParamField';
import './shop.css';

type Step = 'product' | 'details' | 'key' | 'review';
const STEPS: readonly { id: Step; label: string }[] = [
  { id: 'product', label: 'Certificate' },
  { id: 'details', label: 'Your details' },
  { id: 'key', label: 'Your key' },
  { id: 'review', label: 'Review and order' },
];

const PARAMS = ENDPOINTS.PlaceOrder.params as readonly ParamSpec[];
const param = (name: string, item = false): ParamSpec => {
  const found = PARAMS.find((p) => p.name === name && Boolean(p.item) === item);
  if (!found) throw new Error(`PlaceOrder parameter ${name} missing from the table`);
  return found;
};

/**
 * The fields the customer fills in, by step. Which parameters the page asks for
 * is this flow's choice; what each one means, its limit and its rule come from
 * the !PlaceOrder table. `item` fields are sent as 1_<name>.
 */
const PERSON_FIELDS = ['foreName', 'surName', 'emailAddress', 'telephoneNumber'] as const;
const ORGANIZATION_FIELDS = [
  'organizationName',
  'streetAddress1',
  'streetAddress2',
  'localityName',
  'stateOrProvinceName',
  'postalCode',
  'countryName',
] as const;
const ACCOUNT_FIELDS = ['loginName', 'loginPassword'] as const;
/** placeorder-smime.txt: OV S/MIME needs "the full company name and address" (locality or state). */
const ORGANIZATION_REQUIRED: readonly string[] = [
  'organizationName',
  'streetAddress1',
  'postalCode',
  'countryName',
];

/** Plain words for the kinds of product (the table has the names and validation level). */
const PRODUCT_BLURB: Readonly<Record<string, string>> = {
  mailbox: 'Signs and encrypts your email. Sectigo checks that you control the mailbox.',
  organization:
    'Signs and encrypts email and names your organization. Sectigo validates the organization, so its registered name and address are needed.',
};

function pageAddress(): string {
  // Sectigo appends the result as a query string (placeorder-smime.txt,
  // "Specified successURL or errorURL"), so the address carries no fragment.
  return `${window.location.origin}${window.location.pathname}`;
}

/** The !PlaceOrder values for the current form: what will be sent. */
export function orderValues(
  config: ResellerConfig,
  product: ProductSpec | undefined,
  form: Record<string, string>,
  csrPem: string | undefined,
): Record<string, string> {
  const values: Record<string, string> = {
    ap: config.ap,
    reseller: config.reseller,
    successURL: config.successURL ?? pageAddress(),
    errorURL: config.errorURL ?? pageAddress(),
    isReturningCustomer: form.isReturningCustomer ?? 'N',
  };
  if (config.languageName) values.languageName = config.languageName;
  for (const key of [
    'SMIMEVerificationTemplateID',
    'SMIMERequestTemplateID',
    'SMIMECollectionTemplateID',
    'shippingTemplateID',
  ] as const) {
    const id = config[key];
    if (id !== undefined) values[key] = String(id);
  }
  for (const name of [...PERSON_FIELDS, ...ACCOUNT_FIELDS]) values[name] = form[name] ?? '';
  if (product) {
    values['1_PPP'] = String(product.code);
    values['1_smimeEmailAddresses'] = form.emailAddress ?? '';
    if (product.validation === 'organization') {
      for (const name of ORGANIZATION_FIELDS) values[name] = form[name] ?? '';
      values['1_organizationIdentifier'] = form.organizationIdentifier ?? '';
    }
  }
  if (csrPem) values['1_csr'] = csrPem;
  return values;
}

/** Field id of an issue from buildRequest (item fields drop their `1_`). */
const issueField = (field: string) => field.replace(/^_?1_/, '');

export function ShopView({ config }: ViewProps) {
  const session = useSession();
  const [step, setStep] = useState<Step>('product');
  const [productCode, setProductCode] = useState<number | null>(null);
  const [form, setForm] = useState<Record<string, string>>({ isReturningCustomer: 'N' });
  const [confirmPassword, setConfirmPassword] = useState('');
  const [touched, setTouched] = useState<Record<Step, boolean>>({
    product: false,
    details: false,
    key: false,
    review: false,
  });
  const [keys, setKeys] = useState<{ csrPem: string; privateKeyPem: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const formRef = useRef<HTMLFormElement>(null);

  const products = useMemo(
    () =>
      (config?.products ?? [])
        .map((code) => (PRODUCTS as readonly ProductSpec[]).find((p) => p.code === code))
        .filter((p): p is ProductSpec => p !== undefined),
    [config],
  );
  if (!config) {
    return (
      <section class="view">
        <h1>Ordering page</h1>
        <p class="notice">This page needs a config.json from the reseller to take orders.</p>
      </section>
    );
  }
  const product = products.find((p) => p.code === productCode);
  const isOrganization = product?.validation === 'organization';
  const values = orderValues(config, product, form, keys?.csrPem);
  const built = buildRequest('PlaceOrder', values, { mask: true });
  const set = (name: string, value: string) => {
    setForm({ ...form, [name]: value });
  };

  /** A form field for the !PlaceOrder parameter `name`, wired to the form state and its error. */
  const field = (
    name: string,
    options: {
      label?: string;
      type?: 'text' | 'email' | 'password' | 'tel';
      required?: boolean;
      autoComplete?: string;
      item?: boolean;
    } = {},
  ) => (
    <ParamField
      key={name}
      param={param(name, options.item ?? false)}
      id={`shop-${name}`}
      value={form[name] ?? ''}
      onChange={(v) => {
        set(name, v);
      }}
      required={options.required ?? false}
      error={shownErrors[name]}
      {...(options.label ? { label: options.label } : {})}
      {...(options.type ? { type: options.type } : {})}
      {...(options.autoComplete ? { autoComplete: options.autoComplete } : {})}
    />
  );

  const detailFields = [
    ...PERSON_FIELDS,
    ...(isOrganization ? [...ORGANIZATION_FIELDS, 'organizationIdentifier'] : []),
    ...ACCOUNT_FIELDS,
  ];
  const errorsFor = (fields: readonly string[]): Partial<Record<string, string>> => {
    const errors: Partial<Record<string, string>> = {};
    for (const issue of built.issues) {
      const field = issueField(issue.field);
      if (issue.severity === 'error' && fields.includes(field)) errors[field] ??= issue.message;
    }
    if (fields.includes('emailAddress') && !form.emailAddress?.trim())
      errors.emailAddress ??= 'emailAddress is required: the certificate is for this mailbox.';
    if (fields.includes('foreName') && !form.foreName?.trim() && !form.surName?.trim())
      errors.foreName ??= 'Give your first name and last name.';
    if (
      fields.includes('loginPassword') &&
      form.isReturningCustomer !== 'Y' &&
      confirmPassword !== (form.loginPassword ?? '')
    ) {
      errors.confirmPassword = 'The two passwords differ.';
    }
    return errors;
  };
  const detailErrors = errorsFor([...detailFields, 'confirmPassword']);
  const shownErrors: Partial<Record<string, string>> = touched.details ? detailErrors : {};

  const next = (from: Step) => {
    setTouched({ ...touched, [from]: true });
    if (from === 'product' && !product) return;
    if (from === 'details' && Object.keys(detailErrors).length > 0) {
      const first = Object.keys(detailErrors)[0];
      if (first) document.getElementById(`shop-${first}`)?.focus();
      return;
    }
    if (from === 'key' && !(keys && session.keySaved)) return;
    const index = STEPS.findIndex((s) => s.id === from);
    setStep(STEPS[index + 1]?.id ?? from);
  };

  const makeKey = async () => {
    setBusy(true);
    setFailure('');
    try {
      const { generateKeyAndCsr } = await import('../../../core/pki');
      const email = form.emailAddress?.trim() ?? '';
      const made = await generateKeyAndCsr({
        algorithm: 'RSA-2048',
        subject: { emailAddress: email },
        emailAddresses: [email],
      });
      setKeys(made);
      updateSession({ csrPem: made.csrPem, privateKeyPem: made.privateKeyPem, keySaved: false });
    } catch (error) {
      setFailure(
        `The key could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  const placeOrder = () => {
    const unmasked = buildRequest('PlaceOrder', values);
    const formElement = formRef.current;
    if (!unmasked.ok || !formElement) return;
    // A real form post, built with DOM methods (no HTML strings), to Sectigo's address.
    formElement.replaceChildren();
    formElement.action = unmasked.form.action;
    formElement.method = 'post';
    formElement.acceptCharset = 'UTF-8';
    for (const [name, value] of unmasked.form.fields) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      formElement.append(input);
    }
    formElement.submit();
  };

  const stepIndex = STEPS.findIndex((s) => s.id === step);

  return (
    <section aria-labelledby="shop-title" class="view shop">
      <h1 id="shop-title">{config.brandName ?? 'Order an email certificate'}</h1>
      {config.notice ? <p class="notice warning">{config.notice}</p> : null}
      <ol class="steps" aria-label="Steps">
        {STEPS.map((s, index) => (
          <li
            key={s.id}
            class={index === stepIndex ? 'current' : index < stepIndex ? 'done' : ''}
            aria-current={index === stepIndex ? 'step' : undefined}
          >
            {index < stepIndex ? (
              <button
                type="button"
                class="link-button"
                onClick={() => {
                  setStep(s.id);
                }}
              >
                {index + 1}. {s.label}
              </button>
            ) : (
              <span>
                {index + 1}. {s.label}
              </span>
            )}
          </li>
        ))}
      </ol>

      {step === 'product' ? (
        <fieldset>
          <legend>Choose your certificate</legend>
          <div class="product-cards" role="radiogroup" aria-label="Certificate">
            {products.map((p) => (
              <label
                key={p.code}
                class={`product-card${p.code === productCode ? ' selected' : ''}`}
              >
                <input
                  type="radio"
                  name="product"
                  value={p.code}
                  checked={p.code === productCode}
                  onChange={() => {
                    setProductCode(p.code);
                  }}
                />
                <span class="product-name">{p.name}</span>
                <span class="product-blurb">{PRODUCT_BLURB[p.validation ?? ''] ?? ''}</span>
                {p.years ? (
                  <span class="tag">{p.years === 1 ? '1 year' : `${p.years} years`}</span>
                ) : null}
              </label>
            ))}
          </div>
          {touched.product && !product ? (
            <p class="field-error" role="alert">
              Choose a certificate to continue.
            </p>
          ) : null}
          <div class="actions">
            <button
              type="button"
              onClick={() => {
                next('product');
              }}
            >
              Continue
            </button>
          </div>
        </fieldset>
      ) : null}

      {step === 'details' ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            next('details');
          }}
        >
          <fieldset>
            <legend>About you</legend>
            <div class="form-grid">
              {field('foreName', {
                label: 'First name',
                required: true,
                autoComplete: 'given-name',
              })}
              {field('surName', { label: 'Last name', autoComplete: 'family-name' })}
              {field('emailAddress', {
                label: 'Email address (the certificate’s mailbox)',
                type: 'email',
                required: true,
                autoComplete: 'email',
              })}
              {field('telephoneNumber', { type: 'tel', autoComplete: 'tel' })}
            </div>
          </fieldset>
          {isOrganization ? (
            <fieldset>
              <legend>Your organization</legend>
              <div class="form-grid">
                {ORGANIZATION_FIELDS.map((name) =>
                  field(name, { required: ORGANIZATION_REQUIRED.includes(name) }),
                )}
                {field('organizationIdentifier', { item: true, required: true })}
              </div>
            </fieldset>
          ) : null}
          <fieldset>
            <legend>Your Sectigo account</legend>
            <div class="account-choice">
              <label>
                <input
                  type="radio"
                  name="returning"
                  checked={form.isReturningCustomer !== 'Y'}
                  onChange={() => {
                    set('isReturningCustomer', 'N');
                  }}
                />{' '}
                I am new: create my account with this name and password
              </label>
              <label>
                <input
                  type="radio"
                  name="returning"
                  checked={form.isReturningCustomer === 'Y'}
                  onChange={() => {
                    set('isReturningCustomer', 'Y');
                  }}
                />{' '}
                I already have an account
              </label>
            </div>
            <div class="form-grid">
              {field('loginName', {
                label: 'Account name',
                required: true,
                autoComplete: 'username',
              })}
              {field('loginPassword', {
                label: 'Account password',
                type: 'password',
                required: true,
                autoComplete:
                  form.isReturningCustomer === 'Y' ? 'current-password' : 'new-password',
              })}
              {form.isReturningCustomer !== 'Y' ? (
                <ParamField
                  param={param('loginPassword')}
                  id="shop-confirmPassword"
                  label="Password again"
                  type="password"
                  value={confirmPassword}
                  onChange={setConfirmPassword}
                  required
                  error={shownErrors.confirmPassword}
                  autoComplete="new-password"
                />
              ) : null}
            </div>
            <p class="help">
              Your password is sent only to Sectigo with the order, and is never stored by this
              page.
            </p>
          </fieldset>
          <div class="actions">
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setStep('product');
              }}
            >
              Back
            </button>
            <button type="submit">Continue</button>
          </div>
        </form>
      ) : null}

      {step === 'key' ? (
        <fieldset>
          <legend>Your private key</legend>
          <p>
            Your certificate needs a key pair. It is made now, in this browser, for{' '}
            <strong>{form.emailAddress}</strong>. Only the public half goes to Sectigo (in a CSR);
            the private key stays with you. <strong>Save it before you order</strong>: you need it
            to install the certificate, and nobody can recover it.
          </p>
          {!keys ? (
            <div class="actions">
              <button type="button" disabled={busy} onClick={() => void makeKey()}>
                {busy ? 'Making your key…' : 'Make my key'}
              </button>
              {busy ? <progress aria-label="Making your key" /> : null}
            </div>
          ) : (
            <>
              <p class="notice ok" role="status">
                Your key is ready (RSA 2048).
              </p>
              <div class="actions">
                <DownloadButton
                  data={keys.privateKeyPem}
                  filename={`${(form.emailAddress ?? 'email').replace(/[^A-Za-z0-9.@_-]+/g, '_')}.key`}
                  mimeType="application/pkcs8"
                  label="Download my private key (.key)"
                  onSaved={() => {
                    updateSession({ keySaved: true });
                  }}
                />
                <label class="inline-check">
                  <input
                    type="checkbox"
                    checked={session.keySaved}
                    onChange={(event) => {
                      updateSession({ keySaved: event.currentTarget.checked });
                    }}
                  />{' '}
                  I have saved my private key
                </label>
              </div>
            </>
          )}
          {failure ? (
            <p class="notice error" role="alert">
              {failure}
            </p>
          ) : null}
          {touched.key && !(keys && session.keySaved) ? (
            <p class="field-error" role="alert">
              {keys
                ? 'Download your private key (or confirm you saved it) before you continue.'
                : 'Make your key first.'}
            </p>
          ) : null}
          <div class="actions">
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setStep('details');
              }}
            >
              Back
            </button>
            <button
              type="button"
              onClick={() => {
                next('key');
              }}
            >
              Continue
            </button>
          </div>
        </fieldset>
      ) : null}

      {step === 'review' ? (
        <section aria-labelledby="review-title">
          <h2 id="review-title">Review your order</h2>
          <p>
            This is exactly what will be sent to Sectigo. Your private key is not in it: only the
            CSR, which holds the public key.
          </p>
          <table class="data review">
            <caption class="visually-hidden">Order parameters</caption>
            <thead>
              <tr>
                <th scope="col">Parameter</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {built.params.map(([name, value]) => (
                <tr key={name}>
                  <th scope="row">
                    <code>{name}</code>
                  </th>
                  <td>
                    {name.endsWith('csr')
                      ? `${value.split('\n')[0] ?? ''} … (${value.length} characters)`
                      : value}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {built.issues.filter((issue) => issue.severity === 'error').length > 0 ? (
            <div class="notice error" role="alert">
              <p>Fix these before ordering:</p>
              <ul>
                {built.issues
                  .filter((issue) => issue.severity === 'error')
                  .map((issue) => (
                    <li key={issue.field + issue.message}>{issue.message}</li>
                  ))}
              </ul>
            </div>
          ) : null}
          <div class="actions">
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setStep('key');
              }}
            >
              Back
            </button>
            <button type="button" disabled={!built.ok} onClick={placeOrder}>
              Place order
            </button>
          </div>
          <p class="help">Sectigo will bring you back to this page with your order number.</p>
        </section>
      ) : null}
      {config.support ? (
        <section class="support" aria-labelledby="shop-help">
          <h2 id="shop-help">Need help?</h2>
          <ul>
            {config.support.email ? (
              <li>
                Email: <a href={`mailto:${config.support.email}`}>{config.support.email}</a>
              </li>
            ) : null}
            {config.support.phone ? <li>Phone: {config.support.phone}</li> : null}
            {config.support.url ? (
              // The reseller's own address from config.json (validated https://), not response data.
              <li>
                <a href={config.support.url} rel="noopener noreferrer" target="_blank">
                  Help pages
                </a>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
      <form ref={formRef} class="visually-hidden" aria-hidden="true" />
    </section>
  );
}
