/**
 * Pure: whether an incoming INVITE asks to be answered by itself (intercom, paging), and after
 * how many seconds. Callers and PBXes spell it in several ways:
 * - `Call-Info: <sip:pbx>;answer-after=0` (Snom, Yealink, Asterisk's Page());
 * - `Alert-Info: <http://x>;info=alert-autoanswer[;delay=N]` (Polycom, Aastra),
 *   `info=intercom`, or the bare `Ring Answer` / `Auto Answer` tokens (Cisco, Grandstream);
 * - `Answer-Mode: Auto` (RFC 5373).
 * Anything malformed is no hint at all: a broken header must never open a microphone.
 */

/** The longest delay a hint may ask for; a bigger number is taken as malformed. */
export const MAX_HINT_SECONDS = 60;

export interface AutoAnswerHeaders {
  callInfo?: readonly string[];
  alertInfo?: readonly string[];
  answerMode?: readonly string[];
}

/** Seconds after which the caller asks us to answer, or undefined when it does not ask. */
export function autoAnswerHint(headers: AutoAnswerHeaders): number | undefined {
  const delays = [
    ...(headers.callInfo ?? []).flatMap(entries).map(callInfoDelay),
    ...(headers.alertInfo ?? []).flatMap(entries).map(alertInfoDelay),
    ...(headers.answerMode ?? []).map((value) =>
      /^\s*auto\s*(;.*)?$/i.test(value) ? 0 : undefined,
    ),
  ].filter((delay): delay is number => delay !== undefined);
  return delays.length ? Math.min(...delays) : undefined;
}

/** A header value split at the commas between entries (not the ones inside `<…>` or quotes). */
function entries(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '<') depth += 1;
    else if (!quoted && char === '>') depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && char === ',') {
      out.push(value.slice(start, i));
      start = i + 1;
    }
  }
  out.push(value.slice(start));
  return out.map((entry) => entry.trim()).filter(Boolean);
}

/** The `;name=value` parameters after the entry's `<uri>` (or of the whole entry without one). */
function params(entry: string): Map<string, string> {
  const afterUri = entry.startsWith('<') ? entry.slice(entry.indexOf('>') + 1) : entry;
  const map = new Map<string, string>();
  for (const part of afterUri.split(';')) {
    const [name, ...rest] = part.split('=');
    const key = name?.trim().toLowerCase();
    if (key)
      map.set(
        key,
        rest
          .join('=')
          .trim()
          .replace(/^"(.*)"$/, '$1'),
      );
  }
  return map;
}

/** A whole number of seconds within range, else undefined. */
function seconds(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,3}$/.test(text)) return undefined;
  const value = Number(text);
  return value <= MAX_HINT_SECONDS ? value : undefined;
}

function callInfoDelay(entry: string): number | undefined {
  if (entry.startsWith('<') && !entry.includes('>')) return undefined;
  const list = params(entry);
  return list.has('answer-after') ? seconds(list.get('answer-after')) : undefined;
}

const AUTO_ANSWER_INFO = new Set(['alert-autoanswer', 'autoanswer', 'auto-answer', 'intercom']);

function alertInfoDelay(entry: string): number | undefined {
  if (/^(ring|auto)[ -]?answer$/i.test(entry)) return 0;
  if (entry.startsWith('<') && !entry.includes('>')) return undefined;
  const list = params(entry);
  const info = list.get('info')?.toLowerCase();
  if (!info || !AUTO_ANSWER_INFO.has(info)) return undefined;
  if (!list.has('delay')) return 0;
  return seconds(list.get('delay'));
}
