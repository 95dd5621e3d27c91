import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { ISO_3166_ALPHA2 } from '../../../src/core/spec';
import { CountrySelect } from '../../../src/ui/components/CountrySelect';
import { Field, fieldAria } from '../../../src/ui/components/Field';

function Country({ withCodes = false }: { withCodes?: boolean }) {
  const [value, setValue] = useState('');
  return (
    <>
      <Field id="c" label="Country">
        <CountrySelect
          aria={fieldAria('c', {})}
          value={value}
          onChange={setValue}
          emptyLabel="Choose…"
          withCodes={withCodes}
        />
      </Field>
      <output>{value}</output>
    </>
  );
}

describe('CountrySelect', () => {
  it('offers every ISO 3166 country by name after the empty choice, and reports the chosen code', () => {
    render(<Country />);
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Country' });
    const options = [...select.options];
    expect(options[0]?.textContent).toBe('Choose…');
    expect(
      options
        .slice(1)
        .map((option) => option.value)
        .sort(),
    ).toEqual([...ISO_3166_ALPHA2].sort());
    expect(screen.getByRole<HTMLOptionElement>('option', { name: 'Germany' }).value).toBe('DE');
    fireEvent.change(select, { target: { value: 'DE' } });
    expect(select.value).toBe('DE');
    expect(screen.getByRole('status').textContent).toBe('DE');
  });

  it('names the code after each country where the code matters', () => {
    render(<Country withCodes />);
    expect(screen.getByRole<HTMLOptionElement>('option', { name: 'Germany (DE)' }).value).toBe(
      'DE',
    );
  });
});
