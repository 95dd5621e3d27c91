import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { VIEWS } from '../../src/ui/views';
import { formatHash, parseHash } from '../../src/ui/route';
import { expectSeen } from './expectSeen';

describe('App', () => {
  it('opens the default view and lists every view in the navigation', async () => {
    render(<App />);
    expectSeen(await screen.findByRole('heading', { level: 1, name: 'Generate a key and CSR' }));
    const nav = screen.getByRole('navigation', { name: 'Views' });
    for (const view of VIEWS.filter((v) => !v.requiresConfig && v.inNav !== false)) {
      expect(nav.textContent).toContain(view.label);
    }
    // The customer ordering flow appears only with a reseller config.json.
    expect(nav.textContent).not.toContain('Order a certificate');
    expect(
      screen.getByRole('link', { name: 'Generate key & CSR' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(nav.textContent).not.toContain('Order result');
  });
});

describe('hash routes', () => {
  it.each([
    ['#/reference?q=-16', 'reference', { q: '-16' }],
    ['#reference', 'reference', {}],
    ['', '', {}],
    ['#/reference/?q=a%26b&endpoint=PlaceOrder', 'reference', { q: 'a&b', endpoint: 'PlaceOrder' }],
  ])('%j is view %j with %j', (hash, view, params) => {
    const route = parseHash(hash);
    expect(route.view).toBe(view);
    expect(Object.fromEntries(route.params)).toEqual(params);
  });

  it('formats and parses back, leaving out empty values', () => {
    const hash = formatHash('reference', { q: 'a b&c', endpoint: '' });
    expect(hash).toBe('#/reference?q=a+b%26c');
    expect(parseHash(hash).params.get('q')).toBe('a b&c');
  });
});
