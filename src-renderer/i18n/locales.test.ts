import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, loadLocale, LOCALES, type Locale } from './index';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, item]) =>
    typeof item === 'object' && item !== null
      ? keys(item, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** Each text by its dotted key. */
function texts(value: object, prefix = ''): [string, string][] {
  return Object.entries(value).flatMap(([key, item]) =>
    typeof item === 'object' && item !== null
      ? texts(item as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(item)] as [string, string]],
  );
}

/** What a text asks to be filled in, in order of first use: `{name}` placeholders. */
const placeholders = (text: string) => [...new Set(text.match(/\{[^}]*\}/g) ?? [])].sort();
/** How many plural forms a text has (`a | b | c`). */
const forms = (text: string) => text.split(' | ').length;

const CATALOGUES = { de, fr } as const;

describe('locales', () => {
  beforeAll(() => Promise.all([loadLocale('de'), loadLocale('fr')]));

  it('speaks every language it lists, each named by its own name', () => {
    expect([...LOCALES].sort()).toEqual(['de', 'en', 'fr']);
    expect(Object.keys(en.languages).sort()).toEqual([...LOCALES].sort());
    expect(fr.languages.fr).toBe('Français');
    expect(de.languages).toEqual(en.languages);
  });

  describe.each(Object.entries(CATALOGUES))('%s', (_code, catalogue) => {
    it('has exactly the English keys, none empty', () => {
      expect(keys(catalogue).sort()).toEqual(keys(en).sort());
      expect(texts(catalogue).filter(([, text]) => !text.trim())).toEqual([]);
    });

    it('keeps every placeholder and the number of plural forms of English', () => {
      const english = new Map(texts(en));
      const differing = texts(catalogue).filter(([key, text]) => {
        const reference = english.get(key) ?? '';
        return (
          placeholders(text).join() !== placeholders(reference).join() ||
          forms(text) !== forms(reference)
        );
      });
      expect(differing).toEqual([]);
    });
  });

  it('counts in the plural forms of each language (never "1 missed calls")', () => {
    const { t } = i18n.global;
    const inLocale =
      (locale: Locale) =>
      (key: string, count: number, named = {}) =>
        t(key, { count, ...named }, { plural: count, locale });
    const en = inLocale('en');
    const de = inLocale('de');
    const fr = inLocale('fr');
    expect(en('nav.missed', 1)).toBe('1 missed call');
    expect(en('nav.missed', 2)).toBe('2 missed calls');
    expect(en('nav.missed', 0)).toBe('0 missed calls');
    expect(en('contacts.imported', 1, { added: 1, file: 'a.vcf' })).toBe(
      'Imported 1 contact from a.vcf.',
    );
    expect(de('nav.missed', 1)).toBe('1 verpasster Anruf');
    expect(de('voicemail.oldOnly', 1)).toBe('1 alte Nachricht');
    // French puts 0 in the singular too.
    expect(fr('nav.missed', 0)).toBe('0 appel manqué');
    expect(fr('nav.missed', 1)).toBe('1 appel manqué');
    expect(fr('nav.missed', 2)).toBe('2 appels manqués');
    expect(fr('voicemail.oldOnly', 3)).toBe('3 anciens messages');
    expect(fr('contacts.imported', 0, { added: 0, file: 'a.vcf' })).toBe(
      'Aucun contact importé depuis a.vcf.',
    );
    expect(fr('contacts.imported', 1, { added: 1, file: 'a.vcf' })).toBe(
      '1 contact importé depuis a.vcf.',
    );
    expect(fr('contacts.imported', 4, { added: 4, file: 'a.vcf' })).toBe(
      '4 contacts importés depuis a.vcf.',
    );
  });

  it('formats dates in each language', () => {
    const { d } = i18n.global;
    const when = new Date(2026, 11, 2, 9, 3, 7);
    expect(d(when, 'seconds', 'fr')).toMatch(/2 déc\.?.*09:03:07/);
    expect(d(when, 'seconds', 'de')).toMatch(/2\. Dez\.?.*09:03:07/);
  });
});
