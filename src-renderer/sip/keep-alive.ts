import type { UA } from 'jssip/lib/UA';

/**
 * Notices a connection that is open but dead: a NAT or VPN that silently dropped its mapping
 * (a half-open TCP connection), or a server that stopped answering. Neither closes the WebSocket,
 * and JsSIP 3.13 sends nothing on its own between REGISTER refreshes, so without a probe the
 * phone would look registered while every call to it goes nowhere, until the next refresh times
 * out (Timer F, 32 s after a refresh up to an hour away).
 *
 * The probe is an out-of-dialog OPTIONS to the registrar's domain (`sip:<domain>`), not RFC 5626's
 * CRLF ping. The double-CRLF ping and its single-CRLF pong are defined for raw TCP/TLS flows;
 * RFC 7118 does not carry them over to WebSocket, so a proxy need not answer a CRLF frame and its
 * silence proves nothing (JsSIP answers the server's ping but never sends one). A page cannot send
 * WebSocket ping frames either. Any SIP proxy answers OPTIONS to itself (our
 * test PBX with 200), and every final answer, even a 404 or 407, proves the path works both ways.
 */

/** A probe goes out this long after the connection came up and after each answer... */
export const KEEP_ALIVE_INTERVAL_MS = 25_000;
/** ...and the connection counts as dead when no answer arrived within this. */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;

/** What the keep-alive does to the connection: JsSIP in the app, a fake in unit tests. */
export interface KeepAlivePort {
  /** Sends one probe; `answered` runs once when any final answer to it arrives. */
  probe(answered: () => void): void;
  /** No answer in time: the connection is dead (close it, connect again). */
  dead(): void;
}

/** One line's keep-alive: runs while its WebSocket is up, at most one probe out at a time. */
export class KeepAlive {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by every start, stop and probe, so an answer to an older probe is ignored. */
  private generation = 0;
  private waiting = false;

  constructor(private readonly port: KeepAlivePort) {}

  /** True between start() and stop() (or a dead connection). */
  get running(): boolean {
    return this.timer !== null;
  }

  /** The connection is up: probe it every KEEP_ALIVE_INTERVAL_MS from now. */
  start(): void {
    this.stop();
    this.schedule(KEEP_ALIVE_INTERVAL_MS);
  }

  /** The connection is down or the line stopped: no more probes; a late answer is ignored. */
  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.waiting = false;
    this.generation += 1;
  }

  /**
   * Probes now (the system woke up, the network came back): a connection that died meanwhile is
   * noticed within KEEP_ALIVE_TIMEOUT_MS instead of at the next probe. Nothing while stopped or
   * while a probe is already out.
   */
  checkNow(): void {
    if (!this.running || this.waiting) return;
    this.probe();
  }

  private schedule(delay: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.probe(), delay);
  }

  private probe(): void {
    const generation = ++this.generation;
    this.waiting = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.stop();
      this.port.dead();
    }, KEEP_ALIVE_TIMEOUT_MS);
    this.port.probe(() => {
      if (generation !== this.generation) return;
      this.waiting = false;
      this.schedule(KEEP_ALIVE_INTERVAL_MS);
    });
  }
}

/** The answer events of JsSIP's outgoing OPTIONS, as `sendOptions` reports them. */
interface OptionsOutcome {
  /** `remote`: a response arrived; `system`: JsSIP's own timeout or a transport error. */
  originator?: string;
}

/**
 * `UA.sendOptions` exists in JsSIP 3.13's code (lib/UA.js) but not in its UA.d.ts; checked
 * against the installed version by keep-alive.test.ts.
 */
interface OptionsSender {
  sendOptions(
    target: string,
    body: string | undefined,
    options: { eventHandlers: { succeeded(): void; failed(event: OptionsOutcome): void } },
  ): unknown;
}

/**
 * The keep-alive port for a JsSIP UA: probes with OPTIONS to `sip:<domain>`; `onDead` decides
 * what a dead connection means for the line. A probe that JsSIP fails on its own (`system`: the
 * transport broke) is no answer: the deadline decides, or the `disconnected` event came first.
 */
export function optionsKeepAlivePort(ua: UA, domain: string, onDead: () => void): KeepAlivePort {
  return {
    probe(answered) {
      (ua as unknown as OptionsSender).sendOptions(`sip:${domain}`, undefined, {
        eventHandlers: {
          succeeded: () => answered(),
          failed: (event: OptionsOutcome) => {
            if (event.originator === 'remote') answered();
          },
        },
      });
    },
    dead: onDead,
  };
}
