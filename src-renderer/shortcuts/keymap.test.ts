import { describe, expect, it } from 'vitest';
import { actionForKey, SHORTCUTS, shortcutKeys, type KeyPress } from './keymap';

function press(key: string, code: string, modifiers: Partial<KeyPress> = {}): KeyPress {
  return {
    key,
    code,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    repeat: false,
    isComposing: false,
    ...modifiers,
  };
}
const alt = (key: string, code = `Key${key.toUpperCase()}`) => press(key, code, { altKey: true });

describe('actionForKey', () => {
  it.each([
    ['Alt+A answers', alt('a'), false, 'answer'],
    ['Alt+X hangs up', alt('x'), false, 'hangup'],
    ['Alt+H holds', alt('h'), false, 'hold'],
    ['Alt+M mutes', alt('m'), false, 'mute'],
    ['Alt+T transfers', alt('t'), false, 'transfer'],
    ['Alt+N focuses the number', alt('n'), false, 'focusNumber'],
    ['F1 opens Help', press('F1', 'F1'), false, 'help'],
    ['Caps Lock does not matter', alt('H', 'KeyH'), false, 'hold'],
    ['macOS Option+H ("˙") by its physical key', alt('˙', 'KeyH'), false, 'hold'],
    ['macOS Option+A ("å") by its physical key', alt('å', 'KeyA'), false, 'answer'],
    // AZERTY: the key labelled A sits where QWERTY has Q; the layout's letter wins.
    ['AZERTY Alt+A by its letter', alt('a', 'KeyQ'), false, 'answer'],
    ['AZERTY Alt+Q is not answer', alt('q', 'KeyA'), false, undefined],
  ] as const)('%s', (_name, event, inTextField, expected) => {
    expect(actionForKey(event, inTextField)).toBe(expected);
  });

  it.each([
    ['a plain letter', press('h', 'KeyH')],
    ['a digit (type-to-dial)', press('5', 'Digit5')],
    ['Alt+digit', alt('5', 'Digit5')],
    ['Ctrl+Alt+H (AltGr on Windows)', press('h', 'KeyH', { altKey: true, ctrlKey: true })],
    ['Alt+Shift+H', press('H', 'KeyH', { altKey: true, shiftKey: true })],
    ['Cmd+Alt+H', press('h', 'KeyH', { altKey: true, metaKey: true })],
    ['Ctrl+Shift+A', press('A', 'KeyA', { ctrlKey: true, shiftKey: true })],
    ['Alt+F1', press('F1', 'F1', { altKey: true })],
    ['Shift+F1', press('F1', 'F1', { shiftKey: true })],
    ['an unassigned Alt+letter', alt('q')],
    ['auto-repeat of a held key', press('h', 'KeyH', { altKey: true, repeat: true })],
    ['IME composition', press('a', 'KeyA', { altKey: true, isComposing: true })],
    ['Alt alone', press('Alt', 'AltLeft', { altKey: true })],
  ])('ignores %s', (_name, event) => {
    expect(actionForKey(event, false)).toBeUndefined();
  });

  it('leaves a text field its keys, but answering, ending a call and Help still work', () => {
    expect(actionForKey(alt('a'), true)).toBe('answer');
    expect(actionForKey(alt('x'), true)).toBe('hangup');
    expect(actionForKey(press('F1', 'F1'), true)).toBe('help');
    for (const letter of ['h', 'm', 't', 'n'])
      expect(actionForKey(alt(letter), true)).toBe(undefined);
  });
});

describe('shortcutKeys', () => {
  it('names each shortcut the way aria-keyshortcuts and the tooltips show it', () => {
    expect(SHORTCUTS.map((each) => shortcutKeys(each.action))).toEqual([
      'Alt+A',
      'Alt+X',
      'Alt+H',
      'Alt+M',
      'Alt+T',
      'Alt+N',
      'F1',
    ]);
  });

  it('gives every action one distinct key', () => {
    const keys = SHORTCUTS.map((each) => shortcutKeys(each.action));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(SHORTCUTS.map((each) => each.action)).size).toBe(SHORTCUTS.length);
  });
});
