import type { Call } from './call';
import { isEstablished } from './call-types';
import { reoffer, type ReofferAction } from './reoffer';

/**
 * How long ICE may stay `disconnected` before we restart it. Chromium reports `disconnected`
 * after a few seconds without STUN answers and often recovers by itself from a short blip; a
 * restart any sooner would only add signalling.
 */
export const ICE_GRACE_MS = 2000;

/**
 * A re-INVITE with an ICE restart. JsSIP's renegotiate() re-offers with the call's hold state
 * (its _mangleOffer makes the offer sendonly/inactive while held), so a held call stays held.
 * Its UPDATE variant (`useUpdate`) is refused in exactly the same cases (isReadyToReOffer), so
 * there is no moment an UPDATE could go where a re-INVITE cannot: reoffer() waits for the
 * pending offer/answer to finish instead.
 */
export const iceRestartAction: ReofferAction = (session, done) =>
  session.renegotiate({ rtcOfferConstraints: { iceRestart: true } }, done);

/** The page's network events (`window`): `online` fires when a network (re)appears. */
export interface NetworkEvents {
  addEventListener(type: 'online', listener: () => void): void;
  removeEventListener(type: 'online', listener: () => void): void;
}

/** What recovery needs of the phone. */
export interface CallRecoveryHost {
  /** Every live call, hidden ones included. */
  calls(): Iterable<Call>;
  /** Whether the line's WebSocket is up, so that a re-INVITE can reach the far end now. */
  socketUp(accountId: string): boolean;
}

const DISCONNECTED: ReadonlySet<string> = new Set(['disconnected', 'failed']);

/**
 * Keeps established calls alive across a reconnect and a network change by re-offering them
 * with an ICE restart (JsSIP leaves this to the app: https://github.com/versatica/JsSIP/issues/738).
 *
 * - After a line registers again on a new WebSocket, the proxy still routes the far end's
 *   in-dialog requests (BYE, re-INVITE) to the closed connection until our re-INVITE over the new
 *   one refreshes the dialog's remote target; the ICE restart in it renews the media path too.
 * - When the page sees the network change (`online`, or a call's ICE `disconnected` for longer
 *   than ICE_GRACE_MS) while the socket is up. While it is down the reconnect does it instead.
 *
 * Calls ringing or being set up are left to JsSIP: an INVITE in flight when the socket drops fails
 * at once (its transaction reports a transport error), and so does a re-INVITE in flight.
 */
export class CallRecovery {
  private readonly watched = new WeakSet<object>();
  private readonly inFlight = new Set<Call>();
  private readonly done = new WeakMap<Call, number>();
  private readonly timers = new Map<Call, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly host: CallRecoveryHost,
    private readonly graceMs = ICE_GRACE_MS,
  ) {}

  /** Follows the page's `online` event; returns the way to stop. */
  listen(network: NetworkEvents): () => void {
    const onOnline = () => void this.networkChanged();
    network.addEventListener('online', onOnline);
    return () => network.removeEventListener('online', onOnline);
  }

  /** The line registered again on a new socket: every established call on it re-offers. */
  lineReconnected(accountId: string): Promise<void> {
    return this.restartAll((call) => call.view.accountId === accountId);
  }

  /** The network changed: every established call whose socket is up re-offers. */
  networkChanged(): Promise<void> {
    return this.restartAll((call) => this.host.socketUp(call.view.accountId));
  }

  /** Starts following the ICE state of the calls that have a peer connection (idempotent). */
  watchAll(): void {
    for (const call of this.host.calls()) this.watch(call);
  }

  /** How many ICE restarts of this call the far end has answered. */
  restarts(call: Call): number {
    return this.done.get(call) ?? 0;
  }

  private watch(call: Call): void {
    const connection = call.session?.connection;
    if (!connection || this.watched.has(connection)) return;
    this.watched.add(connection);
    connection.addEventListener('iceconnectionstatechange', () => {
      if (!DISCONNECTED.has(connection.iceConnectionState)) return this.clearTimer(call);
      if (this.timers.has(call)) return;
      this.timers.set(
        call,
        setTimeout(() => {
          this.timers.delete(call);
          const stillDown = DISCONNECTED.has(connection.iceConnectionState);
          if (stillDown && this.host.socketUp(call.view.accountId)) void this.restart(call);
        }, this.graceMs),
      );
    });
    call.events.on('ended', () => this.clearTimer(call));
  }

  private async restartAll(wanted: (call: Call) => boolean): Promise<void> {
    const calls = [...this.host.calls()].filter((call) => isEstablished(call.view) && wanted(call));
    await Promise.all(calls.map((call) => this.restart(call)));
  }

  /** One re-offer at a time per call: one still waiting for its turn goes over the socket of then. */
  private async restart(call: Call): Promise<void> {
    if (this.inFlight.has(call) || call.ended) return;
    this.inFlight.add(call);
    this.clearTimer(call);
    let answered = false;
    try {
      await reoffer(call, (session, done) =>
        iceRestartAction(session, () => {
          answered = true;
          done();
        }),
      );
    } finally {
      this.inFlight.delete(call);
    }
    if (answered && !call.ended) this.done.set(call, this.restarts(call) + 1);
  }

  private clearTimer(call: Call): void {
    clearTimeout(this.timers.get(call));
    this.timers.delete(call);
  }
}
