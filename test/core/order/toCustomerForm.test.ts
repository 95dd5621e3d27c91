/**
 * The customer-fillable order page, parsed by a real HTML
 * parser (happy-dom; Chromium in test/e2e/customerForm.e2e.ts): fixed values
 * come back exactly, customer fields carry the table's rules, and what the
 * customer fills in makes a request buildRequest accepts.
 */
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRequest } from '../../../src/core/order/buildRequest';
import { toCustomerForm, type FieldRole } from '../../../src/core/order/toCustomerForm';
import { SMIME_CSR } from './support';

const window = new Window();
afterAll(() => window.happyDOM.abort());

function parse(html: string) {
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  const form = document.querySelector('form');
  const controls = [...document.querySelectorAll('input:not([type="hidden"]), select, textarea')];
  return {
    document,
    form,
    scripts: document.querySelectorAll('script, [onclick], [onerror], iframe, object').length,
    hidden: [...document.querySelectorAll('input[type="hidden"]')].map((input) => [
      input.getAttribute('name'),
      input.getAttribute('value'),
    ]),
    visible: controls.map((element) => ({
      name: element.getAttribute('name'),
      tag: element.tagName.toLowerCase(),
      type: element.getAttribute('type'),
      required: element.hasAttribute('required'),
      maxLength: element.getAttribute('maxlength'),
      label: document.querySelector(`label[for="${element.id}"]`)?.textContent ?? null,
    })),
  };
}

/** Sectigo's own example (placeorder-smime.txt, the HTML <form>): fixed reseller values, the rest for the customer. */
const FIXED = {
  ap: 'myresellerbrand',
  reseller: 'Y',
  errorURL: 'https://www.mydomain.com/error_page.html',
  successURL: 'https://www.mydomain.com/success_page.html',
  '1_PPP': '2411',
};
const ROLES: Record<string, FieldRole> = {
  ...Object.fromEntries(Object.keys(FIXED).map((name) => [name, 'fixed' as const])),
  emailAddress: 'customer',
  name: 'customer',
  loginName: 'customer',
  loginPassword: 'customer',
  '1_smimeEmailAddresses': 'customer',
  '1_csr': 'customer',
};

describe('toCustomerForm: the document’s example, made complete', () => {
  const form = toCustomerForm('PlaceOrder', FIXED, ROLES, {
    title: 'Order your email certificate',
  });
  const page = parse(form.html);

  it('is one standalone page: a form, no script, UTF-8, posting to !PlaceOrder', () => {
    expect(form.html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page.document.querySelectorAll('form')).toHaveLength(1);
    expect(page.scripts).toBe(0);
    expect(page.form?.getAttribute('action')).toBe(
      'https://secure.trust-provider.com/products/!PlaceOrder',
    );
    expect(page.form?.getAttribute('method')).toBe('post');
    expect(page.form?.getAttribute('accept-charset')).toBe('UTF-8');
    expect(page.document.title).toBe('Order your email certificate');
    expect(form.issues).toEqual([]);
  });

  it('writes the fixed values as hidden inputs, exactly', () => {
    expect(page.hidden).toEqual(Object.entries(FIXED));
  });

  it('gives every customer field a label and the table’s rules', () => {
    expect(page.visible).toEqual([
      // not required: without it Sectigo takes a returning customer (emailAddress paragraph)
      {
        name: 'emailAddress',
        tag: 'input',
        type: 'email',
        required: false,
        maxLength: '255',
        label: 'Email address',
      },
      {
        name: 'name',
        tag: 'input',
        type: 'text',
        required: true,
        maxLength: '128',
        label: 'Full name *',
      },
      {
        name: 'loginName',
        tag: 'input',
        type: 'text',
        required: true,
        maxLength: '64',
        label: 'Login name *',
      },
      {
        name: 'loginPassword',
        tag: 'input',
        type: 'password',
        required: true,
        maxLength: '128',
        label: 'Login password *',
      },
      {
        name: '1_smimeEmailAddresses',
        tag: 'textarea',
        type: null,
        required: true,
        maxLength: '255',
        label: 'S/MIME email addresses *',
      },
      {
        name: '1_csr',
        tag: 'textarea',
        type: null,
        required: true,
        maxLength: '32767',
        label: 'CSR *',
      },
    ]);
    expect(page.document.getElementById('field-6')?.getAttribute('aria-describedby')).toBe(
      'field-6-help',
    );
    expect(page.document.getElementById('field-6-help')?.textContent).toMatch(/Generate key & CSR/);
  });

  it('a new customer (isReturningCustomer=N fixed) must give the email address', () => {
    const withNew = toCustomerForm(
      'PlaceOrder',
      { ...FIXED, isReturningCustomer: 'N' },
      { ...ROLES, isReturningCustomer: 'fixed' },
    );
    const email = parse(withNew.html).visible.find((field) => field.name === 'emailAddress');
    expect(email?.required).toBe(true);
  });

  it('what the customer fills in makes a request the builder accepts', () => {
    const data = new window.FormData(
      page.form as unknown as InstanceType<typeof window.HTMLFormElement>,
    );
    const typed: Record<string, string> = {
      emailAddress: 'fred@example.com',
      name: 'Fred Bloggs',
      loginName: 'fred',
      loginPassword: 'pw',
      '1_smimeEmailAddresses': 'fred@example.com',
      '1_csr': SMIME_CSR,
    };
    for (const [name, value] of Object.entries(typed)) data.set(name, value);
    const posted = Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)]));
    expect(posted).toEqual({ ...FIXED, ...typed });
    const result = buildRequest('PlaceOrder', posted);
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });
});

describe('toCustomerForm: what it tells the reseller', () => {
  it('a value list becomes a select with the table’s labels', () => {
    const form = toCustomerForm('PlaceOrder', FIXED, {
      ...ROLES,
      countryName: 'customer',
      languageName: 'customer',
    });
    const language = parse(form.html).document.querySelector('select[name="languageName"]');
    expect(language?.querySelector('option[value="de"]')?.textContent).toBe('German');
    expect(language?.hasAttribute('required')).toBe(false);
  });

  it('name beside foreName: neither is required alone, and the page says one of them is', () => {
    const form = toCustomerForm('PlaceOrder', FIXED, {
      ...ROLES,
      foreName: 'customer',
      surName: 'customer',
    });
    const visible = parse(form.html).visible;
    for (const name of ['name', 'foreName', 'surName']) {
      expect(visible.find((field) => field.name === name)?.required).toBe(false);
    }
    expect(form.html).toContain(
      '<p>Fill in at least one of: Full name, First name, Last name.</p>',
    );
  });

  it('a required parameter nobody gives is an error for the reseller (-3)', () => {
    const withoutAp = Object.fromEntries(Object.entries(ROLES).filter(([name]) => name !== 'ap'));
    const form = toCustomerForm('PlaceOrder', FIXED, withoutAp);
    expect(form.issues).toContainEqual(
      expect.objectContaining({ field: 'ap', severity: 'error', code: -3 }),
    );
  });

  it('a fixed password is an error: the page would publish it', () => {
    const form = toCustomerForm(
      'PlaceOrder',
      { ...FIXED, loginName: 'reseller', loginPassword: 'hunter2' },
      { ...ROLES, loginName: 'fixed', loginPassword: 'fixed' },
    );
    expect(form.issues).toContainEqual(
      expect.objectContaining({ field: 'loginPassword', severity: 'error' }),
    );
  });

  it('hostile fixed values and titles stay text', () => {
    const hostile = `"><script>alert(1)</script><img src=x onerror=alert(1)>'&amp;\n`;
    const form = toCustomerForm('PlaceOrder', { ...FIXED, ap: hostile }, ROLES, { title: hostile });
    const page = parse(form.html);
    expect(page.scripts).toBe(0);
    expect(page.document.querySelectorAll('img')).toHaveLength(0);
    expect(page.hidden[0]).toEqual(['ap', hostile]);
    expect(page.document.querySelector('h1')?.textContent).toBe(hostile);
  });
});
