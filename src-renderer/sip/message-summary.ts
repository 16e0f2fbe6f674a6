/**
 * RFC 3842 `application/simple-message-summary` bodies (voicemail message-waiting), parsed into
 * plain counts. Pure: a body that is not a message summary gives an error to log, never a throw.
 */

/** A mailbox's state as the phone shows it. */
export interface MessageSummary {
  /** `Messages-Waiting: yes`. */
  waiting: boolean;
  /** New (unheard) voice messages; 0 when the body has no `Voice-Message` line. */
  newCount: number;
  /** Old (heard, kept) voice messages. */
  oldCount: number;
}

export type MessageSummaryResult =
  { ok: true; summary: MessageSummary } | { ok: false; error: string };

/** More than this is a broken or hostile body, not a mailbox (and would not fit a badge). */
const MAX_COUNT = 99_999;
/** A summary is a few lines; a megabyte is not one. */
const MAX_BODY = 8192;

/** `new/old` then an optional `(urgent-new/urgent-old)`, RFC 3842 §5.2 msg-summary-line. */
const VOICE_LINE = /^(\d{1,9})\s*\/\s*(\d{1,9})(?:\s*\(\s*\d{1,9}\s*\/\s*\d{1,9}\s*\))?$/;

/**
 * Parses a message-summary body. `Messages-Waiting` is required (RFC 3842 §5.2); the voice
 * counts come from `Voice-Message` (other message classes such as fax are ignored). Header names
 * are case-insensitive, lines may end in CRLF or LF.
 */
export function parseMessageSummary(body: string | undefined | null): MessageSummaryResult {
  if (typeof body !== 'string' || body.trim() === '') return { ok: false, error: 'empty body' };
  if (body.length > MAX_BODY) return { ok: false, error: 'body too long' };
  let waiting: boolean | undefined;
  let counts: [number, number] | undefined;
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) return { ok: false, error: `not a header line: ${line.slice(0, 40)}` };
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'messages-waiting') {
      if (waiting !== undefined) return { ok: false, error: 'Messages-Waiting twice' };
      const flag = value.toLowerCase();
      if (flag !== 'yes' && flag !== 'no') {
        return { ok: false, error: `Messages-Waiting is "${value.slice(0, 20)}"` };
      }
      waiting = flag === 'yes';
    } else if (name === 'voice-message') {
      const match = VOICE_LINE.exec(value);
      if (!match) return { ok: false, error: `Voice-Message is "${value.slice(0, 40)}"` };
      const newCount = Number(match[1]);
      const oldCount = Number(match[2]);
      if (newCount > MAX_COUNT || oldCount > MAX_COUNT) {
        return { ok: false, error: 'Voice-Message count out of range' };
      }
      counts = [newCount, oldCount];
    }
  }
  if (waiting === undefined) return { ok: false, error: 'no Messages-Waiting line' };
  const [newCount, oldCount] = counts ?? [0, 0];
  return { ok: true, summary: { waiting, newCount, oldCount } };
}
