import { refused, type Refused } from '../../../src-preload/i18n/refusals';

/**
 * Character-level screening shared by the link parsers.
 *
 * Links reach us from browsers, mail clients and the command line, so every
 * byte is hostile until proven otherwise. We accept printable ASCII only: a
 * real `tel:`/`sip:` link never needs anything else (RFC 3966 and RFC 3261
 * percent-encode the rest), and refusing it removes whole attack families at
 * once: newline/NUL injection into argv or logs, RTL overrides that make
 * `tel:+1900…` read as something else, and look-alike digits (`０`, `٣`, `𝟗`)
 * that a user would take for the number they see.
 */

/** Longest link or dial string we look at; real numbers and SIP addresses are far shorter. */
export const MAX_LINK_LENGTH = 256;

// The character classes below match control, direction and invisible characters on purpose.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- lone combining marks are what we refuse
  /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200d\u2060-\u2064\u3164\ufeff\uffa0]/;
const NOT_PRINTABLE_ASCII = /[^\u0020-\u007e]/;

/** Why `text` cannot be part of a call link, or null when every character is acceptable. */
export function forbiddenCharacterRefusal(text: string): Refused | null {
  if (CONTROL.test(text)) return refused('linkControl');
  if (BIDI.test(text)) return refused('linkBidi');
  if (INVISIBLE.test(text)) return refused('linkInvisible');
  if (NOT_PRINTABLE_ASCII.test(text)) return refused('linkNotAscii');
  return null;
}

/** Result of decoding one URI component. */
export type Decoded = { ok: true; value: string } | Refused;

/**
 * Percent-decodes one already-delimited URI component exactly once and re-screens the result.
 *
 * Components are split on their delimiters *before* decoding, so `%40` or `%3F`
 * can never turn into a structural `@` or `?`. The decoded text goes through the
 * same character screen as the raw link, so `%0A`, `%00` or `%E2%80%AE` are
 * refused just like their literal forms. A `%` that survives decoding (from a
 * double-encoded `%2541`) is left as a literal and then refused by the
 * component's own character rules: we never decode twice.
 */
export function decodeComponentOnce(component: string): Decoded {
  if (!component.includes('%')) return { ok: true, value: component };
  if (/%(?![0-9A-Fa-f]{2})/.test(component)) {
    return refused('linkBrokenEscape');
  }
  let value: string;
  try {
    value = decodeURIComponent(component);
  } catch {
    // Invalid UTF-8 such as overlong `%C0%AE`: decodeURIComponent throws URIError.
    return refused('linkEscapeNotText');
  }
  return forbiddenCharacterRefusal(value) ?? { ok: true, value };
}

/**
 * A short, single-line, ASCII-only rendering of untrusted text for logs and
 * "ignored argument" messages: control and non-ASCII characters become `\u{..}`
 * escapes so a hostile argument cannot forge log lines or reorder text.
 */
export function describeUntrusted(text: string, max = 48): string {
  const chars = Array.from(text);
  const shown = chars
    .slice(0, max)
    .map((ch) =>
      /^[\u0020-\u007e]$/.test(ch) ? ch : `\\u{${ch.codePointAt(0)?.toString(16) ?? '?'}}`,
    )
    .join('');
  return chars.length > max ? `${shown}…` : shown;
}

/**
 * Untrusted text (a caller's SIP display name, a history entry) made fit for OS
 * chrome such as tray tooltips, menu labels and notifications: control
 * characters become spaces, text-direction overrides and invisible characters
 * are removed (so a name cannot reverse the number shown after it), whitespace
 * is collapsed and the result is cut to `max` characters. Non-ASCII letters are
 * kept: "Jürgen" and "山田" are real names.
 */
export function cleanDisplayText(text: string, max: number): string {
  const cleaned = text
    .replace(new RegExp(CONTROL.source, 'g'), ' ')
    .replace(new RegExp(BIDI.source, 'g'), '')
    // eslint-disable-next-line no-misleading-character-class -- see INVISIBLE
    .replace(new RegExp(INVISIBLE.source, 'g'), '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(cleaned);
  return chars.length > max
    ? `${chars
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd()}…`
    : cleaned;
}
