import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SECRET_MASK } from '../../../src/core/order/maskSecrets';
import { ENDPOINTS } from '../../../src/core/spec/endpoints';
import { loadPki } from '../../../src/ui/loaders';
import { clearSession, updateSession } from '../../../src/ui/session';
import { forgetOrderForm, offerCsrToOrder } from '../../../src/ui/views/order/orderState';
import { OrderView } from '../../../src/ui/views/order/OrderView';
import { SECTIGO_CSR, SMIME_CSR, SSL_CSR } from '../../fixtures/sampleCsrs';
import { expectSeen } from '../expectSeen';

const CSR = SECTIGO_CSR;

const HOSTILE = `"><script>alert(1)</script><img src=x onerror=alert(1)>'; rm -rf ~ &amp;`;

afterEach(() => {
  forgetOrderForm();
  clearSession();
  vi.restoreAllMocks();
});

/** The control labelled by a table label (the label may end in a required marker). */
const control = (label: string) =>
  screen.getByLabelText<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    new RegExp(`^${label.replace(/[()*+?.[\]\\^$|]/g, '\\$&')}( \\*)?$`),
  );
const queryControl = (label: string) =>
  screen.queryByLabelText(new RegExp(`^${label.replace(/[()*+?.[\]\\^$|]/g, '\\$&')}( \\*)?$`));

const type = (label: string, value: string) => {
  fireEvent.input(control(label), { target: { value } });
};
const choose = (label: string, value: string) => {
  fireEvent.change(control(label), { target: { value } });
};
const output = (name: string) =>
  screen.getByRole('figure', { name }).querySelector('pre')?.textContent ?? '';

describe('OrderView: the form follows the endpoint and the product', () => {
  it('starts on !PlaceOrder with its required fields, grouped as the document groups them', () => {
    render(<OrderView />);
    expectSeen(screen.getByRole('heading', { level: 1, name: 'Build an order' }));
    expect(screen.getByLabelText<HTMLSelectElement>('Endpoint').value).toBe('PlaceOrder');
    for (const legend of ['Reseller details', 'User login details', 'Item 1']) {
      expectSeen(screen.getByRole('group', { name: legend }));
    }
    expect(control('Reseller brand name').getAttribute('aria-required')).toBe('true');
    expect(control('Login password').getAttribute('type')).toBe('password');
    // Allowed values are a select, with the table's labels.
    const reseller = control('Who charges the customer') as HTMLSelectElement;
    expect(reseller.tagName).toBe('SELECT');
    expect([...reseller.options].map((option) => option.value)).toEqual(['', 'Y', 'N']);
    expect(reseller.options[1]?.textContent).toMatch(/^You charge the end-customer.*\(Y\)$/);
    // The documented description is the help text.
    expectSeen(screen.getByText(/The Reseller brand name\./));
  });

  it('shows the S/MIME item fields for the item’s product, and OV fields only for OV', () => {
    render(<OrderView />);
    expect(queryControl('S/MIME email addresses (x_smimeEmailAddresses)')).toBeNull();
    choose('Item 1: Product pricing code (x_PPP)', '2411');
    expectSeen(screen.getByRole('group', { name: /^Item 1: S\/MIME Mailbox-Validated/ }));
    expectSeen(control('S/MIME email addresses (x_smimeEmailAddresses)'));
    expect(queryControl('Organization identifier (x_organizationIdentifier)')).toBeNull();
    choose('Item 1: Product pricing code (x_PPP)', '243');
    expectSeen(control('Organization identifier (x_organizationIdentifier)'));
  });

  it('adds a second item with its own product and fields', () => {
    render(<OrderView />);
    choose('Item 1: Product pricing code (x_PPP)', '2411');
    fireEvent.click(screen.getByRole('button', { name: 'Add an item' }));
    choose('Item 2: Product pricing code (x_PPP)', '2432');
    const item2 = screen.getByRole('group', { name: /^Item 2: S\/MIME Organization-Validated/ });
    const csr = within(item2).getByLabelText(/^CSR \(x_csr\)/);
    fireEvent.input(csr, { target: { value: CSR } });
    const params = screen.getByRole('figure', { name: 'Parameters' }).textContent;
    expect(params).toContain('1_PPP2411');
    expect(params).toContain('2_PPP2432');
    expect(params).toContain('2_csr');
  });

  it('AutoApplyOrder with an EV product requires joiCountryName; a DV product does not show it', () => {
    render(<OrderView />);
    choose('Endpoint', 'AutoApplyOrder');
    choose('Certificate', '556'); // PositiveSSL EV
    const jurisdiction = control('Jurisdiction country');
    expect(jurisdiction.getAttribute('aria-required')).toBe('true');
    expectSeen(screen.getByRole('group', { name: 'EV jurisdiction' }));
    expectSeen(screen.getByText('joiCountryName', { selector: '.order-facts code' }));
    choose('Certificate', '287'); // PositiveSSL DV
    expect(queryControl('Jurisdiction country')).toBeNull();
    expect(screen.queryByRole('group', { name: 'EV jurisdiction' })).toBeNull();
  });

  it('adds bundle products to the product list, and shows their fields', () => {
    render(<OrderView />);
    choose('Endpoint', 'AutoApplyOrder');
    choose('Certificate', '316');
    fireEvent.click(screen.getByRole('checkbox', { name: /\(36\)$/ }));
    // The add-on's own fieldset of check boxes, and the TrustLogo parameters' group.
    expect(screen.getAllByRole('group', { name: 'TrustLogo' })).toHaveLength(2);
    // Its optional parameters wait under "More options in TrustLogo" until opened.
    fireEvent.click(screen.getByRole('button', { name: /^More options in TrustLogo/ }));
    expectSeen(screen.getByText('idaEmailAddress', { selector: '.order-facts code' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /\(700\)$/ }));
    const domains = control('CodeGuard domains') as HTMLSelectElement;
    expect(domains.getAttribute('aria-required')).toBe('true');
    expect([...domains.options].map((option) => option.value)).toEqual([
      '',
      '1',
      '12',
      '25',
      '100',
    ]);
    expect(screen.getByRole('figure', { name: 'Parameters' }).textContent).toContain(
      'product316,36,700',
    );
  });

  it('keeps optional fields under "More options" until opened, and shows filled ones', () => {
    render(<OrderView />);
    const more = screen.getByRole('button', { name: /^More options in Company address details/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('textbox', { name: /^Organization name/ })).toBeNull();
    fireEvent.click(more);
    const organization = screen.getByRole('textbox', { name: /^Organization name/ });
    fireEvent.input(organization, { target: { value: 'ACME' } });
    fireEvent.click(screen.getByRole('button', { name: /^Fewer options in Company address/ }));
    // Filled: still in sight.
    expect(screen.getByRole('textbox', { name: /^Organization name/ })).toBe(organization);
    // successURL / errorURL point back at this app, and are shown because they have a value.
    const success = screen.getByRole('textbox', { name: /^Success redirect URL/ });
    expect((success as HTMLInputElement).value).toBe(window.location.href.replace(/[?#].*$/s, ''));
  });
});

describe('OrderView: limits, issues and outputs', () => {
  it('enforces maxLength as you type and flags a longer value with its Sectigo code', () => {
    render(<OrderView />);
    const ap = control('Reseller brand name') as HTMLInputElement;
    expect(ap.maxLength).toBe(64);
    fireEvent.input(ap, { target: { value: 'x'.repeat(65) } });
    expect(ap.getAttribute('aria-invalid')).toBe('true');
    const issue = screen.getByRole('button', { name: 'ap' }).closest('li');
    expect(issue?.textContent).toMatch(/64/);
    expect(issue?.textContent).toContain('Sectigo code -4');
    expectSeen(screen.getByText('(65 typed)'));
  });

  it('says how much of a paste did not fit', () => {
    render(<OrderView />);
    const ap = control('Reseller brand name') as HTMLInputElement;
    const paste = new Event('paste', { bubbles: true });
    Object.defineProperty(paste, 'clipboardData', {
      value: { getData: () => 'y'.repeat(1024 * 1024) },
    });
    fireEvent(ap, paste);
    expectSeen(
      screen.getByText(/The pasted text was 1,048,576 characters; only 64 fit, because ap takes/),
    );
  });

  it('lists the issues with the Sectigo code, and clicking one focuses its field', () => {
    render(<OrderView />);
    const list = screen.getByRole('region', { name: 'Check' });
    const apIssue = within(list).getByRole('button', { name: 'ap' }).closest('li');
    expect(apIssue?.textContent).toContain('ap is required and missing');
    expect(apIssue?.textContent).toContain('Sectigo code -3');
    expect(
      within(list).getByRole('button', { name: '1_PPP' }).closest('li')?.textContent,
    ).toContain('Sectigo code -39');
    fireEvent.click(within(list).getByRole('button', { name: 'loginName' }));
    expect(document.activeElement).toBe(control('Login name'));
    type('Reseller brand name', 'brand');
    expect(within(list).queryByRole('button', { name: 'ap' })).toBeNull();
  });

  it('updates every output as you type', () => {
    render(<OrderView />);
    type('Reseller brand name', 'myresellerbrand');
    choose('Who charges the customer', 'Y');
    choose('Item 1: Product pricing code (x_PPP)', '2411');
    expect(output('HTML form snippet')).toContain(
      '<input type="hidden" name="ap" value="myresellerbrand">',
    );
    expect(output('HTML form snippet')).toContain(
      `<form method="post" action="${ENDPOINTS.PlaceOrder.url}" accept-charset="UTF-8">`,
    );
    expect(output('curl command')).toContain("'ap=myresellerbrand'");
    expect(output('Request body (urlencoded)')).toMatch(
      /^ap=myresellerbrand&reseller=Y&errorURL=http[^&]+&successURL=http[^&]+&1_PPP=2411$/,
    );
    const url = new URL(output('Ordering URL (GET)'));
    expect(url.origin + url.pathname).toBe(
      new URL(ENDPOINTS.PlaceOrder.url).origin + new URL(ENDPOINTS.PlaceOrder.url).pathname,
    );
    expect(url.searchParams.get('1_PPP')).toBe('2411');
    type('Reseller brand name', 'other');
    expect(output('HTML form snippet')).toContain('name="ap" value="other"');
  });

  it('masks the password everywhere until revealed, and keeps it out of the URL without opt-in', () => {
    render(<OrderView />);
    type('Login password', 'hunter2');
    const everything = () => screen.getByRole('region', { name: 'Outputs' }).textContent;
    expect(everything()).not.toContain('hunter2');
    expect(output('HTML form snippet')).toContain(`name="loginPassword" value="${SECRET_MASK}"`);
    // By default the curl command reads the password from a file: nothing to mask.
    expect(output('curl command')).toContain(
      `--data-urlencode 'loginPassword@sectigo-password.txt'`,
    );
    choose('Password in the curl command', 'inline');
    expect(output('curl command')).toContain(`loginPassword=${SECRET_MASK}`);
    expect(screen.queryByRole('figure', { name: 'Ordering URL (GET)' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Ordering URL (GET)' }).textContent).toContain(
      'Ordering URL withheld',
    );

    fireEvent.click(screen.getByRole('checkbox', { name: /into the ordering URL$/ }));
    expect(output('Ordering URL (GET)')).toContain(`loginPassword=${SECRET_MASK}`);
    expect(everything()).not.toContain('hunter2');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Reveal secrets' }));
    expect(output('HTML form snippet')).toContain('name="loginPassword" value="hunter2"');
    expect(output('Ordering URL (GET)')).toContain('loginPassword=hunter2');
    expect(control('Login password').getAttribute('type')).toBe('text');
  });

  it('keeps typed values when switching endpoints and products', () => {
    render(<OrderView />);
    type('Login name', 'placer');
    choose('Item 1: Product pricing code (x_PPP)', '243');
    type('Organization identifier (x_organizationIdentifier)', 'VATDE-1234');
    choose('Item 1: Product pricing code (x_PPP)', '2411');
    expect(queryControl('Organization identifier (x_organizationIdentifier)')).toBeNull();
    expectSeen(screen.getByText(/One value you typed for fields this order does not take/));
    expect(output('Request body (urlencoded)')).not.toContain('VATDE');

    choose('Endpoint', 'AutoApplyOrder');
    expect((control('Account username') as HTMLInputElement).value).toBe('');
    type('Account username', 'applier');
    choose('Endpoint', 'AutoReplaceSMIME');
    choose('Endpoint', 'PlaceOrder');
    expect((control('Login name') as HTMLInputElement).value).toBe('placer');
    choose('Item 1: Product pricing code (x_PPP)', '243');
    expect(
      (control('Organization identifier (x_organizationIdentifier)') as HTMLInputElement).value,
    ).toBe('VATDE-1234');
    choose('Endpoint', 'AutoApplyOrder');
    expect((control('Account username') as HTMLInputElement).value).toBe('applier');
  });

  it('keeps the form in memory when the view is left and opened again', () => {
    const first = render(<OrderView />);
    type('Reseller brand name', 'kept');
    first.unmount();
    render(<OrderView />);
    expect((control('Reseller brand name') as HTMLInputElement).value).toBe('kept');
    expect(window.location.hash).not.toContain('kept');
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
  });

  it('escapes a hostile value in the HTML output and never renders it as HTML', () => {
    const { container } = render(<OrderView />);
    type('Reseller brand name', HOSTILE.slice(0, 64));
    type('Full name', HOSTILE);
    const html = output('HTML form snippet');
    expect(html).toContain(
      'name="name" value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&#39;; rm -rf ~ &amp;amp;"',
    );
    expect(output('curl command')).toContain(`'name=`);
    expect(container.querySelector('script, img')).toBeNull();
    expect((control('Full name') as HTMLInputElement).value).toBe(HOSTILE);
  });

  it('keeps a 1 MiB paste inert: flagged, clipped on screen, copied whole', async () => {
    render(<OrderView />);
    choose('Endpoint', 'AutoReplaceSMIME');
    const huge = `<script>${'A'.repeat(1024 * 1024)}`;
    fireEvent.input(screen.getByLabelText(/^CSR/), { target: { value: huge } });
    const list = screen.getByRole('region', { name: 'Check' });
    const csrIssues = within(list)
      .getAllByRole('button', { name: 'csr' })
      .map((button) => button.closest('li')?.textContent ?? '');
    expect(csrIssues.some((text) => /32,?767/.test(text))).toBe(true);
    expect(output('HTML form snippet').length).toBeLessThan(70 * 1024);
    expect(output('HTML form snippet')).toContain('more characters not shown');
    expect(document.querySelector('script')).toBeNull();
    await act(async () => {
      await new Promise((done) => setTimeout(done, 400));
    });
  });
});

describe('OrderView: the CSR', () => {
  // The checker's code is a lazy chunk: load it first, so the waits below wait for the check, not the module loader.
  beforeAll(async () => {
    await loadPki();
  });

  it('offers the CSR generated in this visit and lints it for the chosen product', async () => {
    updateSession({ csrPem: CSR });
    render(<OrderView />);
    choose('Endpoint', 'AutoApplyOrder');
    choose('Certificate', '289'); // PositiveSSL Wildcard DV
    fireEvent.click(screen.getByRole('button', { name: 'Use the CSR you just generated' }));
    expect(screen.getByLabelText<HTMLTextAreaElement>(/^CSR/).value).toBe(CSR);
    const check = await screen.findByText(/^CSR (checked|problems) for PositiveSSL Wildcard DV/);
    expect(check.closest('.order-csr-check')?.textContent).toMatch(/wildcard/i);
    expect(screen.queryByRole('button', { name: 'Use the CSR you just generated' })).toBeNull();
  });

  it('shows the checker’s findings with their Sectigo codes beside the field', async () => {
    render(<OrderView />);
    choose('Endpoint', 'AutoReplaceSMIME');
    fireEvent.input(screen.getByLabelText(/^CSR/), {
      target: { value: '-----BEGIN CERTIFICATE REQUEST-----\nnot base64!\n-----END' },
    });
    const problems = await screen.findByText(/^CSR problems/);
    const finding = problems.closest('.order-csr-check')?.querySelector('li.finding-error');
    expect(finding?.textContent).toMatch(/^error .*Sectigo code -\d+/);
  });
});

describe('OrderView: Submit now', () => {
  it('confirms what will be sent, then posts a real form to Sectigo in a new tab', () => {
    const posted: { action: string; method: string; target: string; fields: string[][] }[] = [];
    vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(function (
      this: HTMLFormElement,
    ) {
      posted.push({
        action: this.action,
        method: this.method,
        target: this.target,
        fields: [...this.querySelectorAll('input')].map((input) => [input.name, input.value]),
      });
    });
    render(<OrderView />);
    type('Reseller brand name', 'brand');
    type('Login password', 'p"w<d>&');
    choose('Item 1: Product pricing code (x_PPP)', '2411');
    fireEvent.click(screen.getByRole('button', { name: 'Submit now…' }));

    const confirm = screen.getByRole('region', { name: 'Send this request to Sectigo?' });
    expect(confirm.textContent).toContain(ENDPOINTS.PlaceOrder.url);
    expectSeen(within(confirm).getByRole('row', { name: /^ap brand$/ }));
    expect(confirm.textContent).toContain(SECRET_MASK);
    expect(confirm.textContent).not.toContain('p"w<d>&');
    expect(confirm.textContent).toMatch(/Sectigo will probably reject/);
    expect(document.activeElement?.textContent).toBe('Send this request to Sectigo?');
    expect(posted).toEqual([]);

    fireEvent.click(within(confirm).getByRole('button', { name: 'Send to Sectigo' }));
    expect(posted).toHaveLength(1);
    const [post] = posted;
    expect(post?.action).toBe(ENDPOINTS.PlaceOrder.url);
    expect(post?.method).toBe('post');
    expect(post?.target).toBe('_blank');
    expect(post?.fields).toContainEqual(['loginPassword', 'p"w<d>&']);
    expect(post?.fields).toContainEqual(['ap', 'brand']);
    expect(post?.fields).toContainEqual(['1_PPP', '2411']);
    expect(document.querySelector('form')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Send this request to Sectigo?' })).toBeNull();
    expectSeen(screen.getByText(/Sent: Sectigo’s answer opens in the new tab/));
  });

  it('cancels without sending', () => {
    const submit = vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(() => {});
    render(<OrderView />);
    fireEvent.click(screen.getByRole('button', { name: 'Submit now…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(submit).not.toHaveBeenCalled();
    // Asking to submit shows the missing fields beside them.
    expect(control('Reseller brand name').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('OrderView: the reseller’s password in copy-ready outputs', () => {
  it('warns at the HTML form and reads the password from a file in curl by default', () => {
    render(<OrderView />);
    choose('Endpoint', 'AutoReplaceSMIME');
    type('Login password', 'hunter2');
    const outputs = screen.getByRole('region', { name: 'Outputs' });
    expect(outputs.textContent).toContain('Never publish this form.');
    expect(output('curl command')).not.toContain('hunter2');
    expect(output('curl command')).toContain(`'loginPassword@sectigo-password.txt'`);
    // The set-up asks for the password without echo and writes the file the command reads.
    expect(output('Set up the password (POSIX shell)')).toMatch(
      /stty -echo; IFS= read -r .*> 'sectigo-password\.txt'/,
    );
    expectSeen(screen.getByText(/The request carries your account password/));

    choose('Password in the curl command', 'env');
    expect(output('curl command')).toContain('"loginPassword=${SECTIGO_PASSWORD:?');

    choose('Password in the curl command', 'inline');
    expect(outputs.textContent).toContain('lands in your shell history');
  });

  it('says nothing of a password when the request carries none (a collection code instead)', () => {
    render(<OrderView />);
    choose('Endpoint', 'RequestAndCollectSMIME');
    type('Collection code', 'ABCD1234');
    const outputs = screen.getByRole('region', { name: 'Outputs' }).textContent;
    expect(outputs).not.toContain('Never publish this form.');
    expect(outputs).not.toContain('Set up the password');
    type('Login password', 'hunter2');
    expect(screen.getByRole('region', { name: 'Outputs' }).textContent).toContain(
      'Never publish this form.',
    );
  });
});

describe('OrderView: defaults and help text', () => {
  it('preselects serverSoftware -1 and isCustomerValidated N, as the guide recommends', () => {
    render(<OrderView />);
    choose('Endpoint', 'AutoApplyOrder');
    expect((control('Server software') as HTMLSelectElement).value).toBe('-1');
    expect((control('Customer validates documents') as HTMLSelectElement).value).toBe('N');
    expect(output('Request body (urlencoded)')).toContain('isCustomerValidated=N');
    expect(output('Request body (urlencoded)')).toContain('serverSoftware=-1');
  });

  it('keeps maintainer notes out of the help and options', () => {
    render(<OrderView />);
    choose('Endpoint', 'AutoApplyOrder');
    choose('Certificate', '488');
    const view = screen.getByRole('region', { name: 'Build an order' }).textContent;
    for (const note of ['(guide', 'truncated', 'web list', 'characters (1 typed)', '(365)']) {
      expect(view).not.toContain(note);
    }
    const days = control('Validity (days)') as HTMLSelectElement;
    expect([...days.options].map((option) => option.textContent)).toContain('1 year (365 days)');
    const software = control('Server software') as HTMLSelectElement;
    expect([...software.options].map((option) => option.textContent)).toContain('Apache (2)');
  });
});

describe('OrderView: the order form customers fill in', () => {
  it('fixes what the reseller typed, leaves the rest to the customer, and says what is missing', () => {
    render(<OrderView />);
    const panel = screen.getByRole('region', { name: 'The order form your customers fill in' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Make the order form…' }));
    type('Reseller brand name', 'mybrand');
    choose('Item 1: Product pricing code (x_PPP)', '2411');
    const status = () => panel.querySelector('#order-customer-form-status')?.textContent;
    expect(status()).toMatch(/would reject/);
    expect(panel.textContent).toContain('reseller is required and missing');
    choose('Who charges the customer', 'Y');
    expect(status()).toMatch(/^The form is complete/);
    const html = output('Order page (HTML)');
    expect(html).toContain('<input type="hidden" name="ap" value="mybrand">');
    expect(html).toMatch(/<input type="password" id="field-\d+" name="loginPassword" required/);
    // A password the reseller typed for testing is never fixed into the page by default.
    type('Login password', 'hunter2');
    expect(output('Order page (HTML)')).not.toContain('hunter2');
    // Fixing it anyway is reported as an error.
    fireEvent.change(within(panel).getByLabelText('In the form: Login password'), {
      target: { value: 'fixed' },
    });
    expect(panel.textContent).toMatch(/loginPassword is a password written into the page/);
  });
});

describe('OrderView: the ordering page’s config.json', () => {
  it('follows the settings typed, checked by the page’s own schema', () => {
    render(<OrderView />);
    const panel = screen.getByRole('region', { name: 'Your ordering page: config.json' });
    expect(panel.querySelector('#order-config-status')?.textContent).toMatch(/"ap" is required/);
    type('Reseller brand name', 'mybrand');
    choose('Who charges the customer', 'N');
    choose('Item 1: Product pricing code (x_PPP)', '2412');
    type('S/MIME request template ID', '42');
    fireEvent.input(within(panel).getByLabelText('Page heading (brandName)'), {
      target: { value: 'My Brand Mail' },
    });
    expect(JSON.parse(output('config.json'))).toEqual({
      ap: 'mybrand',
      reseller: 'N',
      brandName: 'My Brand Mail',
      products: [2412],
      SMIMERequestTemplateID: 42,
    });
    expect(panel.querySelector('#order-config-status')?.textContent).toMatch(/will read this file/);
    expectSeen(within(panel).getByRole('button', { name: 'Download config.json' }));
  });
});

describe('OrderView: remember these settings on this device', () => {
  afterEach(() => {
    localStorage.clear();
  });
  const everythingStored = () =>
    Array.from({ length: localStorage.length }, (_, index) => {
      const name = localStorage.key(index) ?? '';
      return `${name}=${localStorage.getItem(name) ?? ''}`;
    }).join('\n');

  it('is off by default: nothing typed reaches the device', () => {
    render(<OrderView />);
    expect(
      screen.getByRole('checkbox', { name: 'Remember these settings on this device' }),
    ).toHaveProperty('checked', false);
    type('Reseller brand name', 'mybrand');
    type('Login password', 'hunter2');
    expect(localStorage.length).toBe(0);
  });

  it('keeps the reseller’s settings, never the password, the CSR or the customer, and forgets on request', () => {
    const { unmount } = render(<OrderView />);
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Remember these settings on this device' }),
    );
    type('Reseller brand name', 'mybrand');
    choose('Who charges the customer', 'Y');
    type('Login name', 'fred_login');
    type('Login password', 'hunter2');
    type('Email address', 'fred@example.com');
    choose('Item 1: Product pricing code (x_PPP)', '2411');
    fireEvent.input(screen.getByLabelText(/^CSR/), { target: { value: CSR } });
    choose('Endpoint', 'AutoApplyOrder');
    type('Account password', 'applier-pw');

    const stored = everythingStored();
    expect(stored).toContain('mybrand');
    for (const secret of [
      'hunter2',
      'applier-pw',
      'fred_login',
      'fred@example.com',
      'MIHQ',
      'CERTIFICATE',
    ]) {
      expect(stored).not.toContain(secret);
    }

    // A later visit: the settings come back, the password does not.
    unmount();
    forgetOrderForm();
    render(<OrderView />);
    expect(control('Reseller brand name').value).toBe('mybrand');
    expect(control('Who charges the customer').value).toBe('Y');
    expect(control('Login password').value).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Forget the remembered settings' }));
    expect(localStorage.length).toBe(0);
    expect(
      screen.getByRole('checkbox', { name: 'Remember these settings on this device' }),
    ).toHaveProperty('checked', false);
    type('Reseller brand name', 'other');
    expect(localStorage.length).toBe(0);
  });
});

describe('OrderView: "Use it in an order"', () => {
  it('an S/MIME CSR handed over from Inspect opens !PlaceOrder with item 1’s CSR filled', () => {
    offerCsrToOrder(SMIME_CSR);
    render(<OrderView />);
    expect(screen.getByLabelText<HTMLSelectElement>('Endpoint').value).toBe('PlaceOrder');
    expect(screen.getByLabelText<HTMLTextAreaElement>(/^CSR \(x_csr\)/).value).toBe(SMIME_CSR);
  });

  it('an SSL CSR from Generate opens !AutoApplyOrder with its CSR filled, once', () => {
    updateSession({ csrPem: SSL_CSR });
    const route = { view: 'order', params: new URLSearchParams('from=generate') };
    render(<OrderView route={route} />);
    expect(screen.getByLabelText<HTMLSelectElement>('Endpoint').value).toBe('AutoApplyOrder');
    expect(screen.getByLabelText<HTMLTextAreaElement>(/^CSR/).value).toBe(SSL_CSR);
  });
});
