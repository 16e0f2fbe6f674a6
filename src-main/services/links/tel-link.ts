import { refused, type Refused } from '../../../src-preload/i18n/refusals';
import { MAX_LINK_LENGTH, decodeComponentOnce, forbiddenCharacterRefusal } from './link-text';
import { formatSipTarget, normaliseSeparators } from '../../../src-preload/dial-rules';
import { parseExtension, parsePhoneNumber } from './phone-number';
import { parseSipAddress } from './sip-address';

/**
 * Turns a `tel:`, `sip:`, `sips:` or `callto:` link into a dial action, or refuses it
 * with a refusal code the page translates and the English reason for logs (`refusals.ts`).
 *
 * Links arrive from any web page or mail (macOS `open-url`, argv on Windows and
 * Linux), so this is an attack surface: Electron CVE-2018-1000006 (a link that
 * smuggled `--gpu-launcher=` into argv) and Cisco Jabber CVE-2020-3430 (a crafted
 * protocol link that ran commands) both came from trusting link text. The only
 * outputs are a normalised phone number or a `sip(s):user@host[:port]` rebuilt
 * from validated parts. What a number or address is comes from the shared dial rules
 * (`src-preload/dial-rules/`, also used by the dial field); this layer adds what only
 * links have: schemes, %-escapes, parameters, post-dial digits; see `phone-number.ts`
 * and `sip-address.ts` beside it.
 * Parsing never dials: the renderer should show `display` and let the user confirm.
 */

export type CallLinkScheme = 'tel' | 'sip' | 'sips' | 'callto';

export interface DialAction {
  kind: 'dial';
  /** `+12025550100`, `0301234567`, or `sip:alice@example.com[:port]` / `sips:…`. */
  target: string;
  /** The scheme the link used (`tel` for a bare typed number in `parseDialInput`). */
  scheme: CallLinkScheme;
  /** Printable ASCII for a confirmation prompt, e.g. `+1 202 555 0100 ext. 42`. */
  display: string;
  /**
   * DTMF to send once the call is answered (`;ext=`, or digits after a `,`/`p` pause):
   * `0-9 * #`, with `,` meaning a 2-second pause. Absent when there is none.
   */
  postDial?: string;
}

export type CallLinkResult = { ok: true; action: DialAction } | Refused;

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const OUR_SCHEMES = new Set<string>(['tel', 'sip', 'sips', 'callto']);
const PHONE_CONTEXT = /^(\+[0-9().-]{1,32}|[A-Za-z0-9.-]{1,253})$/;

/**
 * Parses a call link. Accepts, case-insensitively:
 * - `tel:NUMBER[;ext=N][;phone-context=…][;other params]` (RFC 3966). `ext` becomes
 *   `postDial`; `phone-context` is checked for shape and otherwise ignored (the number
 *   is dialled as written, as a user would on a desk phone); other parameters
 *   (`isub`, `npdi`, `rn`, `cic`, …) are dropped because only the digits are dialled; a
 *   "parameter" made of digits (`tel:+12025550100;1234`) is refused, since the user expects
 *   those digits to be sent.
 * - `callto:NUMBER` and `callto://NUMBER` (phone numbers only).
 * - `sip:user@host[:port][;params]`, `sips:…` (headers refused, see `sip-address.ts`).
 * A leading `//` (seen as `tel://…`) and one trailing `/` (appended by some Windows
 * browsers to `callto://…/`) are tolerated for every scheme.
 */
export function parseCallLink(raw: string, options: LinkOptions = {}): CallLinkResult {
  if (typeof raw !== 'string') return refused('linkNotText');
  const text = raw.replace(/^ +| +$/g, '');
  const screened = screen(text);
  if (screened) return screened;
  const match = SCHEME.exec(text);
  const scheme = match?.[1]?.toLowerCase();
  if (!match || !scheme || !OUR_SCHEMES.has(scheme)) {
    return refused('linkScheme');
  }
  let body = text.slice(match[0].length);
  if (body.startsWith('//')) body = body.slice(2);
  if (body.endsWith('/')) body = body.slice(0, -1);
  if (scheme === 'sip' || scheme === 'sips') return sipAction(scheme, body);
  return telAction(scheme as 'tel' | 'callto', body, options.defaultCountry);
}

export interface LinkOptions {
  /**
   * The user's default country (`calling.defaultCountry`): national numbers then come out in
   * E.164, as the dial field would dial them. Without it they are passed on as digits.
   */
  defaultCountry?: string | undefined;
}

export interface DialInputOptions extends LinkOptions {
  /** Allow `*`/`#` service codes in a bare number (never in a link). Default false. */
  allowServiceCodes?: boolean;
}

/**
 * Parses what a user dials outside the app window: a `--dial` argument or the text
 * selected when the "dial selection" hotkey is pressed. Accepts a call link (same
 * rules as `parseCallLink`), a bare SIP address `user@host`, or a bare phone number.
 * Surrounding whitespace (a selection's trailing newline) is trimmed and typographic
 * spaces and dashes (no-break space, en dash) become plain ones; anything else is held
 * to the link rules.
 */
export function parseDialInput(raw: string, options: DialInputOptions = {}): CallLinkResult {
  if (typeof raw !== 'string') return refused('numberNotText');
  const text = normaliseSeparators(raw).replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  const screened = screen(text);
  if (screened) return screened;
  if (SCHEME.test(text)) return parseCallLink(text, options);
  if (text.includes('@')) return sipAction('sip', text, options.allowServiceCodes ?? false);
  const number = parsePhoneNumber(text, {
    allowServiceCodes: options.allowServiceCodes ?? false,
    defaultCountry: options.defaultCountry,
  });
  if (!number.ok) return number;
  return dial({
    target: number.digits,
    scheme: 'tel',
    display: withPostDial(number.display, number.postDial),
    postDial: number.postDial,
  });
}

/** Shows post-dial digits in the prompt, so a user confirming the call sees every digit we will send. */
function withPostDial(display: string, postDial: string | undefined): string {
  return postDial ? `${display}, then ${postDial}` : display;
}

function screen(text: string): Refused | null {
  if (text === '') return refused('linkEmpty');
  if (text.length > MAX_LINK_LENGTH) return refused('linkTooLong', { max: MAX_LINK_LENGTH });
  return forbiddenCharacterRefusal(text);
}

function sipAction(
  scheme: 'sip' | 'sips',
  body: string,
  allowServiceCodes = false,
): CallLinkResult {
  const address = parseSipAddress(body, { allowServiceCodes });
  if (!address.ok) return address;
  const target = formatSipTarget(scheme, address);
  return dial({ target, scheme, display: target.slice(scheme.length + 1) });
}

function telAction(
  scheme: 'tel' | 'callto',
  body: string,
  defaultCountry: string | undefined,
): CallLinkResult {
  if (body.includes('?')) {
    return refused('telQuery', { scheme });
  }
  if (body.includes('@')) {
    return refused('telAddress', { scheme });
  }
  const [numberPart = '', ...params] = body.split(';');
  const number = decodeComponentOnce(numberPart);
  if (!number.ok) return number;
  const phone = parsePhoneNumber(number.value, { allowServiceCodes: false, defaultCountry });
  if (!phone.ok) return phone;

  let extension: string | undefined;
  for (const param of params) {
    const [rawName = '', ...rest] = param.split('=');
    const name = rawName.toLowerCase();
    const value = decodeComponentOnce(rest.join('='));
    if (!value.ok) return value;
    if (name === 'ext') {
      if (extension !== undefined) return refused('extensionTwice');
      const ext = parseExtension(value.value);
      if (!ext.ok) return ext;
      extension = ext.value;
    } else if (/^[0-9]/.test(name)) {
      // `tel:+15550100;1234` means "then 1234" to a person, but `;` starts a parameter: dropping
      // it as one would call without the digits the user expects to be sent, so say so instead.
      return refused('digitsAfterSemicolon');
    } else if (name === 'phone-context' && !PHONE_CONTEXT.test(value.value)) {
      return refused('phoneContext');
    } else if (!/^[A-Za-z0-9-]{1,32}$/.test(name)) {
      return refused('malformedParameter');
    }
  }
  if (extension !== undefined && phone.postDial) {
    return refused('extensionAndPause');
  }
  const display = extension
    ? `${phone.display} ext. ${extension}`
    : withPostDial(phone.display, phone.postDial);
  return dial({ target: phone.digits, scheme, display, postDial: extension ?? phone.postDial });
}

function dial(
  action: Omit<DialAction, 'kind' | 'postDial'> & { postDial?: string | undefined },
): CallLinkResult {
  const { postDial, ...rest } = action;
  return {
    ok: true,
    action: postDial ? { kind: 'dial', ...rest, postDial } : { kind: 'dial', ...rest },
  };
}
