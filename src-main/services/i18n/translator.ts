import {
  compile,
  createCoreContext,
  fallbackWithLocaleChain,
  registerLocaleFallbacker,
  registerMessageCompiler,
  registerMessageResolver,
  resolveValue,
  translate,
} from '@intlify/core-base';
import { pluralRules, type Locale } from '../../../src-preload/i18n/locales';
import {
  mainTextsEn,
  type MainTextKey,
  type MainTexts,
} from '../../../src-preload/i18n/main-texts';
import { mainTextsDe } from '../../../src-preload/i18n/main-texts-de';
import { mainTextsFr } from '../../../src-preload/i18n/main-texts-fr';

/** The languages main has texts in (the settings' `ui.language`). */
export type MainLocale = Locale;

const CATALOGUE: Record<MainLocale, MainTexts> = {
  en: mainTextsEn,
  de: mainTextsDe,
  fr: mainTextsFr,
};

const isMainLocale = (locale: string): locale is MainLocale => Object.hasOwn(CATALOGUE, locale);

// What vue-i18n registers for the renderer: its compiler (no eval: it builds an AST), dotted
// path look-up and the fallback chain.
registerMessageCompiler(compile);
registerMessageResolver(resolveValue);
registerLocaleFallbacker(fallbackWithLocaleChain);

/** A text of main's in the user's language; `count` picks the plural form and fills `{count}`. */
export type MainTranslate = (
  key: MainTextKey,
  named?: Record<string, string | number>,
  count?: number,
) => string;

/**
 * Main's translator, reading the language on every call so a change in Settings shows in the
 * next tray menu or dialog without a restart. An unknown language falls back to English.
 */
export function createMainTranslator(locale: () => string): MainTranslate {
  const context = createCoreContext({
    locale: 'en',
    fallbackLocale: 'en',
    messages: CATALOGUE,
    pluralRules,
    missingWarn: false,
    fallbackWarn: false,
  });
  return (key, named = {}, count) => {
    const wanted = locale();
    context.locale = isMainLocale(wanted) ? wanted : 'en';
    const values = count === undefined ? named : { count, ...named };
    const text =
      count === undefined
        ? translate(context, key, values)
        : translate(context, key, values, count);
    return String(text);
  };
}

/** English texts, for code paths (and tests) that have no settings at hand. */
export const englishTexts: MainTranslate = createMainTranslator(() => 'en');
