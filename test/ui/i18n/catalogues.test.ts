/**
 * Every language has every message, of the same kind as English's: text where
 * English has text, a function of the same arity where English takes values.
 * (The type check says the same for the files as written; this checks what
 * the lazy chunks really export.)
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/i18n/en';
import { LANGUAGE_CODES, type LanguageCode } from '../../../src/ui/i18n/languages';
import { CATALOGUED, loadCatalogue } from '../../../src/ui/i18n/loadCatalogue';

type Shape = Readonly<Record<string, string>>;

/** Each key of a catalogue with its kind: "text", or "fn/<arity>". */
function shape(tree: unknown, prefix = '', out: Record<string, string> = {}): Shape {
  for (const [name, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') out[path] = 'text';
    else if (typeof value === 'function') out[path] = `fn/${String(value.length)}`;
    else shape(value, path, out);
  }
  return out;
}

/** Sample arguments for a message that takes values (whatever their types, each is recognisable in the text). */
const SAMPLES: readonly unknown[] = [7, 'Fred', 3];

const OTHERS = LANGUAGE_CODES.filter((code): code is Exclude<LanguageCode, 'en'> => code !== 'en');

describe('message catalogues', () => {
  it('has one for each of the fourteen languages Sectigo emails in', () => {
    expect([...CATALOGUED].sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  it.each(OTHERS)('%s has exactly the English keys, each of the same kind', async (code) => {
    const messages = await loadCatalogue(code);
    expect(shape(messages)).toEqual(shape(en));
  });

  it.each(OTHERS)('%s is translated: no long English sentence left as it is', async (code) => {
    const messages = await loadCatalogue(code);
    const english = shape(en);
    const theirs = messages as unknown as Record<string, unknown>;
    const left: string[] = [];
    const walk = (a: unknown, b: unknown, path: string) => {
      if (typeof a === 'string' && typeof b === 'string') {
        // Short strings may be the same in both (a brand, "OK", "Outlook").
        if (a === b && a.split(' ').length > 3) left.push(path);
      } else if (typeof a === 'object' && a && typeof b === 'object' && b)
        for (const key of Object.keys(a))
          walk((a as never)[key], (b as never)[key], `${path}.${key}`);
    };
    walk(en, theirs, code);
    expect(left).toEqual([]);
    expect(Object.keys(english).length).toBeGreaterThan(100);
  });

  it.each(OTHERS)('%s messages that take values show every value English shows', async (code) => {
    const messages = await loadCatalogue(code);
    const lost: string[] = [];
    const walk = (english: unknown, theirs: unknown, path: string) => {
      if (typeof theirs !== 'object' || theirs === null) return; // a missing key: the test above names it
      for (const [name, value] of Object.entries(english as Record<string, unknown>)) {
        const other = (theirs as Record<string, unknown>)[name];
        if (typeof value === 'function' && typeof other === 'function') {
          const args = SAMPLES.slice(0, value.length);
          const shown = String((value as (...a: unknown[]) => unknown)(...args));
          const said = String((other as (...a: unknown[]) => unknown)(...args));
          for (const token of args.map(String))
            if (shown.includes(token) && !said.includes(token))
              lost.push(`${path}.${name} (${token})`);
        } else if (typeof value === 'object' && value) walk(value, other, `${path}.${name}`);
      }
    };
    walk(en, messages, code);
    expect(lost).toEqual([]);
  });
});
