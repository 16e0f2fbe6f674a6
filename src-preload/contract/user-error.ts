import { mainTextsEn } from '../i18n/main-texts';
import { fillTemplate } from '../i18n/refusals';

/**
 * Errors a user can meet in main's stores (and the browser build's): a code from the catalogue's
 * `errors` section, its parameters, and the English text as `message` for logs. The page shows
 * `main.errors.<code>` in the user's language (`useErrorText`).
 *
 * Electron's IPC keeps only an error's `message`, so main's invoke router sends a `UserError` as
 * `encodeUserError(error)` and the renderer's bridge turns it back with `toUserError`.
 */

export type UserErrorCode = keyof typeof mainTextsEn.errors;
export type UserErrorParams = Readonly<Record<string, string | number>>;

export class UserError extends Error {
  override readonly name: string = 'UserError';
  constructor(
    readonly code: UserErrorCode,
    readonly params: UserErrorParams = {},
  ) {
    super(fillTemplate(mainTextsEn.errors[code], params));
  }
}

export function isUserErrorCode(value: unknown): value is UserErrorCode {
  return typeof value === 'string' && Object.hasOwn(mainTextsEn.errors, value);
}

const MARK = '[[softphone:';
/** `[[softphone:code]]{params}` then a line break and the English message. */
const ENCODED = /^\[\[softphone:([A-Za-z]{1,64})\]\](\{[^\n]{0,4096}\})\n/;
/**
 * Where the mark may stand in a message that reached the renderer: at its start (the harness, the
 * web bridge), or after Electron's own wrapper, "Error invoking remote method 'history:add':
 * Error: ". Nowhere else: text further in came from somewhere else.
 */
const ELECTRON_WRAPPER = /^Error invoking remote method '[a-z]+:[A-Za-z]+': (?:[A-Za-z]*Error: )?/;
const MAX_PARAMS = 8;
const MAX_PARAM_LENGTH = 1024;

/** The message main sends for a `UserError`: the machine-readable mark, then the English. */
export function encodeUserError(error: UserError): string {
  return `${MARK}${error.code}]]${JSON.stringify(error.params)}\n${error.message}`;
}

/**
 * Any other error's message as it may cross to the renderer: a mark inside is broken up, so text
 * from a file name or an OS error can never pass for a coded error.
 */
export function neutralizeMessage(message: string): string {
  return message.split(MARK).join('[ [softphone:');
}

/**
 * A `UserError` back from a message `encodeUserError` wrote (behind Electron's wrapper or not),
 * or null when the message has no valid mark: an unknown code, params that are not a small
 * object of short strings and finite numbers, or a mark anywhere but where main puts it.
 */
export function decodeUserError(message: string): UserError | null {
  const body = message.replace(ELECTRON_WRAPPER, '');
  const match = ENCODED.exec(body);
  if (!match) return null;
  const [, code, json = ''] = match;
  if (!isUserErrorCode(code)) return null;
  let params: unknown;
  try {
    params = JSON.parse(json);
  } catch {
    return null;
  }
  return isParams(params) ? new UserError(code, params) : null;
}

/** What a bridge call rejects with, made a `UserError` when main sent one; else unchanged. */
export function toUserError(error: unknown): unknown {
  if (error instanceof UserError || !(error instanceof Error)) return error;
  return decodeUserError(error.message) ?? error;
}

function isParams(value: unknown): value is UserErrorParams {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= MAX_PARAMS &&
    entries.every(
      ([name, item]) =>
        /^[A-Za-z][A-Za-z0-9]{0,31}$/.test(name) &&
        ((typeof item === 'string' && item.length <= MAX_PARAM_LENGTH) ||
          (typeof item === 'number' && Number.isFinite(item))),
    )
  );
}
