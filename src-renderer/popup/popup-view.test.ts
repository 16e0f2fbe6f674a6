// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { PopupView } from '../../src-preload/contract';
import { renderPopup } from './popup-view';

const view: PopupView = {
  callId: 'c1',
  number: '1006',
  name: '<img src=x onerror=alert(1)> "Mallory"',
  line: 'Erin (1005)',
  moreCount: 2,
  language: 'en',
  theme: 'system',
};

function render(over: Partial<PopupView> = {}) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const act = vi.fn();
  renderPopup(root, { ...view, ...over }, act);
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
    );
  return { root, act, button };
}

describe('renderPopup', () => {
  it('shows the caller name and number as text, never as markup', () => {
    const { root } = render();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.popup__name')?.textContent).toBe(view.name);
    expect(root.querySelector('.popup__details')?.textContent).toBe('1006 · Line Erin (1005)');
    expect(root.textContent).toContain('+2 more ringing');
    expect(root.querySelector('section')?.getAttribute('aria-label')).toBe(
      `Incoming call from ${view.name}`,
    );
  });

  it('offers Answer, Decline and Close as buttons that act on this popup, and focuses none of them', () => {
    const { act, button } = render();
    button('Answer')?.click();
    button('Decline')?.click();
    button('Close the pop-up (the call keeps ringing)')?.click();
    expect(act.mock.calls).toEqual([['answer'], ['decline'], ['dismiss']]);
    expect(button('Answer')?.type).toBe('button');
    expect(document.activeElement).toBe(document.body);
  });

  it('speaks the user’s language and falls back to the number without a name', () => {
    const { root, button } = render({
      language: 'de',
      name: undefined,
      line: undefined,
      moreCount: 0,
    });
    expect(button('Annehmen')).toBeDefined();
    expect(button('Ablehnen')).toBeDefined();
    expect(root.querySelector('.popup__name')?.textContent).toBe('1006');
    expect(root.querySelector('.popup__details')).toBeNull();
    expect(document.documentElement.lang).toBe('de');
  });

  it('speaks French', () => {
    const { root, button } = render({ language: 'fr', name: 'Alice' });
    expect(button('Décrocher')).toBeDefined();
    expect(button('Refuser')).toBeDefined();
    expect(button('Fermer la fenêtre (l’appel continue de sonner)')).toBeDefined();
    expect(root.querySelector('.popup__details')?.textContent).toBe('1006 · Ligne Erin (1005)');
    expect(root.textContent).toContain('+2 en sonnerie');
    expect(root.querySelector('section')?.getAttribute('aria-label')).toBe(
      'Appel entrant\u00a0: Alice',
    );
    expect(document.documentElement.lang).toBe('fr');
  });
});
