import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ReferenceView } from '../../../src/ui/views/reference/ReferenceView';
import { parseHash } from '../../../src/ui/route';
import { expectSeen } from '../expectSeen';

const renderAt = (hash: string) => render(<ReferenceView route={parseHash(hash)} />);
const search = () => screen.getByRole('searchbox', { name: 'Search the reference' });

describe('ReferenceView', () => {
  it('starts with an empty state that counts the catalogue and offers examples', () => {
    renderAt('#/reference');
    expectSeen(screen.getByText(/The reference holds \d+ parameters, \d+ products and \d+ error/));
    fireEvent.click(screen.getByRole('button', { name: '2411' }));
    expect((search() as HTMLInputElement).value).toBe('2411');
    expectSeen(screen.getByRole('article', { name: /^Product 2411/ }));
  });

  it('finds -16 on all four endpoints and keeps the query in the fragment', () => {
    renderAt('#/reference');
    fireEvent.input(search(), { target: { value: '-16' } });
    expect(screen.getAllByRole('article', { name: /^Error -16 on / })).toHaveLength(4);
    expect(screen.getByRole('status').textContent).toBe('4 results');
    expect(window.location.hash).toBe('#/reference?q=-16');
  });

  it('narrows by endpoint with the select', () => {
    renderAt('#/reference?q=-16');
    fireEvent.change(screen.getByRole('combobox', { name: 'Endpoint' }), {
      target: { value: 'RequestAndCollectSMIME' },
    });
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(1);
    expectSeen(within(cards[0] as HTMLElement).getByText(/Incorrect login details/));
  });

  it('shows a parameter with its limits, allowed values and source', () => {
    renderAt('#/reference?q=queryType');
    const card = screen.getByRole('article', {
      name: 'Parameter queryType of RequestAndCollectSMIME',
    });
    expectSeen(within(card).getByText('integer'));
    const table = within(card).getByRole('table', { name: 'Allowed values' });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expectSeen(within(card).getByText('requestandcollectsmime.txt'));
  });

  it('says so when nothing matches', () => {
    renderAt('#/reference?q=quantum-entanglement');
    expect(screen.getByRole('status').textContent).toBe('Nothing in the documents matches that.');
  });

  it('renders hostile query text as text', () => {
    renderAt('#/reference');
    fireEvent.input(search(), { target: { value: '<img src=x onerror=alert(1)>' } });
    expect(document.querySelector('img')).toBeNull();
    expect((search() as HTMLInputElement).value).toBe('<img src=x onerror=alert(1)>');
  });
});
