import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NextSteps } from '../../../src/ui/components/NextSteps';
import { expectSeen } from '../expectSeen';

describe('NextSteps', () => {
  it('shows the heading, then the steps that apply, numbered in order', () => {
    render(
      <NextSteps
        heading="What happens next"
        steps={[
          'We email the mailbox.',
          'Sectigo checks the organization.',
          false,
          null,
          undefined,
          'The certificate is issued.',
        ]}
      />,
    );
    expectSeen(screen.getByRole('heading', { level: 3, name: 'What happens next' }));
    const list = expectSeen(screen.getByRole('list'));
    expect(list.tagName).toBe('OL');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'We email the mailbox.',
      'Sectigo checks the organization.',
      'The certificate is issued.',
    ]);
  });
});
