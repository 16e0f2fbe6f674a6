/**
 * The in-app keyboard shortcuts (issue 11, point 4): one table that the key handler, the
 * buttons' `aria-keyshortcuts` and tooltips, and the Help view's list all read.
 *
 * Alt+letter because it clashes with nothing the phone needs: type-to-dial takes unmodified
 * digits, Chromium keeps Ctrl/Ctrl+Shift letters (new window, reopen tab…) and Alt+D/E/F, the
 * global hotkeys use Ctrl+Shift+F-keys, and the app menu has no mnemonics.
 */

export type ShortcutAction =
  'answer' | 'hangup' | 'hold' | 'mute' | 'transfer' | 'focusNumber' | 'help';

export interface Shortcut {
  action: ShortcutAction;
  /** The letter (Alt+letter) or the function key ("F1") that triggers it. */
  key: string;
  alt: boolean;
  /**
   * Whether it also works while a text field has focus. On macOS Option+letter types a character
   * (Option+H is "˙"), so only what cannot wait, answering and ending a call, takes a key from a
   * field, and only while there is a call for it (see use-shortcuts.ts); F1 types nothing.
   */
  inTextFields: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'answer', key: 'A', alt: true, inTextFields: true },
  { action: 'hangup', key: 'X', alt: true, inTextFields: true },
  { action: 'hold', key: 'H', alt: true, inTextFields: false },
  { action: 'mute', key: 'M', alt: true, inTextFields: false },
  { action: 'transfer', key: 'T', alt: true, inTextFields: false },
  { action: 'focusNumber', key: 'N', alt: true, inTextFields: false },
  { action: 'help', key: 'F1', alt: false, inTextFields: true },
];

/** What a key handler needs of a `KeyboardEvent` (so the table test needs no DOM). */
export type KeyPress = Pick<
  KeyboardEvent,
  'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'repeat' | 'isComposing'
>;

/** "Alt+H", "F1": the form `aria-keyshortcuts` takes, and what tooltips and Help show. */
export function shortcutKeys(action: ShortcutAction): string {
  const shortcut = SHORTCUTS.find((each) => each.action === action);
  if (!shortcut) return '';
  return shortcut.alt ? `Alt+${shortcut.key}` : shortcut.key;
}

/**
 * The letter a press means: the layout's own letter where the event has one (Alt+A on an AZERTY
 * keyboard is A), else the physical key, because macOS turns Option+A into "å".
 */
function letterOf(press: KeyPress): string | undefined {
  if (/^[a-z]$/i.test(press.key)) return press.key.toUpperCase();
  const match = /^Key([A-Z])$/.exec(press.code);
  return match?.[1];
}

/**
 * The action a key press asks for, or undefined. `inTextField` says whether focus is in a field
 * the user types into; there only the shortcuts marked `inTextFields` apply. Held-down keys
 * (auto-repeat) and IME composition never trigger anything, and extra modifiers make it another
 * key (Ctrl+Alt+A is not Alt+A: AltGr on Windows reports both).
 */
export function actionForKey(press: KeyPress, inTextField: boolean): ShortcutAction | undefined {
  if (press.repeat || press.isComposing) return undefined;
  if (press.ctrlKey || press.metaKey || press.shiftKey) return undefined;
  const letter = press.altKey ? letterOf(press) : undefined;
  const shortcut = SHORTCUTS.find((each) =>
    each.alt ? press.altKey && letter === each.key : !press.altKey && press.key === each.key,
  );
  if (!shortcut || (inTextField && !shortcut.inTextFields)) return undefined;
  return shortcut.action;
}
