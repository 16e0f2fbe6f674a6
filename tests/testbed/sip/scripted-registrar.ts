/**
 * A SIP registrar over WebSocket (RFC 7118, subprotocol `sip`) whose answers a test scripts, for
 * the failures Kamailio will not produce on demand: a refresh answered 503 with Retry-After, a
 * REGISTER never answered, a second server that must stay unused, a connection that goes silent
 * without closing (a NAT that forgot it). It answers REGISTER (no digest challenge) and OPTIONS
 * to itself (the phone's keep-alive), and listens on 127.0.0.1. Test-only.
 */
import {
  header,
  parseMessage,
  printMessage,
  responseTo,
  token,
  type Header,
  type SipRequest,
} from './message';
import { startSipWebSocketServer } from './websocket-server';

/** What to answer one REGISTER with; `null` leaves it unanswered (the phone's timer runs out). */
export type RegisterAnswer = {
  status: number;
  reason: string;
  /** For a 2xx: the binding's lifetime, so the phone refreshes soon. Default 600. */
  expires?: number;
  headers?: readonly Header[];
} | null;

/** One REGISTER as it arrived, and when (ms, `performance.now()` of this process). */
export interface RegisterRecord {
  readonly request: SipRequest;
  readonly receivedAt: number;
  /** When the answer went out; undefined for one left unanswered. */
  readonly answeredAt?: number;
  readonly answer: RegisterAnswer;
}

export interface ScriptedRegistrar {
  /** `ws://127.0.0.1:<port>/` */
  readonly url: string;
  /** Every REGISTER, in order, un-REGISTERs (Expires: 0) included. */
  readonly registers: readonly RegisterRecord[];
  /** WebSocket connections accepted so far. */
  readonly connections: number;
  /** When each OPTIONS (keep-alive) arrived, `performance.now()` of this process. */
  readonly options: readonly number[];
  /**
   * Every connection open now goes silent, as behind a NAT that dropped its mapping: the socket
   * stays open, what the phone sends is read and dropped, nothing is answered. Connections made
   * later are answered as usual (the phone's new connection gets a new mapping).
   */
  blackhole(): void;
  /** Resolves once `count` REGISTERs have arrived. */
  waitForRegisters(count: number, timeoutMs?: number): Promise<RegisterRecord>;
  stop(): Promise<void>;
}

/** `+sip.instance` of a REGISTER's Contact (without the `<urn:uuid:...>` wrapping). */
export function sipInstance(register: SipRequest): string | undefined {
  return /\+sip\.instance="<urn:uuid:([^>]+)>"/.exec(header(register, 'Contact') ?? '')?.[1];
}

/**
 * Starts a registrar on `port` of 127.0.0.1 (0: an ephemeral one). `script(register, index)` picks
 * the answer for the `index`-th REGISTER (0-based, over all connections); default: 200 to all.
 */
export async function startScriptedRegistrar(
  script: (register: SipRequest, index: number) => RegisterAnswer = () => ({
    status: 200,
    reason: 'OK',
  }),
  port = 0,
  mode: {
    /** Accept every WebSocket and answer nothing on it, ever (a server that swallows all). */
    swallow?: boolean;
  } = {},
): Promise<ScriptedRegistrar> {
  const registers: RegisterRecord[] = [];
  const options: number[] = [];
  const waiters: (() => void)[] = [];
  const open = new Set<{ silent: boolean }>();
  let connections = 0;

  const onRegister = (request: SipRequest, send: (text: string) => void): void => {
    const receivedAt = performance.now();
    const answer = script(request, registers.length);
    if (answer) send(printMessage(answerTo(request, answer)));
    registers.push({
      request,
      receivedAt,
      answer,
      answeredAt: answer ? performance.now() : undefined,
    });
    for (const wake of waiters.splice(0)) wake();
  };

  const server = await startSipWebSocketServer(port);
  server.onConnection((connection) => {
    connections += 1;
    const state = { silent: mode.swallow === true };
    open.add(state);
    void connection.closed.then(() => open.delete(state));
    connection.onText((text) => {
      const message = parseSafely(text);
      if (state.silent || message?.kind !== 'request') return;
      if (message.method === 'REGISTER') onRegister(message, (reply) => connection.sendText(reply));
      if (message.method === 'OPTIONS') {
        options.push(performance.now());
        connection.sendText(
          printMessage(responseTo(message, 200, 'OK', { toTag: token(), contact: '' })),
        );
      }
    });
  });

  return {
    url: server.url,
    registers,
    get connections() {
      return connections;
    },
    options,
    blackhole() {
      for (const state of open) state.silent = true;
    },
    async waitForRegisters(count, timeoutMs = 15_000) {
      const deadline = performance.now() + timeoutMs;
      while (registers.length < count) {
        const left = deadline - performance.now();
        if (left <= 0)
          throw new Error(`Registrar saw ${registers.length} REGISTERs, expected ${count}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return registers[count - 1]!;
    },
    stop: () => server.close(),
  };
}

/** The registrar's response: a 2xx echoes the phone's Contact with our expires, as RFC 3261 10.3. */
function answerTo(request: SipRequest, answer: NonNullable<RegisterAnswer>) {
  const headers: Header[] = [...(answer.headers ?? [])];
  if (answer.status >= 200 && answer.status < 300) {
    const contact = header(request, 'Contact') ?? '';
    const unregister = header(request, 'Expires') === '0' || /;expires=0\b/.test(contact);
    const expires = unregister ? 0 : (answer.expires ?? 600);
    headers.push(['Contact', `${contact.replace(/;expires=\d+/i, '')};expires=${expires}`]);
  }
  return responseTo(request, answer.status, answer.reason, {
    toTag: token(),
    contact: '',
    headers,
  });
}

function parseSafely(text: string) {
  try {
    return parseMessage(text);
  } catch {
    return undefined;
  }
}
