/** The longest display name we keep; longer ones are cut (with an ellipsis), never wrapped. */
export const MAX_DISPLAY_NAME = 64;
const MAX_NUMBER = 64;

/**
 * Control characters (C0, C1), and format characters that reorder or hide text: bidi overrides
 * and isolates (a name could otherwise render "reversed" over the number), zero-width joiners, BOM.
 */
const UNSAFE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/**
 * Pure: a caller's display name made safe to show as plain text. It is untrusted input from the
 * network: control and bidi characters go, whitespace collapses, the length is capped.
 * It is never HTML-escaped here because it is never rendered as HTML (Vue text interpolation only).
 * Returns undefined for an empty result.
 */
export function sanitiseDisplayName(raw: unknown, max = MAX_DISPLAY_NAME): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const clean = raw.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  const chars = Array.from(clean);
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : clean;
}

export interface RemoteIdentity {
  number: string;
  name?: string;
  uri: string;
}

/** The parts of a JsSIP NameAddrHeader we read (kept structural so this module stays pure). */
export interface NameAddrLike {
  display_name?: string | null;
  uri: { user?: string | null; host?: string | null; toString(): string };
}

/**
 * Pure: who the far end is, from its From (incoming) or To (outgoing) header. The number is the
 * URI's user part (percent-decoded, sanitised); a name equal to the number is dropped.
 */
export function remoteIdentity(header: NameAddrLike): RemoteIdentity {
  const user = header.uri.user ? safeDecode(header.uri.user) : '';
  const number = sanitiseDisplayName(user || header.uri.host || '', MAX_NUMBER) ?? '';
  const name = sanitiseDisplayName(header.display_name);
  return {
    number,
    name: name && name !== number ? name : undefined,
    uri: sanitiseDisplayName(header.uri.toString(), 256) ?? '',
  };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
