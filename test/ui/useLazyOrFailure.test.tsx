/**
 * useLazyOrFailure renders what a lazyOnce loader brings, says when the load
 * failed, and loads again only when asked (retry), not on every render: the
 * ordering page's later steps and the result page's technical details.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { flakyLoader } from './flakyLoader';
import { useLazyOrFailure } from '../../src/ui/useLazyOrFailure';

const flaky = (failures: number) => flakyLoader(failures, () => <p>the details</p>);

function Probe({
  load,
  wanted = true,
}: {
  readonly load: ReturnType<typeof flaky>['load'];
  readonly wanted?: boolean;
}) {
  const [typed, setTyped] = useState(0);
  const { value: Details, failed, retry } = useLazyOrFailure(load, wanted);
  return (
    <div>
      {Details ? <Details /> : <p>{failed ? 'failed' : 'loading'}</p>}
      <button
        type="button"
        onClick={() => {
          setTyped(typed + 1);
        }}
      >
        typed {typed}
      </button>
      <button type="button" onClick={retry}>
        again
      </button>
    </div>
  );
}

describe('useLazyOrFailure', () => {
  it('renders a component once its code arrives (kept as a value, not called)', async () => {
    const { load, calls } = flaky(0);
    render(<Probe load={load} />);
    expect(screen.getByText('loading')).toBeTruthy();
    await screen.findByText('the details');
    expect(calls()).toBe(1);
  });

  it('loads nothing while it is not wanted', async () => {
    const { load, calls } = flaky(0);
    render(<Probe load={load} wanted={false} />);
    await new Promise((done) => setTimeout(done, 20));
    expect(calls()).toBe(0);
    expect(screen.getByText('loading')).toBeTruthy();
  });

  it('says that a load failed, does not ask again on every render, and does after retry', async () => {
    const { load, calls } = flaky(1);
    render(<Probe load={load} />);
    await screen.findByText('failed');
    fireEvent.click(screen.getByRole('button', { name: 'typed 0' }));
    await screen.findByRole('button', { name: 'typed 1' });
    await new Promise((done) => setTimeout(done, 20));
    expect(calls()).toBe(1);
    expect(screen.getByText('failed')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'again' }));
    await screen.findByText('the details');
    expect(calls()).toBe(2);
  });

  it('shows what has already arrived at once, without a loading pass', async () => {
    const { load } = flaky(0);
    await load();
    render(<Probe load={load} />);
    expect(screen.getByText('the details')).toBeTruthy();
  });
});
