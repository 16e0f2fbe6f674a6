import { describe, expect, it } from 'vitest';
import { mainTextsEn } from '../../../src-preload/i18n/main-texts';
import { mainTextsDe } from '../../../src-preload/i18n/main-texts-de';
import {
  REFUSAL_CODES,
  refusalInEnglish,
  refused,
  type RefusalCode,
} from '../../../src-preload/i18n/refusals';
import { UserError } from '../../../src-preload/contract';
import { createMainTranslator, englishTexts } from './translator';

/** The `{name}` placeholders of a template (not `{'x'}` literals). */
const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

const sampleParams = (code: RefusalCode) =>
  Object.fromEntries(placeholders(mainTextsEn.refusal[code]).map((name) => [name, `<${name}>`]));

describe('refusal texts', () => {
  it.each(REFUSAL_CODES)(
    '%s: refusalInEnglish matches vue-i18n, German has the same placeholders',
    (code) => {
      const params = sampleParams(code);
      const english = refusalInEnglish({ code, params });
      expect(english).toBe(englishTexts(`refusal.${code}`, params));
      expect(english).not.toMatch(/[{}]/);
      expect(placeholders(mainTextsDe.refusal[code])).toEqual(
        placeholders(mainTextsEn.refusal[code]),
      );
      const german = createMainTranslator(() => 'de')(`refusal.${code}`, params);
      expect(german).not.toMatch(/[{}]/);
      expect(german).not.toBe(english);
      for (const value of Object.values(params)) expect(german).toContain(value);
    },
  );

  it('writes the literal @ of the catalogue and renders a cause as the reason', () => {
    expect(refusalInEnglish({ code: 'sipManyAt' })).toBe(
      'This SIP address contains more than one @, so it was not opened.',
    );
    const result = refused('dialIgnored', { value: 'x' }, { code: 'linkScheme' });
    expect(result).toEqual({
      ok: false,
      refusal: { code: 'dialIgnored', params: { value: 'x' }, cause: { code: 'linkScheme' } },
      reason: 'Ignored --dial "x": Softphone opens only tel:, sip:, sips: and callto: links.',
    });
  });

  it('keeps hostile parameter text as it is', () => {
    expect(refusalInEnglish({ code: 'sipRouting', params: { name: "{host} {'@'} @:x" } })).toBe(
      "This SIP link tries to change where or how the call is sent ({host} {'@'} @:x=), so it was not opened.",
    );
  });
});

describe('error texts', () => {
  const codes = Object.keys(mainTextsEn.errors) as (keyof typeof mainTextsEn.errors)[];
  it.each(codes)(
    '%s: UserError English matches vue-i18n, German has the same placeholders',
    (code) => {
      const params = Object.fromEntries(
        placeholders(mainTextsEn.errors[code]).map((name) => [name, `<${name}>`]),
      );
      const english = new UserError(code, params).message;
      expect(english).toBe(englishTexts(`errors.${code}`, params));
      expect(placeholders(mainTextsDe.errors[code])).toEqual(
        placeholders(mainTextsEn.errors[code]),
      );
      const german = createMainTranslator(() => 'de')(`errors.${code}`, params);
      expect(german).not.toBe(english);
      for (const value of Object.values(params)) expect(german).toContain(value);
    },
  );
});
