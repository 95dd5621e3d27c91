import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NameValueTable } from '../../../src/ui/components/NameValueTable';
import { expectSeen } from '../expectSeen';

const cellTexts = (elements: readonly Element[]) => elements.map((element) => element.textContent);

describe('NameValueTable', () => {
  it('is a table named by its caption, each name a row header beside its value', () => {
    render(
      <NameValueTable
        caption="Key and signature"
        rows={[
          { name: 'Public key', value: 'RSA, 2048 bits' },
          false,
          null,
          { name: <code>ap</code>, value: 'brand', valueClass: 'order-value' },
        ]}
      />,
    );
    const table = expectSeen(screen.getByRole('table', { name: 'Key and signature' }));
    expect(table.className).toBe('data');
    expect(cellTexts(within(table).getAllByRole('rowheader'))).toEqual(['Public key', 'ap']);
    expect(cellTexts(within(table).getAllByRole('cell'))).toEqual(['RSA, 2048 bits', 'brand']);
    expect(within(table).getByRole('row', { name: 'ap brand' }).lastElementChild?.className).toBe(
      'order-value',
    );
    expect(within(table).queryAllByRole('columnheader')).toEqual([]);
  });

  it('adds column headings, a hidden caption and classes when asked', () => {
    render(
      <NameValueTable
        class="review"
        caption="Fields to send"
        captionClass="visually-hidden"
        columns={['Name', 'Value']}
        rows={[{ name: 'ap', value: 'brand' }]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Fields to send' });
    expect(table.className).toBe('data review');
    expect(table.querySelector('caption')?.className).toBe('visually-hidden');
    expect(cellTexts(within(table).getAllByRole('columnheader'))).toEqual(['Name', 'Value']);
    expect(within(table).getAllByRole('row')).toHaveLength(2);
  });

  it('says what stands in for no rows, across both columns', () => {
    render(
      <NameValueTable
        caption="Subject"
        columns={['Field', 'Value']}
        empty="The subject is empty."
        rows={[]}
      />,
    );
    const cell = expectSeen(screen.getByRole('cell', { name: 'The subject is empty.' }));
    expect(cell.getAttribute('colspan')).toBe('2');
  });

  it('is a definition list when asked: each name a term, its value the definition', () => {
    render(
      <NameValueTable
        as="list"
        rows={[
          { name: 'Subject', value: 'CN=shop.example.com' },
          undefined,
          { name: 'SHA-1 fingerprint', value: 'AB:CD', valueClass: 'mono' },
        ]}
      />,
    );
    expect(cellTexts(screen.getAllByRole('term'))).toEqual(['Subject', 'SHA-1 fingerprint']);
    const values = screen.getAllByRole('definition');
    expect(cellTexts(values)).toEqual(['CN=shop.example.com', 'AB:CD']);
    expect(values[1]?.className).toBe('mono');
    // Without a row class, terms and definitions are the list's own children.
    expect(values[0]?.parentElement?.tagName).toBe('DL');
  });

  it('wraps each pair in a row of its own for a layout by row', () => {
    const { container } = render(
      <NameValueTable
        as="list"
        class="review-summary"
        rowClass="review-row"
        rows={[
          { name: 'Mailbox', value: 'jane@example.com' },
          { name: 'Name', value: 'Jane Doe' },
        ]}
      />,
    );
    const list = container.querySelector('dl.review-summary');
    expect([...(list?.children ?? [])].map((row) => [row.className, row.textContent])).toEqual([
      ['review-row', 'Mailboxjane@example.com'],
      ['review-row', 'NameJane Doe'],
    ]);
  });
});
