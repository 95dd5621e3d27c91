/** The page's language, from the reseller's config.json once it is read (English until then). */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { useResellerConfig } from '../config/useResellerConfig';
import { languageSettings } from './languageSettings';
import { LanguageProvider } from './LanguageProvider';

export function LanguageRoot({ children }: { readonly children: ComponentChildren }) {
  const state = useResellerConfig();
  const config = state.status === 'ok' ? state.config : undefined;
  const settings = useMemo(() => languageSettings(config), [config]);
  return <LanguageProvider settings={settings}>{children}</LanguageProvider>;
}
