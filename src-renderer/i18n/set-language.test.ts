import { describe, expect, it } from 'vitest';
import { i18n, loadLocale, setLanguage } from './index';

describe('setLanguage', () => {
  it('starts with English only, and fetches another catalogue when that language is chosen', async () => {
    expect(i18n.global.availableLocales).toEqual(['en']);
    expect(i18n.global.t('nav.phone')).toBe('Phone');
    await setLanguage('de');
    expect(i18n.global.locale.value).toBe('de');
    expect(i18n.global.availableLocales).toContain('de');
    expect(i18n.global.availableLocales).not.toContain('fr');
    expect(i18n.global.t('app.skipToMain')).toBe('Zum Hauptinhalt springen');
    await setLanguage('en');
    expect(i18n.global.locale.value).toBe('en');
  });

  it('switches only once the texts are in, and the last choice wins', async () => {
    await setLanguage('en');
    const french = setLanguage('fr');
    // Still loading: the page stays in the language it shows.
    expect(i18n.global.locale.value).toBe('en');
    const german = setLanguage('de');
    await Promise.all([french, german]);
    expect(i18n.global.locale.value).toBe('de');
    await setLanguage('en');
  });

  it('fetches each catalogue once', async () => {
    expect(loadLocale('fr')).toBe(loadLocale('fr'));
    await loadLocale('fr');
    expect(i18n.global.t('nav.missed', { count: 0 }, { plural: 0, locale: 'fr' })).toBe(
      '0 appel manqué',
    );
  });
});
