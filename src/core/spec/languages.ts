import type { ValueList } from './types';

/** `languageName` on !PlaceOrder, !AutoApplyOrder and !AutoReplaceSMIME (the three lists agree). */
export const LANGUAGES = {
  values: [
    { value: 'en', label: 'English' },
    { value: 'zh', label: 'Chinese-Mandarin' },
    { value: 'da', label: 'Danish' },
    { value: 'nl', label: 'Dutch' },
    { value: 'fr', label: 'French' },
    { value: 'de', label: 'German' },
    { value: 'it', label: 'Italian' },
    { value: 'ja', label: 'Japanese' },
    { value: 'ko', label: 'Korean' },
    { value: 'pt', label: 'Portuguese' },
    { value: 'ru', label: 'Russian' },
    { value: 'es', label: 'Spanish' },
    { value: 'sv', label: 'Swedish' },
    { value: 'tr', label: 'Turkish' },
  ],
  source: { doc: 'placeorder-smime.txt', section: 'languageName' },
} as const satisfies ValueList;
