/**
 * The reseller's config.json, checked: read once (configFile), then parsed by
 * the core schema. An invalid file is shown on the page, naming the file and
 * the bad key, never a blank screen.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ResellerConfig } from '../../core/config';
import { en } from '../i18n/en';
import { unknownKeys } from '../i18n/overrides';
import { configFile, forgetConfigFile, type ConfigFile, type ConfigState } from './configFile';

export type { ConfigState } from './configFile';

let cached: Promise<ConfigState> | null = null;
/** The outcome once known, so that later renders start from it without a loading pass. */
let settled: ConfigState | null = null;

async function load(file: Promise<ConfigFile>): Promise<ConfigState> {
  const read = await file;
  if ('state' in read) return read.state;
  const { parseResellerConfig } = await import('../../core/config');
  const parsed = parseResellerConfig(read.text);
  if (!parsed.ok) return { status: 'invalid', problems: parsed.problems };
  const problems = messageKeyProblems(parsed.config.messages);
  return problems.length === 0
    ? { status: 'ok', config: parsed.config }
    : { status: 'invalid', problems };
}

/**
 * The reseller's wording (`messages`) names messages by their key in the
 * catalogue; the core schema checked its shape, this checks that each key is a
 * plain-text message every language has (all catalogues share English's keys).
 */
export function messageKeyProblems(messages: ResellerConfig['messages']): string[] {
  return Object.entries(messages ?? {}).flatMap(([language, overrides]) =>
    unknownKeys(en, overrides).map(
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
