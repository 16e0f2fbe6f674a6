/**
 * Receives rtpengine's DTMF log: with `--dtmf-log-dest=127.0.0.1:<port>`,
 * rtpengine sends one JSON datagram per completed RFC 4733 event it relays,
 * which is how tests learn what digits a WebRTC page really sent (a page
 * cannot observe its own outgoing telephone-events). Observed shape
 * (rtpengine 10.5):
 *
 *   {"callid":"…","source_tag":"…","tags":["…","…"],"type":"DTMF",
 *    "timestamp":1795639789,"source_ip":"127.0.0.1",
 *    "event":5,"duration":120,"volume":10}
 *
 * `event` is the RFC 4733 code (0-9, 10 = *, 11 = #, 12-15 = A-D),
 * `duration` in milliseconds, `source_tag` the SIP tag of the sender.
 */
import { createSocket, type Socket } from 'node:dgram';
import { Inbox } from './sip/inbox';

export interface DtmfEvent {
  readonly callid: string;
  readonly source_tag: string;
  readonly tags: readonly string[];
  readonly type: string;
  readonly timestamp: number;
  readonly source_ip: string;
  readonly event: number;
  readonly duration: number;
  readonly volume: number;
}

const DIGITS = '0123456789*#ABCD';

/** The key for an RFC 4733 event code: 10 -> '*', 11 -> '#'. */
export function dtmfDigit(event: number): string {
  return DIGITS[event] ?? `?${event}`;
}

function isDtmfEvent(value: unknown): value is DtmfEvent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.callid === 'string' && typeof v.event === 'number' && v.type === 'DTMF';
}

export interface DtmfLog {
  /** The next event (optionally of one call), waiting up to `timeoutMs`. */
  next(timeoutMs?: number, callId?: string): Promise<DtmfEvent>;
  /** Every event received so far. */
  all(): readonly DtmfEvent[];
  close(): Promise<void>;
}

/** Listens on 127.0.0.1:port for rtpengine's DTMF datagrams. */
export async function openDtmfLog(port: number): Promise<DtmfLog> {
  const socket: Socket = createSocket('udp4');
  const inbox = new Inbox<DtmfEvent>();
  socket.on('message', (data) => {
    try {
      const parsed: unknown = JSON.parse(data.toString('utf8'));
      if (isDtmfEvent(parsed)) inbox.push(parsed);
    } catch {
      // not JSON: not for us
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, '127.0.0.1', () => resolve());
  });
  return {
    next: (timeoutMs = 3000, callId) =>
      inbox.next(
        (e) => callId === undefined || e.callid === callId,
        timeoutMs,
        'a DTMF event from rtpengine',
        (e) => dtmfDigit(e.event),
      ),
    all: () => inbox.history(),
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
