import { createI18n } from 'vue-i18n';
import { pluralRules, type Locale } from '../../src-preload/i18n/locales';
import { en, type Messages } from './en';

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

/**
 * vue-i18n in composition mode; messages compile just in time, which needs no eval (strict CSP).
 * Only English, the fallback, is in the first screen's bundle: the others come with `setLanguage`.
 */
export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  // The others are registered by loadLocale() when chosen; the type lists all for `t()` checks.
  messages: { en } as Record<Locale, Messages>,
  datetimeFormats: { en: datetime, de: datetime, fr: datetime },
  pluralRules,
});

/** Each catalogue but English, in its own chunk: a page fetches only the language it shows. */
const catalogues: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  de: () => import('./de').then((module) => module.de),
  fr: () => import('./fr').then((module) => module.fr),
};

const loading = new Map<Locale, Promise<void>>();

/** Fetches and registers `locale`'s catalogue (once; English is always there). */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en') return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = catalogues[locale]().then(
      (messages) => i18n.global.setLocaleMessage(locale, messages),
      (error: unknown) => {
        loading.delete(locale); // a later choice of the language tries again
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

let wanted: Locale = 'en';

/**
 * Shows the page in `locale` once its catalogue is in, so no text flashes as a key or in
 * English while it loads. When the user picks again before a load ends, the last pick wins.
 * A catalogue that cannot be fetched leaves the page in the language it was in, and rejects.
 */
export async function setLanguage(locale: Locale): Promise<void> {
  wanted = locale;
  await loadLocale(locale);
  if (wanted === locale) i18n.global.locale.value = locale;
}
