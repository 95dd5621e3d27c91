/**
 * The result page: the outcome of a !PlaceOrder shown first, from the query
 * string or from the query inside `#/result`, then taken out of the address.
 * Hostile values render as text.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/ui/App';
import { clearSession, getSession } from '../../../src/ui/session';
import { findResultQuery, forgetResult } from '../../../src/ui/views/result/captureResult';
import { ResultView } from '../../../src/ui/views/result/ResultView';

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
  it('shows the order number and the next step first, then removes the query', () => {
    open('/?orderNumber=8151164');
    render(<ResultView />);
    expect(outcome().textContent).toContain('The order was placed');
    expect(outcome().textContent).toContain('Order number 8151164');
    expect(outcome().textContent).toContain(
      'What to do next: The order was placed: keep the order number',
    );
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/result');
    expect(screen.getByText(/^The result was removed from the address bar/)).toBeTruthy();
    expect(screen.getByRole('table', { name: /^Fields/ }).textContent).toContain(
      'A newly assigned order number',
    );
  });

  it('explains an error found after ? inside the fragment, with what to do', () => {
    open('/#/result?errorCode=-3&errorItem=loginName');
    render(<ResultView />);
    expect(outcome().textContent).toContain('The order was not placed');
    expect(outcome().textContent).toContain("Error -3: The 'loginName' argument is missing!");
    expect(outcome().textContent).toContain(
      "What to do next: Add the parameter 'loginName' to the request",
    );
    expect(window.location.hash).toBe('#/result');
  });

  it('keeps the result in memory for this visit once it left the address', () => {
    open('/?errorCode=-16&errorMessage=Incorrect%20login%20details');
    const first = render(<ResultView />);
    first.unmount();
    render(<ResultView />);
    expect(outcome().textContent).toContain('Error -16');
  });

  it.each([
    ['<img src=x onerror=alert(1)>'],
    ['<script>alert(1)</script>'],
    ['javascript:alert(1)'],
  ])('renders %s as text', (payload) => {
    const value = encodeURIComponent(payload);
    open(`/?errorCode=-3&errorItem=${value}&errorMessage=${value}&orderNumber=${value}`);
    const { container } = render(<ResultView />);
    expect(container.querySelector('img, script, iframe')).toBeNull();
    for (const link of container.querySelectorAll('a'))
      expect(link.getAttribute('href')).toBe('#/decode');
    expect(container.textContent).toContain(payload);
  });

  it('says so when the address carries no result', () => {
    open('/#/result');
    render(<ResultView />);
    expect(screen.getByText(/The address carries no result now/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Decode response' }).getAttribute('href')).toBe(
      '#/decode',
    );
  });

  it('hands the result to the Decode view', () => {
    open('/?orderNumber=8151164');
    render(<ResultView />);
    fireEvent.click(screen.getByRole('button', { name: 'Open in the Decode view' }));
    expect(getSession().decodeText).toBe('orderNumber=8151164');
    expect(window.location.hash).toBe('#/decode');
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
    expect(await screen.findByRole('heading', { level: 1, name: 'Order result' })).toBeTruthy();
    expect(outcome().textContent).toContain('8151164');
    await waitFor(() => {
      expect(window.location.search).toBe('');
    });
  });
});
