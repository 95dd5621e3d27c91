/** The language menu: each language named in itself, so a visitor finds their own. */
import { endonym } from './languages';
import { useLanguage } from './LanguageProvider';
import { useMessages } from './useMessages';

export function LanguageSwitcher() {
  const { code, offered, choose } = useLanguage();
  const words = useMessages();
  if (offered.length < 2) return null;
  return (
    <label class="language-switcher">
      <span class="visually-hidden">{words.common.language}</span>
      <select
        value={code}
        onChange={(event) => {
          const next = offered.find((entry) => entry === event.currentTarget.value);
          if (next) choose(next);
        }}
      >
        {offered.map((entry) => (
          <option key={entry} value={entry} lang={entry === 'zh' ? 'zh-Hans' : entry}>
            {endonym(entry)}
          </option>
        ))}
      </select>
    </label>
  );
}
