import type { UA } from 'jssip/lib/UA';
import type { RTCSession } from './jssip-types';

/** The private JsSIP 3.13 fields the workarounds below touch; checked by jssip-workarounds.test.ts. */
interface SessionInternals {
  _is_canceled: boolean;
  _cancel_reason?: string;
}

/**
 * Ends a session from our side. Works around JsSIP issue #836 (open in 3.13): cancelling after a
 * 1xx sends CANCEL but, if the callee's 200 crosses it, JsSIP ignores the 200, so the callee
 * stays "connected" until its ACK timer gives up (~32 s). JsSIP ACKs and BYEs such a 200 only
 * when `_is_canceled` is set, which it sets itself only before any 1xx; we set it for 1xx too.
 */
export function endSession(session: RTCSession, options?: { status_code?: number }): void {
  if (session.isEnded()) return;
  if (session.status === session.C.STATUS_1XX_RECEIVED && !options?.status_code) {
    (session as unknown as SessionInternals)._is_canceled = true;
  }
  session.terminate(options);
}

/** The private JsSIP 3.13 Transport (lib/Transport.js) that reconnectNow drives. */
interface TransportInternals {
  recovery_timer: ReturnType<typeof setTimeout> | null;
  socket: {
    onconnect: () => void;
    ondisconnect: (error: boolean, code?: number, reason?: string) => void;
    ondata: (data: unknown) => void;
    disconnect(): void;
  };
  isConnected(): boolean;
  isConnecting(): boolean;
  connect(): void;
  _getSocket(): void;
  _onDisconnect(error: boolean, code?: number, reason?: string): void;
}

const transportOf = (ua: UA) => (ua as unknown as { transport?: TransportInternals }).transport;

/**
 * Makes JsSIP's transport recovery attempt its next connection now instead of at its timer (up
 * to 30 s away): what the recovery timer itself does (Transport._reconnect), run early, with that
 * timer cleared so the attempt is not made twice. JsSIP registers again by itself once connected.
 * False when the socket is up or already connecting.
 */
export function reconnectNow(ua: UA): boolean {
  const transport = transportOf(ua);
  if (!transport || transport.isConnected() || transport.isConnecting()) return false;
  if (transport.recovery_timer !== null) clearTimeout(transport.recovery_timer);
  transport.recovery_timer = null;
  transport._getSocket();
  transport.connect();
  return true;
}

/**
 * Gives up on a connection that is open but dead (a half-open socket behind a NAT or VPN that
 * dropped it, a server that swallows everything), the way JsSIP handles a socket that closed:
 * every transaction on it fails, the registration is marked lost, `disconnected` is emitted and
 * JsSIP's transport recovery is armed. `Transport.disconnect()` is no use here: it sets
 * `close_requested`, which switches that recovery off for good. And we cannot wait for the
 * socket's own `close`: on a half-open connection Chromium waits for the closing handshake a
 * long time. So the socket's callbacks are unbound first (a late `close` must not be counted
 * twice), then it is closed and the transport told it is gone. Follow with reconnectNow() to
 * connect again at once. False when the socket is not up.
 */
export function dropConnection(ua: UA, reason: string): boolean {
  const transport = transportOf(ua);
  if (!transport?.isConnected()) return false;
  const socket = transport.socket;
  socket.onconnect = () => undefined;
  socket.ondisconnect = () => undefined;
  socket.ondata = () => undefined;
  socket.disconnect();
  transport._onDisconnect(true, undefined, reason);
  return true;
}

/** The timers a JsSIP 3.13 transaction (lib/Transactions.js) may hold; checked by jssip-workarounds.test.ts. */
export const TRANSACTION_TIMERS = ['F', 'K', 'B', 'D', 'M', 'J', 'L', 'H', 'I'] as const;

type TransactionInternals = Partial<
  Record<(typeof TRANSACTION_TIMERS)[number], ReturnType<typeof setTimeout>>
> & { resendProvisionalTimer?: ReturnType<typeof setInterval> | null };

/** The UA event JsSIP 3.13 emits when it forgets a transaction (its typings leave it out). */
interface TransactionEvents {
  on(event: 'transactionDestroyed', listener: (event: { transaction: unknown }) => void): void;
}

/**
 * Lets a transaction's memory go as soon as JsSIP forgets it, and returns the same UA. JsSIP 3.13
 * leaves an INVITE server transaction's Timer H (32 s) running after the ACK to a non-2xx final
 * response ended it (Timer I, 0 s on a WebSocket; the timer of JsSIP issue #316): it holds the
 * transaction, the INVITE and its session for 32 s, so a burst of calls refused 486 (beyond the
 * line limit, Do not disturb) stays in memory that long. Once the UA has destroyed a transaction
 * its other timers can only repeat what happened already (a second TERMINATED): they are cleared.
 */
export function releaseDestroyedTransactions(ua: UA): UA {
  (ua as unknown as TransactionEvents).on('transactionDestroyed', ({ transaction }) => {
    const timers = transaction as TransactionInternals;
    for (const name of TRANSACTION_TIMERS) clearTimeout(timers[name]);
    if (timers.resendProvisionalTimer) clearInterval(timers.resendProvisionalTimer);
  });
  return ua;
}
