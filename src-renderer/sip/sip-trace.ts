import type { Socket } from 'jssip/lib/Socket';
import { jssip } from './jssip-runtime';
import { TraceRing } from './trace-ring';

type TraceSink = (text: string) => void;

/** The one switch for every socket of the page; null while tracing is off (the default). */
let sink: TraceSink | null = null;

/**
 * The last SIP messages, always kept (redacted, in memory, a few hundred at most), so Export
 * diagnostics has the trace of the problem the user just met without having switched anything on.
 */
const recent = new TraceRing();

/** Turns the SIP trace on (every message in and out goes to `next`) or off (null). */
export function setSipTrace(next: TraceSink | null): void {
  sink = next;
}

/** The recent SIP messages, oldest first, redacted, each headed by its time and direction. */
export function recentSipTrace(): string[] {
  return recent.list();
}

/** Forgets the recent SIP messages (a test seam: a leak test leaves the bounded ring out). */
export function clearRecentSipTrace(): void {
  recent.clear();
}

function trace(direction: 'sent to' | 'received from', url: string, data: unknown): void {
  const text = typeof data === 'string' ? data : '[binary frame]';
  const message = `${direction} ${url}\n${text}`;
  recent.push(`${new Date().toISOString()} ${message}`);
  sink?.(message);
}

/**
 * A JsSIP socket (its documented Socket interface) that hands every SIP message to the trace sink
 * while tracing is on. JsSIP's own debug output cannot be redirected: its Logger pins each debug
 * instance to console.info.
 */
export class TracedSocket implements Socket {
  constructor(private readonly inner: Socket) {}

  get via_transport(): string {
    return this.inner.via_transport;
  }
  set via_transport(value: string) {
    this.inner.via_transport = value;
  }
  get url(): string {
    return this.inner.url;
  }
  get sip_uri(): string {
    return this.inner.sip_uri;
  }
  connect(): void {
    this.inner.connect();
  }
  disconnect(): void {
    this.inner.disconnect();
  }
  send(message: string | ArrayBufferLike | Blob | ArrayBufferView): boolean {
    trace('sent to', this.inner.url, message);
    return this.inner.send(message);
  }
  isConnected(): boolean {
    return this.inner.isConnected();
  }
  isConnecting(): boolean {
    return this.inner.isConnecting();
  }
  // JsSIP's Transport assigns these callbacks after construction; pass them through to the inner socket.
  get onconnect(): () => void {
    return this.inner.onconnect;
  }
  set onconnect(callback: () => void) {
    this.inner.onconnect = callback;
  }
  get ondisconnect(): Socket['ondisconnect'] {
    return this.inner.ondisconnect;
  }
  set ondisconnect(callback: Socket['ondisconnect']) {
    this.inner.ondisconnect = callback;
  }
  get ondata(): Socket['ondata'] {
    return this.inner.ondata;
  }
  set ondata(callback: Socket['ondata']) {
    this.inner.ondata = <T>(data: T) => {
      trace('received from', this.inner.url, data);
      callback(data);
    };
  }
}

/** A WebSocket for JsSIP, traced when the user turns the SIP trace on. */
export function tracedWebSocket(url: string): Socket {
  return new TracedSocket(new (jssip().JsSIP.WebSocketInterface)(url));
}
