import type { PopupAction, PopupView } from '../../src-preload/contract';
import { de } from '../i18n/de';
import type { Messages } from '../i18n/en';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

const MESSAGES: Record<PopupView['language'], Messages> = { en, de, fr };

/** `{name}` placeholders, as vue-i18n writes them; the popup is too small to load vue-i18n. */
function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/**
 * Draws the popup for `view` into `root`: caller name and number as text (never markup: a caller
 * chooses their own display name), the line, "+N more", and Answer / Decline / Close buttons.
 * Nothing is focused: the popup appears without taking focus, and a keyboard user reaches it with
 * Alt+Tab, then Tab moves between the buttons, Enter or Space presses one, Escape closes the popup
 * (the call keeps ringing in the main window).
 */
export function renderPopup(
  root: HTMLElement,
  view: PopupView,
  act: (action: PopupAction) => void,
): void {
  const t = MESSAGES[view.language] ?? en;
  const who = view.name ?? view.number;
  const doc = root.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
    const node = doc.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const button = (action: PopupAction, label: string, className: string, ariaLabel?: string) => {
    const node = el('button', className, label);
    node.type = 'button';
    if (ariaLabel) node.setAttribute('aria-label', ariaLabel);
    node.addEventListener('click', () => act(action));
    return node;
  };

  const card = el('section', 'popup');
  card.setAttribute('aria-label', format(t.popup.label, { name: who }));
  const title = el('h1', 'popup__title', t.popup.title);
  if (view.moreCount > 0)
    title.append(
      el('span', 'popup__more', ` · ${format(t.popup.more, { count: view.moreCount })}`),
    );
  card.append(title, el('p', 'popup__name', who));
  const details = [
    view.name ? view.number : '',
    view.line ? format(t.popup.line, { line: view.line }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  if (details) card.append(el('p', 'popup__details', details));
  const actions = el('div', 'popup__actions');
  actions.append(
    button('answer', t.call.answer, 'button button--primary'),
    button('decline', t.call.decline, 'button button--danger'),
  );
  card.append(actions, button('dismiss', '×', 'popup__close button button--quiet', t.popup.close));

  root.replaceChildren(card);
  doc.documentElement.lang = view.language;
  doc.title = format(t.popup.label, { name: who });
}
