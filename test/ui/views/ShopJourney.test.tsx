/**
 * The ordering page's whole journey in happy-dom: no step a customer sees
 * shows a parameter name (only the collapsed technical details may), the
 * order goes out as a form post, an error result that comes back over the
 * result channel offers "Try again" with everything typed but the password,
 * and the same key. The real browser path is in test/e2e/journey.e2e.ts.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseResellerConfig } from '../../../src/core/config/resellerConfig';
import { ENDPOINTS } from '../../../src/core/spec/endpoints';
import { parseHash } from '../../../src/ui/route';
import { getSession } from '../../../src/ui/session';
import { announceResult } from '../../../src/ui/views/shop/resultChannel';
import { ShopView } from '../../../src/ui/views/shop/ShopView';
import { captureDownloads } from '../captureDownloads';

const parsed = parseResellerConfig(
  '{"ap":"mybrand","brandName":"My Brand","products":[2411,243],' +
    '"prices":{"2411":"€19 per year"},"support":{"email":"help@example.com"}}',
);
if (!parsed.ok) throw new Error(parsed.problems.join());
const config = parsed.config;

/** Every !PlaceOrder parameter name (and its 1_ form), as a customer must never read them. */
const PARAM_NAMES = ENDPOINTS.PlaceOrder.params.map((param) => param.name);
const PARAM_PATTERN = new RegExp(
  `(?:^|[^A-Za-z])(?:1_)?(?:${PARAM_NAMES.filter((name) => name.length > 4).join('|')})(?![A-Za-z])`,
);

/** The text a customer reads: everything but the collapsed technical details. */
function visibleText(container: Element): string {
  const copy = container.cloneNode(true) as Element;
  for (const details of copy.querySelectorAll('details.technical')) details.remove();
  return copy.textContent;
}

afterEach(() => {
  vi.restoreAllMocks();
});

const type = (name: RegExp | string, value: string) => {
  fireEvent.input(screen.getByLabelText(name), { target: { value } });
};

describe('the ordering journey', () => {
  it('speaks plain words on every step, posts the order, and recovers from an error with everything kept', async () => {
    const posted: FormData[] = [];
    vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(function (
      this: HTMLFormElement,
    ) {
      posted.push(new FormData(this));
    });
    const { container } = render(<ShopView route={parseHash('#/shop')} config={config} />);
    const seen: string[] = [];
    const look = () => {
      const text = visibleText(container);
      seen.push(text);
      expect(text).not.toMatch(PARAM_PATTERN);
    };

    look();
    expect(container.textContent).toContain('Price: €19 per year');
    fireEvent.click(screen.getByRole('radio', { name: /^Email certificate, 1 year/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    // The details step is a chunk of its own (LaterSteps.tsx).
    await screen.findByRole('textbox', { name: /Your email address/ }, { timeout: 20_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    look(); // every "Enter your …" message
    expect(container.textContent).toContain('Enter your email address.');
    type(/^First name/, 'Fred');
    type('Last name', 'Bloggs');
    type(/Your email address/, 'fred@example.com');
    type(/Account name/, 'fredbloggs');
    type(/^Account password/, 's3cret-Passw0rd');
    type(/^Password again/, 's3cret-Passw0rd');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    look();
    fireEvent.click(screen.getByRole('button', { name: 'Make my key' }));
    await screen.findByRole(
      'button',
      { name: 'Download my private key (.key)' },
      { timeout: 20_000 },
    );
    // Ticking is no saved key: the box opens only once the file was downloaded.
    const savedBox = screen.getByRole<HTMLInputElement>('checkbox', {
      name: 'I have saved my private key',
    });
    expect(savedBox.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(container.textContent).toContain('Download your private key');
    const downloads = captureDownloads();
    fireEvent.click(screen.getByRole('button', { name: 'Download my private key (.key)' }));
    expect(await downloads.get('fred@example.com.key')?.text()).toBe(getSession().privateKeyPem);
    expect(savedBox.disabled).toBe(false);
    expect(savedBox.checked).toBe(true);
    const key = getSession().privateKeyPem;
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    look();
    const summary = screen.getByRole('heading', { name: 'Review your order' }).parentElement;
    expect(summary?.textContent).toContain('fred@example.com');
    expect(summary?.textContent).toContain('Fred Bloggs');
    expect(summary?.textContent).toContain('My Brand approves the order');
    expect(visibleText(container)).not.toContain('s3cret-Passw0rd');

    fireEvent.click(screen.getByRole('button', { name: 'Place order' }));
    expect(posted).toHaveLength(1);
    expect(posted[0]?.get('loginPassword')).toBe('s3cret-Passw0rd');
    expect(posted[0]?.get('1_PPP')).toBe('2411');
    await screen.findByRole('heading', { name: 'Your order is with Sectigo' });
    look();

    // The result tab passes Sectigo's error redirect back to this tab.
    let acknowledged = false;
    const stop = announceResult('errorCode=-16&errorMessage=Incorrect+login+details', () => {
      acknowledged = true;
    });
    await screen.findByRole('heading', { name: 'Your order was not placed' }, { timeout: 5000 });
    await waitFor(() => {
      expect(acknowledged).toBe(true);
    });
    stop();
    look();
    expect(container.textContent).toContain('Sectigo could not sign you in');
    expect(container.textContent).toContain('Text from the link, not checked');
    expect(container.textContent).toContain('help@example.com');

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByLabelText<HTMLInputElement>(/Your email address/).value).toBe(
      'fred@example.com',
    );
    expect(screen.getByLabelText<HTMLInputElement>(/^First name/).value).toBe('Fred');
    expect(screen.getByLabelText<HTMLInputElement>(/^Account password/).value).toBe('');
    expect(container.textContent).toContain('Enter it again');
    look();
    type(/^Account password/, 'right-Passw0rd');
    type(/^Password again/, 'right-Passw0rd');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(container.textContent).toContain('You are using the same key as before');
    expect(getSession().privateKeyPem).toBe(key);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    fireEvent.click(screen.getByRole('button', { name: 'Place order' }));
    expect(posted[1]?.get('1_csr')).toBe(posted[0]?.get('1_csr'));
    expect(posted[1]?.get('loginPassword')).toBe('right-Passw0rd');

    const stopAgain = announceResult('orderNumber=8151164', () => undefined);
    await screen.findByRole('heading', { name: /your order was placed/ }, { timeout: 5000 });
    stopAgain();
    look();
    expect(container.textContent).toContain('8151164');
    expect(container.textContent).toContain('Sectigo sends an email to fred@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Collect my certificate' }));
    expect(screen.getByLabelText<HTMLInputElement>(/^Order number/).value).toBe('8151164');
    expect(screen.getByLabelText<HTMLInputElement>(/^Account name/).value).toBe('fredbloggs');
    look();
    expect(seen.length).toBeGreaterThan(8);
  }, 60_000);
});
