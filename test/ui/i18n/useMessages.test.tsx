/**
 * A page's English words travel with its code (useMessages({ shop })), the
 * shared ones with the first load; the reseller's rewording (config.json
 * `messages`) reaches both kinds, in English and in a language loaded later.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { parseResellerConfig } from '../../../src/core/config/resellerConfig';
import { en } from '../../../src/ui/i18n/en';
import { LanguageProvider, type LanguageSettings } from '../../../src/ui/i18n/LanguageProvider';
import type { LanguageCode } from '../../../src/ui/i18n/languages';
import { useMessages, type CoreSections } from '../../../src/ui/i18n/useMessages';
import { parseHash } from '../../../src/ui/route';
import { ShopView } from '../../../src/ui/views/shop/ShopView';
import { expectSeen } from '../expectSeen';

const parsed = parseResellerConfig('{"ap":"mybrand","products":[2411,243]}');
if (!parsed.ok) throw new Error(parsed.problems.join());
const config = parsed.config;

const settings = (
  language: LanguageCode,
  overrides?: LanguageSettings['overrides'],
): LanguageSettings => ({
  offered: [language],
  fallback: language,
  followBrowser: false,
  overrides,
});

function renderShop(language: LanguageCode, overrides?: LanguageSettings['overrides']) {
  return render(
    <LanguageProvider settings={settings(language, overrides)}>
      <ShopView route={parseHash('#/shop')} config={config} />
    </LanguageProvider>,
  );
}

describe('useMessages', () => {
  it('gives a component that brings no sections the shared ones', () => {
    let seen: CoreSections | undefined;
    function Probe() {
      seen = useMessages();
      return null;
    }
    render(
      <LanguageProvider settings={settings('en')}>
        <Probe />
      </LanguageProvider>,
    );
    expect(Object.keys(seen ?? {}).sort()).toEqual(['app', 'common']);
    expect(seen?.common).toBe(en.common);
  });

  it.each([
    {
      name: 'English: a shared word and a word the ordering page brings',
      language: 'en',
      overrides: {
        en: { 'common.continue': 'Next', 'shop.start.collectLink': 'Fetch my certificate' },
      },
      shown: ['Next', 'Fetch my certificate'],
      gone: ['Continue', en.shop.start.collectLink],
    },
    {
      name: 'German: the loaded catalogue’s words, reworded',
      language: 'de',
      overrides: {
        de: { 'common.continue': 'Los', 'shop.start.collectLink': 'Mein Zertifikat holen' },
        en: { 'common.continue': 'Next' },
      },
      shown: ['Los', 'Mein Zertifikat holen'],
      gone: ['Weiter', 'Bestelltes Zertifikat abholen', 'Next'],
    },
  ] as const)(
    'applies the reseller’s wording: $name',
    async ({ language, overrides, shown, gone }) => {
      renderShop(language, overrides);
      await waitFor(() => {
        expect(document.documentElement.lang).toBe(language);
      });
      await waitFor(() => {
        expectSeen(screen.getByRole('button', { name: shown[0] }));
      });
      expectSeen(screen.getByText(shown[1]));
      const text = document.body.textContent;
      for (const word of gone) expect(text).not.toContain(word);
    },
  );
});
