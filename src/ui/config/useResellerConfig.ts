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
/** The mounted hooks, told when the wording check below turns a settled file invalid. */
const listeners = new Set<(state: ConfigState) => void>();

async function load(file: Promise<ConfigFile>): Promise<ConfigState> {
  const read = await file;
  if ('state' in read) return read.state;
  const { parseResellerConfig } = await import('../../core/config');
  const parsed = parseResellerConfig(read.text);
  if (!parsed.ok) return { status: 'invalid', problems: parsed.problems };
  return { status: 'ok', config: parsed.config };
}

/**
 * The reseller's wording names messages by key, and checking the keys takes
 * every English message, which the page otherwise loads a page at a time (its
 * later steps' words come with their code). So the check runs beside the first
 * view instead of before it: a visitor never waits for it, and a reseller
 * trying a key that does not exist sees the page give way to the problem. An
 * unknown key does nothing meanwhile (applyOverrides ignores it), and if the
 * words cannot be fetched the check is skipped for this visit.
 */
async function checkWording(messages: NonNullable<ResellerConfig['messages']>): Promise<void> {
  let english: Messages;
  try {
    ({ en: english } = await import('../i18n/en'));
  } catch {
    return;
  }
  const problems = messageKeyProblems(english, messages);
  if (problems.length === 0) return;
  const state: ConfigState = { status: 'invalid', problems };
  settled = state;
  cached = Promise.resolve(state);
  for (const listener of listeners) listener(state);
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

/** Starts reading config.json (once); startApp.tsx calls it before the first render. */
export function loadResellerConfig(): Promise<ConfigState> {
  cached ??= load(configFile()).then((state) => {
    settled = state;
    if (state.status === 'ok' && state.config.messages) void checkWording(state.config.messages);
    return state;
  });
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
    listeners.add(setState);
    return () => {
      live = false;
      listeners.delete(setState);
    };
  }, []);
  return state;
}
