import {
  formatSipTarget,
  normaliseSeparators,
  parseDialNumber,
  parseSipDialString,
} from '../../src-preload/dial-rules';

export type DialTargetKind = 'extension' | 'feature-code' | 'number' | 'sip-uri';

export interface DialTarget {
  kind: DialTargetKind;
  /** What to hand to JsSIP: a SIP user (the account's domain is added) or a full `sip:` URI. */
  target: string;
  /** What to show and store in history: the number as dialled, normalised. */
  display: string;
}

export type DialErrorCode =
  'empty' | 'too-long' | 'invalid-number' | 'invalid-address' | 'not-registered' | 'no-account';

/** A dial refusal with a message a user can act on; `code` lets the UI translate it. */
export class DialError extends Error {
  override readonly name = 'DialError';
  constructor(
    readonly code: DialErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const MAX_INPUT = 256;

/**
 * Pure: turns what the user typed into something to dial, or throws a DialError. The rules are
 * the shared dial rules (`src-preload/dial-rules/`, the same ones main's link parser uses):
 * - short extensions (up to 6 digits) and feature codes (`*97`, `#21#`) pass through;
 * - `sip:user@host` and `user@host` pass through (as `sip:` URIs), without parameters or headers;
 * - anything else must be a phone number: national numbers are read in `defaultCountry` and
 *   dialled in E.164 (`030 1234567` in DE -> `+49301234567`).
 * A typed number may be a feature code; unlike a link, it cannot carry post-dial digits or
 * URI parameters (type those on the keypad once the call is up).
 */
export function normaliseDialTarget(input: string, defaultCountry: string): DialTarget {
  const text = normaliseSeparators(input).trim();
  if (!text) throw new DialError('empty', 'Enter a number to call.');
  if (text.length > MAX_INPUT) throw new DialError('too-long', 'That number is too long.');
  // Control characters (CR/LF above all) never belong in a dial string.
  if (/\p{Cc}/u.test(text))
    throw new DialError('invalid-address', 'That is not a number or address that can be called.');

  if (/^sips?:/i.test(text) || text.includes('@')) {
    const sip = parseSipDialString(text, { allowServiceCodes: true });
    if (!sip.ok) {
      throw new DialError('invalid-address', `“${preview(text)}” is not a valid SIP address.`);
    }
    const uri = formatSipTarget(sip.scheme, sip);
    return { kind: 'sip-uri', target: uri, display: uri.slice(sip.scheme.length + 1) };
  }
  const number = parseDialNumber(text, { defaultCountry, allowServiceCodes: true });
  if (!number.ok) {
    throw new DialError('invalid-number', `“${preview(text)}” is not a valid phone number.`);
  }
  return { kind: number.kind, target: number.target, display: number.target };
}

/** A short, printable echo of hostile input for the error message. */
function preview(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
