/**
 * The reseller's config.json, checked: read once (configFile), then parsed by
 * the core schema. An invalid file is shown on the page, naming the file and
 * the bad key, never a blank screen.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ResellerConfig } from '../../core/config';
import type { Messages } from '../i18n/messages';
import { unknownKeys } from '../i18n/overrides';
import { configFile, forgetConfigFile, type ConfigFile, type ConfigState } from './configFile';

export type { ConfigState } from './configFile';

let cached: Promise<ConfigState> | null = null;
/** The outcome once known, so that later renders start from it without a loading pass. */
let settled: ConfigState | null = null;

async function load(file: Promise<ConfigFile>): Promise<ConfigState> {
  const read = await file;
  if ('state' in read) return read.state;
  // Checking the reseller's wording takes every English message, which the
  // page does not otherwise load at once: fetched beside the schema when the
  // file looks as if it rewords any (the parsed file has the last word).
  const wordsAhead = /"messages"\s*:/.test(read.text) ? import('../i18n/en') : null;
  wordsAhead?.catch(() => undefined); // awaited below if needed; not an unhandled rejection otherwise
  const { parseResellerConfig } = await import('../../core/config');
  const parsed = parseResellerConfig(read.text);
  if (!parsed.ok) return { status: 'invalid', problems: parsed.problems };
  if (!parsed.config.messages) return { status: 'ok', config: parsed.config };
  const { en } = await (wordsAhead ?? import('../i18n/en'));
  const problems = messageKeyProblems(en, parsed.config.messages);
  return problems.length === 0
    ? { status: 'ok', config: parsed.config }
    : { status: 'invalid', problems };
}

/**
 * The reseller's wording (`messages`) names messages by their key in the
 * catalogue; the core schema checked its shape, this checks that each key is a
 * plain-text message every language has (all catalogues share English's keys).
 */
export function messageKeyProblems(
  english: Messages,
  messages: NonNullable<ResellerConfig['messages']>,
): string[] {
  return Object.entries(messages).flatMap(([language, overrides]) =>
    unknownKeys(english, overrides).map(
      (key) =>
        `config.json: "messages.${language}" names "${key}", which is not a text message of this page.`,
    ),
  );
}

/** Starts reading config.json (once); main.tsx calls it before the first render. */
export function loadResellerConfig(): Promise<ConfigState> {
  cached ??= load(configFile()).then((state) => (settled = state));
  return cached;
}

/** For tests: forget the loaded configuration. */
export function resetResellerConfig(): void {
  forgetConfigFile();
  cached = null;
  settled = null;
}

export function useResellerConfig(): ConfigState {
  const [state, setState] = useState<ConfigState>(() => settled ?? { status: 'loading' });
  useEffect(() => {
    let live = true;
    void loadResellerConfig().then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
