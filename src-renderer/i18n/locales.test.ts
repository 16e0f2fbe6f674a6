import { describe, expect, it } from 'vitest';
import { i18n } from './index';
import { de } from './de';
import { en } from './en';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, item]) =>
    typeof item === 'object' && item !== null
      ? keys(item, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('locales', () => {
  it('German has exactly the English keys, none empty', () => {
    expect(keys(de).sort()).toEqual(keys(en).sort());
    expect(keys(de).filter((key) => !key)).toEqual([]);
  });

  it('counts in the plural forms of each language (never "1 missed calls")', () => {
    const { t } = i18n.global;
    const inLocale =
      (locale: 'en' | 'de') =>
      (key: string, count: number, named = {}) =>
        t(key, { count, ...named }, { plural: count, locale });
    const en = inLocale('en');
    const de = inLocale('de');
    expect(en('nav.missed', 1)).toBe('1 missed call');
    expect(en('nav.missed', 2)).toBe('2 missed calls');
    expect(en('contacts.imported', 1, { added: 1, file: 'a.vcf' })).toBe(
      'Imported 1 contact from a.vcf.',
    );
    expect(de('nav.missed', 1)).toBe('1 verpasster Anruf');
    expect(de('voicemail.oldOnly', 1)).toBe('1 alte Nachricht');
  });
});
