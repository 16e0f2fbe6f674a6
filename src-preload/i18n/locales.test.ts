import { describe, expect, it } from 'vitest';
import { pluralRules, preferredLocale } from './locales';

describe('preferredLocale', () => {
  it.each([
    [['fr-FR', 'en-US'], 'fr'],
    [['fr-CA'], 'fr'],
    [['FR'], 'fr'],
    [['de-AT', 'fr'], 'de'],
    [['it-IT', 'fr-CH', 'de'], 'fr'],
    [['en-GB', 'fr'], 'en'],
    [['pt_BR', 'de_CH'], 'de'],
    [['it', 'es'], 'en'],
    [[], 'en'],
    [['', 'frx', 'f'], 'en'],
  ])('%j → %s', (languages, expected) => {
    expect(preferredLocale(languages)).toBe(expected);
  });
});

describe('French plural rule', () => {
  const fr = pluralRules.fr!;
  it('puts 0 and 1 in the singular of a two-form message', () => {
    expect([0, 1, 2, 5, -1].map((n) => fr(n, 2))).toEqual([0, 0, 1, 1, 0]);
  });
  it('keeps the own form for none of a three-form message', () => {
    expect([0, 1, 2, 10].map((n) => fr(n, 3))).toEqual([0, 1, 2, 2]);
  });
});
