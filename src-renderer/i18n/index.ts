import { createI18n } from 'vue-i18n';
import { pluralRules, type Locale } from '../../src-preload/i18n/locales';
import { de } from './de';
import { en, type Messages } from './en';
import { fr } from './fr';

export { LOCALES, type Locale } from '../../src-preload/i18n/locales';

const datetime = {
  short: { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  /** Names a call uniquely in an accessible name ("Delete call with 1002 at Dec 2, 09:03:07"). */
  seconds: {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  },
} as const;

/** vue-i18n in composition mode; messages compile just in time, which needs no eval (strict CSP). */
export const i18n = createI18n<[Messages], Locale>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en, de, fr },
  datetimeFormats: { en: datetime, de: datetime, fr: datetime },
  pluralRules,
});
