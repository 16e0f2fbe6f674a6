import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

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
const EXTENSION = /^\d{1,6}$/;
/** Star codes and hash codes: *97, #21#, *72*5551234 ... (no letters, no separators). */
const FEATURE_CODE = /^[*#][0-9*#]{1,31}$/;
/** Characters people type in phone numbers; everything else makes it not a phone number. */
const PHONE_CHARS = /^\+?[0-9 ().\-/\u00a0]+$/;
/** RFC 3261 user part, unreserved + user-unreserved + escapes; no ';', '?', '<', '>', quotes, spaces. */
const SIP_USER = String.raw`(?:[A-Za-z0-9\-_.!~*'()&=+$,/]|%[0-9A-Fa-f]{2})+`;
const HOST = String.raw`(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?`;
/**
 * `sip:user@host[:port]` or `user@host`. URI parameters and headers are refused on purpose: a
 * dial string (from a tel: link, a pasted text) must not be able to add `?Replaces=` or route
 * parameters to our INVITE.
 */
const SIP_ADDRESS = new RegExp(`^(?:(sips?):)?(${SIP_USER})@(${HOST})$`, 'i');

/**
 * Pure: turns what the user typed into something to dial, or throws a DialError.
 * - short extensions (up to 6 digits) and feature codes (`*97`, `#21#`) pass through;
 * - `sip:user@host` and `user@host` pass through (as `sip:` URIs), without parameters or headers;
 * - anything else must be a phone number: national numbers are read in `defaultCountry` and
 *   dialled in E.164 (`030 1234567` in DE -> `+49301234567`).
 */
export function normaliseDialTarget(input: string, defaultCountry: string): DialTarget {
  const text = input.trim();
  if (!text) throw new DialError('empty', 'Enter a number to call.');
  if (text.length > MAX_INPUT) throw new DialError('too-long', 'That number is too long.');
  // Control characters (CR/LF above all) never belong in a dial string.
  if (/\p{Cc}/u.test(text))
    throw new DialError('invalid-address', 'That is not a number or address that can be called.');

  if (EXTENSION.test(text)) return { kind: 'extension', target: text, display: text };
  if (FEATURE_CODE.test(text)) return { kind: 'feature-code', target: text, display: text };

  const sip = /^sips?:/i.test(text) || text.includes('@') ? SIP_ADDRESS.exec(text) : null;
  if (sip) {
    const [, scheme = 'sip', user = '', host = ''] = sip;
    const uri = `${scheme.toLowerCase()}:${user}@${host.toLowerCase()}`;
    return { kind: 'sip-uri', target: uri, display: `${user}@${host.toLowerCase()}` };
  }
  if (/^sips?:/i.test(text) || text.includes('@')) {
    throw new DialError('invalid-address', `“${preview(text)}” is not a valid SIP address.`);
  }

  if (!PHONE_CHARS.test(text)) {
    throw new DialError('invalid-number', `“${preview(text)}” is not a valid phone number.`);
  }
  const digits = text.replace(/[^\d+]/g, '');
  // A short number with separators ("10 01") is still an extension.
  if (EXTENSION.test(digits)) return { kind: 'extension', target: digits, display: digits };
  const parsed = parsePhoneNumberFromString(text, countryOrUndefined(defaultCountry));
  if (!parsed || !parsed.isPossible()) {
    throw new DialError('invalid-number', `“${preview(text)}” is not a valid phone number.`);
  }
  return { kind: 'number', target: parsed.number, display: parsed.number };
}

function countryOrUndefined(country: string): CountryCode | undefined {
  return /^[A-Z]{2}$/.test(country) ? (country as CountryCode) : undefined;
}

/** A short, printable echo of hostile input for the error message. */
function preview(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
