import { describe, expect, it } from 'vitest';
import { createMainTranslator, englishTexts } from './translator';

describe('createMainTranslator', () => {
  it('formats placeholders and plural forms in the chosen language', () => {
    let language = 'de';
    const t = createMainTranslator(() => language);
    expect(t('tray.answer', { who: 'Bob' })).toBe('Bob annehmen');
    expect(t('tray.missed', {}, 1)).toBe('1 verpasster Anruf');
    expect(t('tray.missed', {}, 3)).toBe('3 verpasste Anrufe');
    language = 'en';
    expect(t('tray.missed', {}, 1)).toBe('1 missed call');
    expect(t('dialog.endCalls', {}, 2)).toBe('End the 2 calls in progress?');
  });

  it('speaks French, with 0 and 1 in the singular', () => {
    const t = createMainTranslator(() => 'fr');
    expect(t('tray.quit')).toBe('Quitter Softphone');
    expect(t('tray.incoming', { who: 'Bob' })).toBe('Appel entrant\u00a0: Bob');
    expect(t('tray.missed', {}, 0)).toBe('0 appel manqué');
    expect(t('tray.missed', {}, 1)).toBe('1 appel manqué');
    expect(t('tray.missed', {}, 3)).toBe('3 appels manqués');
    expect(t('dialog.endCalls', {}, 1)).toBe('Mettre fin à l’appel en cours\u00a0?');
    expect(t('dialog.endCalls', {}, 2)).toBe('Mettre fin aux 2 appels en cours\u00a0?');
  });

  it('falls back to English for a language it has no texts in', () => {
    expect(createMainTranslator(() => 'xx')('tray.quit')).toBe('Quit Softphone');
    expect(englishTexts('notify.incoming')).toBe('Incoming call');
  });

  it('keeps hostile text a caller sent as plain text', () => {
    expect(englishTexts('tray.incoming', { who: '{evil} @:link <b>' })).toBe(
      'Incoming call from {evil} @:link <b>',
    );
  });
});
