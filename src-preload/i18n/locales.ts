/** The languages the app speaks (the settings' `ui.language`); English is the reference. */
export const LOCALES = ['en', 'de', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

const isLocale = (code: string): code is Locale => (LOCALES as readonly string[]).includes(code);

/**
 * The language a fresh install starts in: the first of the user's languages, best first
 * (`navigator.languages`, Electron's `app.getPreferredSystemLanguages()`), that the app speaks,
 * matched on the language alone ("fr-CA" → fr, "de-AT" → de); English when none is.
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const code = tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
    if (isLocale(code)) return code;
  }
  return 'en';
}

/** How vue-i18n picks a form of `a | b` or `none | one | many` (its PluralizationRule). */
type PluralRule = (choice: number, choicesLength: number) => number;

/**
 * Plural rules where a language differs from vue-i18n's default, which is English's (a
 * two-form message puts 0 in the plural: "0 missed calls"). In French 0 and 1 take the
 * singular ("0 appel manqué", CLDR's rule `one: i = 0,1`); a three-form message keeps its own
 * form for none.
 */
export const pluralRules: Partial<Record<Locale, PluralRule>> = {
  fr: (choice, choicesLength) => {
    const count = Math.abs(choice);
    if (choicesLength === 2) return count < 2 ? 0 : 1;
    return count === 0 ? 0 : count < 2 ? 1 : 2;
  },
};
