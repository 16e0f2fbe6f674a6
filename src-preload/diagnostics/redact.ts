/**
 * The one rule for what a secret looks like in a log line or a SIP trace, and how it is removed.
 * The logger applies it to every message and detail, so no caller can forget; the SIP trace sink
 * applies it too. Over-redacting a harmless value is acceptable; leaking a password is not.
 */

export const REDACTED = '[redacted]';

/** Key names that are secrets wherever they appear in the name (`sipPassword`, `accessToken`). */
const SECRET_IN_NAME =
  /password|passwd|passphrase|pwd|secret|token|credential|ha1|authori[sz]ation/i;
/** Words that are secrets only as a whole word of the name (`apiKey`, `pin`), not in `hotkey`. */
const SECRET_WORDS = new Set(['pass', 'key', 'apikey', 'pin']);

/** The words of a key name: `apiKey`, `api_key` and `x-api-key` all have the word `key`. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
}

/** True when a field, parameter or header called `name` holds a secret. */
export function isSecretKey(name: string): boolean {
  return SECRET_IN_NAME.test(name) || words(name).some((word) => SECRET_WORDS.has(word));
}

/**
 * A `name=` or `name:` in text, the name optionally quoted as in JSON (`"name":`, `\"name\":`).
 * The look-behind starts a match only at the start of a word: without it a 100 KB header would be
 * scanned once per character.
 */
const KEY_AND_SEPARATOR = /(?<![\w.-])([A-Za-z_][\w.-]*)(\\?["']?[ \t]*([=:])[ \t]*)/g;
/** The value after it: quoted (also JSON inside a JSON string), already redacted, or a bare word. */
const VALUE =
  /\\"(?:(?!\\")[^\r\n])*\\"|"(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*'|\[redacted\]|[^\s,;&"'<>(){}[\]]+/y;
/** An HTTP/SIP authorization value: the scheme stays readable, the rest of the line goes. */
const AUTH_VALUE = /(?:([A-Za-z][\w-]*)[ \t]+)?[^\r\n]+/y;
/**
 * `scheme://user:password@` and `sip:user:password@`: the password part of a URL's user-info.
 * Bounded lengths keep a long run of `a:a:a:…` from costing a scan per colon.
 */
const USER_INFO =
  /\b([a-z][a-z0-9+.-]{0,31}:(?:\/\/)?[^\s:@/?#<>"']{1,256}:)[^\s@/?#<>"']{1,256}@/gi;
/** Digest answers (`response=`, the server's `rspauth=`) are computed from the password. */
const DIGEST_ANSWER = /^(?:response|rspauth)$/i;

function quoted(value: string): string {
  if (value.startsWith('\\"')) return `\\"${REDACTED}\\"`;
  const quote = value[0];
  return quote === '"' || quote === "'" ? `${quote}${REDACTED}${quote}` : REDACTED;
}

/** The redacted form of the value at `at`, and where it ends; undefined when nothing is there. */
function redactValueAt(
  text: string,
  at: number,
  name: string,
): { text: string; end: number } | undefined {
  const quotedValue = /^\\?["']/.test(text.slice(at, at + 2));
  if (/authori[sz]ation$/i.test(name) && !quotedValue) {
    AUTH_VALUE.lastIndex = at;
    const header = AUTH_VALUE.exec(text);
    if (!header) return undefined;
    const scheme = header[1] ? `${header[1]} ` : '';
    return { text: `${scheme}${REDACTED}`, end: at + header[0].length };
  }
  VALUE.lastIndex = at;
  const value = VALUE.exec(text);
  return value ? { text: quoted(value[0]), end: at + value[0].length } : undefined;
}

/** True when `name` and its separator introduce a secret (a digest answer only as `name=`). */
function introducesSecret(name: string, separator: string): boolean {
  return isSecretKey(name) || (separator === '=' && DIGEST_ANSWER.test(name));
}

/** Redacts `key=value`, `key: value`, `"key": "value"` pairs whose key names a secret. */
function redactPairs(text: string): string {
  let out = '';
  let from = 0;
  KEY_AND_SEPARATOR.lastIndex = 0;
  for (let match = KEY_AND_SEPARATOR.exec(text); match; match = KEY_AND_SEPARATOR.exec(text)) {
    const [whole, name = '', , separator = ''] = match;
    const valueAt = match.index + whole.length;
    if (!introducesSecret(name, separator)) continue;
    const value = redactValueAt(text, valueAt, name);
    if (!value) continue;
    out += text.slice(from, valueAt) + value.text;
    from = value.end;
    KEY_AND_SEPARATOR.lastIndex = value.end;
  }
  return out + text.slice(from);
}

/**
 * Removes secrets from free text (log messages, SIP traces, JSON inside strings): values of
 * secret-named keys (`password=`, `"apiKey": "…"`, `ha1=`, `credential:`), authorization headers
 * (`Authorization: Digest …`, `Basic …`), digest `response=` and the password of a URL's user-info.
 */
export function redactText(text: string): string {
  return redactPairs(text.replace(USER_INFO, `$1${REDACTED}@`));
}

/** Deep-copies `value` with secret-named fields replaced and secret-looking text redacted. */
export function redactDetails(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[…]';
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((item) => redactDetails(item, depth + 1));
  if (value instanceof Error) return redactText(value.message);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        isSecretKey(key) ? REDACTED : redactDetails(item, depth + 1),
      ]),
    );
  }
  return value;
}
