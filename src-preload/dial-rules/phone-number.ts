import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js';
import { refused, type Refused, type RefusalCode } from '../i18n/refusals';

/**
 * What a dialable phone number, extension or feature code is, and how it is normalised.
 *
 * Shared by main (the `tel:` link parser, the selection hotkey, `--dial`) and the renderer (the
 * dial field), so a number means the same thing wherever it comes from. Pure: no Electron, no
 * Node, no DOM. The input is one number without post-dial digits; splitting off `;ext=` or a
 * `,`-pause is the link layer's job (`src-main/services/links/`).
 */

/** The separators people type or paste inside numbers: RFC 3966 visual separators and `/` (`030/1234567`). */
const VISUAL_SEPARATORS = /[ \-.()/]/g;
/** Up to 6 digits: a PBX extension or a short code (`911`, `112`), dialled as typed. */
const EXTENSION = /^[0-9]{1,6}$/;
/** Star and hash codes: `*97`, `#21#`, `*72*5551234` (voicemail, call forwarding...). */
const FEATURE_CODE = /^[*#][0-9*#]{1,31}$/;
/** E.164 allows at most 15 digits after `+`. */
const MAX_GLOBAL_DIGITS = 15;
/** Local numbers: national numbers, carrier prefixes. */
const MAX_LOCAL_DIGITS = 20;

export type DialNumberKind = 'extension' | 'feature-code' | 'number';

/**
 * Why a number was refused. `needs-country` is a national number while no valid default
 * country is known: it cannot be turned into E.164 (the caller decides what that means).
 */
export type DialNumberRefusal =
  'empty' | 'letters' | 'service-code' | 'invalid-number' | 'needs-country';

export type DialNumberResult =
  { ok: true; kind: DialNumberKind; target: string } | (Refused & { code: DialNumberRefusal });

export interface DialNumberOptions {
  /** ISO 3166 alpha-2 country national numbers are read in (`DE`); anything else counts as unknown. */
  defaultCountry?: string | undefined;
  /**
   * Allow `*`/`#` feature codes. On a PBX, `*72…` or `*21*…#` switch on call forwarding (the
   * 2012 Samsung USSD `tel:` attack is the classic example), so text from outside (a link, a
   * selection, a caller ID) must not dial them; what the user types may.
   */
  allowServiceCodes: boolean;
}

/** The texts (catalogue `refusal` section) behind each refusal, with their parameters. */
const REASONS = {
  empty: ['numberEmpty'],
  letters: ['numberLetters'],
  generic: ['numberCharacters'],
  serviceCode: ['serviceCode'],
  global: ['numberGlobalLength', { max: MAX_GLOBAL_DIGITS }],
  local: ['numberLocalLength', { max: MAX_LOCAL_DIGITS }],
  country: ['numberNeedsCountry'],
  impossible: ['numberImpossible'],
} as const satisfies Record<string, readonly [RefusalCode, Record<string, number>?]>;

/**
 * Typographic spaces and dashes copied from web pages (no-break space, en dash, minus sign)
 * become plain ones: they are separators, not look-alike digits. Nothing else is changed.
 */
export function normaliseSeparators(text: string): string {
  return text.replace(/[\u00a0\u2007\u2009\u202f]/g, ' ').replace(/[\u2010-\u2013\u2212]/g, '-');
}

/**
 * Classifies and normalises one dial string (separators already typographically normalised):
 * - up to 6 digits, separators ignored: an `extension`, dialled as its digits (`10 01` -> `1001`);
 * - `*`/`#` codes: a `feature-code`, only when `allowServiceCodes`;
 * - anything else must be a phone number that libphonenumber-js finds possible, read in
 *   `defaultCountry` when national, and comes out in E.164 (`030 1234567` in DE -> `+49301234567`).
 * Only ASCII digits, `+`, `*`, `#` survive into `target`, so it is safe to log and dial.
 */
export function parseDialNumber(text: string, options: DialNumberOptions): DialNumberResult {
  const written = text.trim();
  if (/[A-Za-z]/.test(written)) return refuse('letters', REASONS.letters);
  const compact = written.replace(VISUAL_SEPARATORS, '');
  if (compact === '' || compact === '+') return refuse('empty', REASONS.empty);
  if (/[*#]/.test(compact)) {
    if (!options.allowServiceCodes) return refuse('service-code', REASONS.serviceCode);
    return FEATURE_CODE.test(compact)
      ? { ok: true, kind: 'feature-code', target: compact }
      : refuse('invalid-number', REASONS.generic);
  }
  if (!/^\+?[0-9]+$/.test(compact)) return refuse('invalid-number', REASONS.generic);
  if (EXTENSION.test(compact)) return { ok: true, kind: 'extension', target: compact };
  return phoneNumber(compact, countryCode(options.defaultCountry));
}

function phoneNumber(compact: string, country: CountryCode | undefined): DialNumberResult {
  const global = compact.startsWith('+');
  const count = global ? compact.length - 1 : compact.length;
  if (global && (count < 3 || count > MAX_GLOBAL_DIGITS)) {
    return refuse('invalid-number', REASONS.global);
  }
  if (!global && count > MAX_LOCAL_DIGITS) return refuse('invalid-number', REASONS.local);
  if (!global && !country) return refuse('needs-country', REASONS.country);
  const parsed = parsePhoneNumberFromString(compact, country);
  if (!parsed || !parsed.isPossible()) return refuse('invalid-number', REASONS.impossible);
  return { ok: true, kind: 'number', target: parsed.number };
}

/** A country libphonenumber-js knows (`DE`, `US`), else undefined: `zz` or `XX` mean "unknown". */
function countryCode(country: string | undefined): CountryCode | undefined {
  return country && /^[A-Z]{2}$/.test(country) && isSupportedCountry(country) ? country : undefined;
}

function refuse(
  code: DialNumberRefusal,
  [text, params]: readonly [RefusalCode, Record<string, number>?],
): DialNumberResult {
  return { code, ...refused(text, params) };
}
