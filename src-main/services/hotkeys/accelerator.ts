/**
 * Electron accelerator syntax (https://www.electronjs.org/docs/latest/api/accelerator),
 * checked before anything reaches `globalShortcut.register`, plus the extra rules a
 * *global* shortcut needs because it steals the key combination from every other app.
 */

export type Platform = 'darwin' | 'win32' | 'linux' | (string & {});

const MODIFIER_ALIASES: Record<string, string> = {
  command: 'command',
  cmd: 'command',
  control: 'control',
  ctrl: 'control',
  commandorcontrol: 'commandorcontrol',
  cmdorctrl: 'commandorcontrol',
  alt: 'alt',
  option: 'option',
  altgr: 'altgr',
  shift: 'shift',
  super: 'super',
  meta: 'super',
};

const NAMED_KEYS = new Set([
  'plus',
  'space',
  'tab',
  'capslock',
  'numlock',
  'scrolllock',
  'backspace',
  'delete',
  'insert',
  'return',
  'enter',
  'up',
  'down',
  'left',
  'right',
  'home',
  'end',
  'pageup',
  'pagedown',
  'escape',
  'esc',
  'printscreen',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
  ...Array.from({ length: 10 }, (_, i) => `num${i}`),
  ...Array.from({ length: 24 }, (_, i) => `f${i + 1}`),
]);
const MEDIA_KEYS = new Set([
  'volumeup',
  'volumedown',
  'volumemute',
  'medianexttrack',
  'mediaprevioustrack',
  'mediastop',
  'mediaplaypause',
]);
/** Single-character keys from Electron's list; `+` itself must be written `Plus`. */
const CHAR_KEY = /^[0-9a-z)!@#$%^&*(:;=<,_\->.?/~`{\][|\\}"]$/;
/** Keys a global shortcut may use with no modifier: nothing types them and apps rarely bind them. */
const LONE_OK =
  /^(f1[3-9]|f2[0-4]|volumeup|volumedown|volumemute|medianexttrack|mediaprevioustrack|mediastop|mediaplaypause)$/;

export interface ParsedAccelerator {
  /** Canonical lower-case modifiers as the OS sees them (CommandOrControl resolved), sorted. */
  modifiers: string[];
  key: string;
  /** Stable form for comparing two accelerators on this platform. */
  canonical: string;
}

export type AcceleratorResult = ({ ok: true } & ParsedAccelerator) | { ok: false; reason: string };

/** Parses and checks a non-empty accelerator for use as a global shortcut on `platform`. */
export function parseGlobalAccelerator(accelerator: string, platform: Platform): AcceleratorResult {
  if (accelerator.length > 64 || /[^\u0021-\u007e]/.test(accelerator)) {
    return {
      ok: false,
      reason: 'A shortcut is written like CommandOrControl+Shift+A, without spaces.',
    };
  }
  const parts = accelerator.split('+');
  const keyPart = parts.pop() ?? '';
  const seen = new Set<string>();
  for (const part of parts) {
    const modifier = MODIFIER_ALIASES[part.toLowerCase()];
    if (!modifier) {
      return {
        ok: false,
        reason: `"${part || '+'}" is not a modifier; use Control, Alt, Shift, Super or CommandOrControl (write the + key as Plus).`,
      };
    }
    if ((modifier === 'command' || modifier === 'option') && platform !== 'darwin') {
      return {
        ok: false,
        reason: `${part} exists only on a Mac; use CommandOrControl or Alt instead.`,
      };
    }
    const resolved = resolveModifier(modifier, platform);
    if (seen.has(resolved)) return { ok: false, reason: `${part} appears twice in this shortcut.` };
    seen.add(resolved);
  }
  const key = keyPart.toLowerCase();
  if (!(CHAR_KEY.test(key) || NAMED_KEYS.has(key) || MEDIA_KEYS.has(key))) {
    return {
      ok: false,
      reason: `"${keyPart || '+'}" is not a key Electron knows; shortcuts end with one key such as A, F5 or Space.`,
    };
  }
  const nonShift = [...seen].filter((m) => m !== 'shift');
  if (nonShift.length === 0 && !LONE_OK.test(key)) {
    return {
      ok: false,
      reason:
        'A global shortcut needs Control, Alt, Super or Command (Shift alone is not enough), or it would stop that key working in every other app.',
    };
  }
  const modifiers = [...seen].sort();
  return { ok: true, modifiers, key, canonical: [...modifiers, key].join('+') };
}

/**
 * Advice, not refusal: combinations that are valid but collide with something
 * the user probably relies on.
 */
export function acceleratorWarnings(parsed: ParsedAccelerator, platform: Platform): string[] {
  const warnings: string[] = [];
  const has = (m: string) => parsed.modifiers.includes(m);
  const typesCharacter = CHAR_KEY.test(parsed.key);
  if (platform !== 'darwin' && has('control') && has('alt') && typesCharacter) {
    // Windows (and many Linux layouts) treat AltGr as Ctrl+Alt, so this swallows AltGr+key.
    warnings.push(
      'On keyboards with an AltGr key (Polish, German, French, …) Ctrl+Alt+key types characters such as ą, € or µ; this shortcut would block them.',
    );
  }
  if (platform === 'darwin' && has('command') && has('alt') && parsed.modifiers.length === 2) {
    const macSystem: Record<string, string> = {
      h: 'Hide Others in every app',
      m: 'Minimise All in every app',
      d: 'show or hide the Dock',
      escape: 'Force Quit',
      esc: 'Force Quit',
    };
    const clash = macSystem[parsed.key];
    if (clash)
      warnings.push(
        `On macOS Command+Option+${parsed.key.toUpperCase()} is the system shortcut to ${clash}.`,
      );
  }
  if (platform === 'darwin' && MEDIA_KEYS.has(parsed.key)) {
    warnings.push(
      'On macOS, media keys work as shortcuts only after Softphone is allowed under Privacy & Security → Accessibility.',
    );
  }
  return warnings;
}

function resolveModifier(modifier: string, platform: Platform): string {
  if (modifier === 'commandorcontrol') return platform === 'darwin' ? 'command' : 'control';
  if (modifier === 'option') return 'alt';
  if (modifier === 'super' && platform === 'darwin') return 'command';
  return modifier;
}
