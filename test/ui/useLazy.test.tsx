/**
 * useLazy renders what a lazyOnce loader brings once it has arrived, and a
 * load that failed (a dropped connection fetching a chunk) is tried again by
 * the next render that wants it, not never.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { flakyLoader } from './flakyLoader';
import { useLazy } from '../../src/ui/useLazy';

const flaky = (failures: number) => flakyLoader(failures, 'rules');

function Probe({ load }: { readonly load: ReturnType<typeof flaky>['load'] }) {
  const [typed, setTyped] = useState(0);
  const value = useLazy(load, true);
  return (
    <button
      type="button"
      onClick={() => {
        setTyped(typed + 1);
      }}
    >
      {value ?? 'waiting'} {typed}
    </button>
  );
}

describe('useLazy', () => {
  it('renders the value once it arrives', async () => {
    const { load, calls } = flaky(0);
    render(<Probe load={load} />);
    await screen.findByRole('button', { name: 'rules 0' });
    expect(calls()).toBe(1);
  });

  it('tries a failed load again on the next render', async () => {
    const { load, calls } = flaky(1);
    render(<Probe load={load} />);
    await expect(load()).rejects.toThrow(); // the first attempt, as the effect made it
    expect(screen.getByRole('button').textContent).toBe('waiting 0');
    // Something else changes (the customer types): the render tries again.
    fireEvent.click(screen.getByRole('button'));
    await screen.findByRole('button', { name: 'rules 1' });
    expect(calls()).toBe(2);
  });
});
