import { describe, expect, it } from 'vitest';
import { applyOverrides, textKeys, unknownKeys } from '../../../src/ui/i18n/overrides';

const catalogue = {
  title: 'Order',
  steps: { product: 'Certificate', count: (n: number) => `${String(n)} steps` },
  codes: { '-16': 'Wrong password' },
};

describe('message overrides', () => {
  it('lists the text leaves as dotted keys, not the functions', () => {
    expect(textKeys(catalogue)).toEqual(['title', 'steps.product', 'codes.-16']);
  });

  it('rewords the named messages and leaves the original untouched', () => {
    const changed = applyOverrides(catalogue, {
      'steps.product': 'Produkt',
      'codes.-16': 'Falsch',
    });
    expect(changed.steps.product).toBe('Produkt');
    expect(changed.codes['-16']).toBe('Falsch');
    expect(changed.steps.count(2)).toBe('2 steps');
    expect(catalogue.steps.product).toBe('Certificate');
  });

  const unknown: [string, Record<string, string>, string[]][] = [
    ['a key that does not exist', { 'steps.nope': 'x' }, ['steps.nope']],
    ['a message that takes values', { 'steps.count': 'x' }, ['steps.count']],
    ['a whole group', { steps: 'x' }, ['steps']],
    ['a prototype key', { '__proto__.polluted': 'x' }, ['__proto__.polluted']],
  ];
  it.each(unknown)('names %s as unknown and ignores it', (_name, overrides, expected) => {
    expect(unknownKeys(catalogue, overrides)).toEqual(expected);
    const changed = applyOverrides(catalogue, overrides);
    expect(textKeys(changed)).toEqual(textKeys(catalogue));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
