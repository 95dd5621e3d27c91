/**
 * The result page: the outcome of a !PlaceOrder shown first, from the query
 * string or from the query inside `#/result`, then taken out of the address.
 * Hostile values render as text.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseResellerConfig } from '../../../src/core/config';
import { App } from '../../../src/ui/App';
import { LanguageProvider } from '../../../src/ui/i18n/LanguageProvider';
import { clearSession, getSession } from '../../../src/ui/session';
import { findResultQuery, forgetResult } from '../../../src/ui/views/result/captureResult';
import { ResultView } from '../../../src/ui/views/result/ResultView';
import { awaitResult } from '../../../src/ui/views/shop/resultChannel';
import { expectSeen } from '../expectSeen';

const open = (address: string) => {
  window.history.replaceState(null, '', address);
};
const outcome = () =>
  screen.getByRole('heading', { level: 2, name: /^The order|^This result/ })
    .parentElement as HTMLElement;

afterEach(() => {
  forgetResult();
  open('/');
  clearSession();
  vi.unstubAllGlobals();
});

describe('ResultView', () => {
  it('shows the order number and the next step first, then removes the query', async () => {
    open('/?orderNumber=8151164');
    render(<ResultView />);
    expect(outcome().textContent).toContain('The order was placed');
    expect(outcome().textContent).toContain('Order number 8151164');
    expect(outcome().textContent).toContain('Keep this number');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/result');
    expectSeen(screen.getByText(/^The result was removed from the address bar/));
    // The technical details (the decoder's, a chunk of their own) follow the outcome.
    const fields = await screen.findByRole('table', { name: /^Fields/ });
    expect(fields.textContent).toContain('A newly assigned order number');
    expect(fields.closest('details')?.querySelector('summary')?.textContent).toBe(
      'Technical details (for support)',
    );
  });

  it('explains an error found after ? inside the fragment, with what to do', () => {
    open('/#/result?errorCode=-3&errorItem=loginName');
    render(<ResultView />);
    expect(outcome().textContent).toContain('The order was not placed');
    expect(outcome().textContent).toContain(
      'Some information Sectigo needs was missing from the order.',
    );
    expect(outcome().textContent).toContain('The field concerned: Account name.');
    expect(outcome().textContent).not.toContain('loginName');
    expect(window.location.hash).toBe('#/result');
  });

  it('keeps the result in memory for this visit once it left the address', () => {
    open('/?errorCode=-16&errorMessage=Incorrect%20login%20details');
    const first = render(<ResultView />);
    first.unmount();
    render(<ResultView />);
    expect(outcome().textContent).toContain('Sectigo could not sign you in');
  });

  it.each([
    ['<img src=x onerror=alert(1)>'],
    ['<script>alert(1)</script>'],
    ['javascript:alert(1)'],
  ])('renders %s as text', async (payload) => {
    const value = encodeURIComponent(payload);
    open(`/?errorCode=-3&errorItem=${value}&errorMessage=${value}&orderNumber=${value}`);
    const { container } = render(<ResultView />);
    // With the technical details, which show every value of the link.
    await screen.findByRole('table', { name: /^Fields/ });
    expect(container.querySelector('img, script, iframe')).toBeNull();
    for (const link of container.querySelectorAll('a'))
      expect(link.getAttribute('href')).toBe('#/decode');
    expect(container.textContent).toContain(payload);
  });

  it('says so when the address carries no result', () => {
    open('/#/result');
    render(<ResultView />);
    expectSeen(screen.getByText(/The address carries no result now/));
    expect(screen.getByRole('link', { name: 'Decode response' }).getAttribute('href')).toBe(
      '#/decode',
    );
  });

  it.each([
    [
      'the ordering tab’s language, when this page offers it',
      ['en', 'de'],
      'de',
      'Die Bestellung wurde nicht aufgegeben',
    ],
    [
      'English, when the ordering tab’s language is not offered here',
      ['en'],
      'de',
      'The order was not placed',
    ],
    [
      'English, when the answer names no language code',
      ['en', 'de'],
      '<b>de</b>',
      'The order was not placed',
    ],
  ] as const)(
    'speaks %s once the ordering tab took the result',
    async (_, offered, language, heading) => {
      let received = '';
      const stop = awaitResult((query) => {
        received = query;
      }, language);
      open('/?errorCode=-16');
      render(
        <LanguageProvider settings={{ offered, fallback: 'en', followBrowser: false }}>
          <ResultView />
        </LanguageProvider>,
      );
      await waitFor(() => {
        expect(received).toBe('errorCode=-16');
      });
      await screen.findByRole('heading', { level: 2, name: heading }, { timeout: 5000 });
      // Let a language switch that should not happen have its chance to.
      await new Promise((done) => setTimeout(done, 200));
      expectSeen(screen.getByRole('heading', { level: 2, name: heading }));
      stop();
    },
  );

  it.each([
    ['an error', '/?errorCode=-16', true],
    ['a placed order', '/?orderNumber=8151164', false],
  ])(
    'on a reseller’s page opened on its own, after %s: a way back to ordering',
    (_, address, withSupport) => {
      const parsed = parseResellerConfig(
        '{"ap":"mybrand","products":[2411],"support":{"email":"help@example.com"}}',
      );
      if (!parsed.ok) throw new Error(parsed.problems.join());
      open(address);
      render(<ResultView config={parsed.config} />);
      const link = screen.getByRole('link', { name: 'Go to the ordering page' });
      expectSeen(link);
      expect(link.getAttribute('href')).toBe('#/shop');
      expect(screen.queryByRole('region', { name: 'Need help?' }) !== null).toBe(withSupport);
      if (withSupport)
        expect(screen.getByRole('region', { name: 'Need help?' }).textContent).toContain(
          'help@example.com',
        );
    },
  );

  it('offers no ordering page on the general tool, which has none', () => {
    open('/?errorCode=-16');
    render(<ResultView />);
    expect(screen.queryByRole('link', { name: 'Go to the ordering page' })).toBeNull();
  });

  it('hands the result to the Decode view', () => {
    open('/?orderNumber=8151164');
    render(<ResultView />);
    fireEvent.click(screen.getByRole('button', { name: 'Open in the Decode view' }));
    expect(getSession().decodeText).toBe('orderNumber=8151164');
    expect(window.location.hash).toBe('#/decode');
  });
});

describe('links the page cannot trust', () => {
  const crafted = 'Call 0800 666 to unlock your account';
  it.each([
    [
      'an undocumented code with its own message',
      `?errorCode=-999&errorMessage=${encodeURIComponent(crafted)}`,
      ['error code this page does not know. The order was most likely not placed.'],
    ],
    [
      'a documented code with a made-up message',
      `?errorCode=-16&errorMessage=${encodeURIComponent(crafted)}`,
      ['Sectigo could not sign you in'],
    ],
  ])(
    '%s: the documented meaning first, the text labelled as from the link',
    (_, query, meaning) => {
      open(`/${query}`);
      render(<ResultView />);
      const text = outcome().textContent;
      for (const line of meaning) expect(text).toContain(line);
      const label = screen.getByText('Text from the link, not checked');
      expect(label.nextElementSibling?.textContent).toBe(crafted);
      expect(text.indexOf(meaning[0] ?? '')).toBeLessThan(text.indexOf(crafted));
      expect(text).not.toMatch(/Sectigo’s message|Sectigo says/);
    },
  );

  it('never puts the errorCode itself into its own sentence, however it reads', () => {
    const scam = '-16 Your account is suspended, call +1 900 555 0100';
    open(`/?errorCode=${encodeURIComponent(scam)}`);
    render(<ResultView />);
    const message = outcome().querySelector('.result-message');
    expect(message?.textContent).toBe(
      'The link gives an error code this page does not know. The order was most likely not placed.',
    );
    expect(message?.textContent).not.toContain('suspended');
  });

  it('shows at most the 255 characters the document allows of errorMessage', () => {
    const long = 'A'.repeat(254) + 'BCDEF';
    open(`/?errorCode=-3&errorMessage=${long}`);
    render(<ResultView />);
    const shown = screen.getByText('Text from the link, not checked').nextElementSibling
      ?.textContent;
    expect(shown).toBe(`${'A'.repeat(254)}B…`);
  });

  it('shows an errorItem it does not know as unknown, not as a field name', () => {
    open(`/?errorCode=-3&errorItem=${encodeURIComponent('your card number')}`);
    render(<ResultView />);
    expect(outcome().textContent).toContain('The link names a field this page does not know.');
    expect(outcome().textContent).not.toContain('your card number');
  });

  it.each([
    ['text', 'Visit evil.example to pay'],
    ['digits and letters', '8151164x'],
    ['a negative number', '-5'],
  ])('does not show an order number made of %s as one', (_, number) => {
    open(`/?orderNumber=${encodeURIComponent(number)}`);
    render(<ResultView />);
    expect(outcome().textContent).toContain('an order number in an unexpected form');
    expect(outcome().textContent).not.toContain(number);
  });
});

describe('a result that arrives by a hash change after load', () => {
  it('is read and removed from the address, replacing the one shown', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 404 })));
    open('/#/result?orderNumber=8151164');
    render(<App />);
    await waitFor(() => {
      expect(outcome().textContent).toContain('8151164');
    });
    await waitFor(() => {
      expect(window.location.hash).toBe('#/result');
    });
    window.location.hash = '#/result?errorCode=-16';
    await waitFor(() => {
      expect(outcome().textContent).toContain('Sectigo could not sign you in');
    });
    await waitFor(() => {
      expect(window.location.hash).toBe('#/result');
    });
  });
});

describe('findResultQuery', () => {
  it.each([
    [{ search: '?orderNumber=1', hash: '' }, 'orderNumber=1'],
    [{ search: '?ERRORCODE=-3', hash: '#/reference' }, 'ERRORCODE=-3'],
    [{ search: '?lang=de', hash: '' }, null],
    [{ search: '', hash: '#/result?errorCode=-3' }, 'errorCode=-3'],
    [{ search: '', hash: '#result?x=1' }, 'x=1'],
    [{ search: '', hash: '#/reference?q=-3' }, null],
    [{ search: '', hash: '#/result?' }, null],
  ])('%j → %j', (location, expected) => {
    expect(findResultQuery(location)).toBe(expected);
  });
});

describe('App with a Sectigo result in its query string', () => {
  it('opens the result page first, whatever the default view', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 404 })));
    open('/?orderNumber=8151164');
    render(<App />);
    expectSeen(await screen.findByRole('heading', { level: 1, name: 'Order result' }));
    expect(outcome().textContent).toContain('8151164');
    await waitFor(() => {
      expect(window.location.search).toBe('');
    });
  });
});

describe('technical details whose code does not arrive', () => {
  afterEach(() => {
    vi.doUnmock('../../../src/ui/views/result/loadResultDetails');
    vi.resetModules();
  });

  it('show the outcome at once, say that the details failed, and try again when opened again', async () => {
    vi.resetModules();
    let attempts = () => 0;
    // The network drops the details' chunk once (lazyOnce forgets a failed load).
    vi.doMock('../../../src/ui/views/result/loadResultDetails', async () => {
      const { flakyLoader } = await import('../flakyLoader');
      const { ResultDetails } = await import('../../../src/ui/views/result/ResultDetails');
      const flaky = flakyLoader(1, ResultDetails);
      attempts = flaky.calls;
      return { loadResultDetails: flaky.load };
    });
    const { ResultView: View } = await import('../../../src/ui/views/result/ResultView');
    open('/?orderNumber=8151164');
    const { container } = render(<View />);
    expect(outcome().textContent).toContain('Order number 8151164');
    const failed = await screen.findByText(
      'The technical details could not be loaded. Close them and open them again to try again.',
    );
    expect(failed.getAttribute('role')).toBe('status');
    expect(attempts()).toBe(1);
    // Still there: the way to the Decode view, which needs no details.
    expect(screen.getByRole('button', { name: 'Open in the Decode view' })).toBeTruthy();
    const details = container.querySelector('details.technical') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const fields = await screen.findByRole('table', { name: /^Fields/ });
    expect(fields.textContent).toContain('A newly assigned order number');
    expect(attempts()).toBe(2);
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
  });
});
