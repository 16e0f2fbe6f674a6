import { parseDialNumber } from '../../../src-preload/dial-rules';
import { refused, type Refused } from '../../../src-preload/i18n/refusals';

/**
 * The link layer around the shared number rule (`src-preload/dial-rules/phone-number.ts`):
 * splits off post-dial digits and normalises them, and decides what a national number means
 * when main does not know the user's country.
 *
 * What comes out is deliberately boring: an optional leading `+` and ASCII
 * digits (plus `*`/`#` only where the caller allows service codes), and
 * optionally a separate post-dial DTMF string. Nothing else can survive, so the
 * result is safe to show, log and hand to the SIP engine.
 */

/** RFC 3966 visual separators, the space people paste from web pages, and `/` (`030/1234567`). */
const VISUAL_SEPARATORS = /[\s\-.()/]/g;
/** Characters that start a post-dial part: pauses `,`/`p` (accepted) and waits `w`/`;` (refused below). */
const PAUSE = /[,;pPwW]/;
/** A conference PIN plus a few pauses fits comfortably. */
const MAX_POST_DIAL = 32;

export interface PhoneNumberOptions {
  /**
   * Allow `*` and `#` in the number itself. Links never allow them: on a PBX,
   * `*72…` or `*21*…#` switch on call forwarding (the 2012 Samsung USSD `tel:`
   * attack is the classic example), so a web page must not be able to dial
   * them. A number the user typed on our own command line or selected may.
   */
  allowServiceCodes: boolean;
  /**
   * The user's default country (`calling.defaultCountry`). With it, national numbers come out
   * in E.164 exactly as the dial field would dial them. Without it they are checked for shape
   * only and passed on as digits; the dial field, which knows the country, normalises them.
   */
  defaultCountry?: string | undefined;
}

export interface PhoneNumber {
  /** `+` and digits (and `*`/`#` if allowed): what gets dialled, E.164 for public numbers. */
  digits: string;
  /** The number as the user would recognise it: separators kept, spaces collapsed. */
  display: string;
  /** DTMF sent after the call connects: digits, `*`, `#`, and `,` for a 2-second pause. */
  postDial?: string;
}

export type PhoneNumberResult = ({ ok: true } & PhoneNumber) | Refused;

/**
 * Parses an already-decoded, already-screened (printable ASCII) number.
 *
 * Post-dial digits are accepted in one documented form only: the number, then
 * a pause (`,` or `p`), then DTMF digits `0-9 * #` with further pauses, e.g.
 * `+1 202 555 0100,,1234#` (a conference PIN). The pause becomes `,` in
 * `postDial`. `w` ("wait for confirmation") and `;` ("wait" on Android) are
 * refused: `;` starts a parameter in `tel:` URIs, and a wait needs UI we do not
 * have; the user can type the digits on the keypad instead.
 */
export function parsePhoneNumber(text: string, options: PhoneNumberOptions): PhoneNumberResult {
  // Letters first, so `1-800-PIZZA` is refused for its letters, not for a "pause" at its P.
  if (/[a-oq-vx-z]/i.test(text)) {
    return refused('numberLetters');
  }
  const pauseAt = text.search(PAUSE);
  const head = pauseAt === -1 ? text : text.slice(0, pauseAt);
  const tail = pauseAt === -1 ? '' : text.slice(pauseAt);

  const number = parseDialNumber(head, options);
  const passOn = !number.ok && number.code === 'needs-country' && !options.defaultCountry;
  if (!number.ok && !passOn) return number;
  const digits = number.ok ? number.target : head.replace(VISUAL_SEPARATORS, '');

  const postDial = tail ? normalisePostDial(tail) : { ok: true as const, value: '' };
  if (!postDial.ok) return postDial;

  const display = head.trim().replace(/\s+/g, ' ');
  return postDial.value
    ? { ok: true, digits, display, postDial: postDial.value }
    : { ok: true, digits, display };
}

/** Normalises an extension (`;ext=` in `tel:`) to digits; separators are allowed, nothing else. */
export function parseExtension(text: string): { ok: true; value: string } | Refused {
  const value = text.replace(VISUAL_SEPARATORS, '');
  if (!/^[0-9]{1,10}$/.test(value)) {
    return refused('extensionInvalid');
  }
  return { ok: true, value };
}

function normalisePostDial(tail: string): { ok: true; value: string } | Refused {
  if (/[wW;]/.test(tail)) {
    return refused('postDialWait');
  }
  const compact = tail.replace(VISUAL_SEPARATORS, '').replace(/[pP]/g, ',');
  if (!/^[0-9*#,]+$/.test(compact)) {
    return refused('postDialCharacters');
  }
  // Leading pauses matter (they wait for the far end to answer); trailing ones do nothing.
  const value = compact.replace(/,+$/, '');
  if (value.length > MAX_POST_DIAL) {
    return refused('postDialTooLong', { max: MAX_POST_DIAL });
  }
  return { ok: true, value: /[0-9*#]/.test(value) ? value : '' };
}
