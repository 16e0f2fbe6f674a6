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
  isConnected(): boolean;
  isConnecting(): boolean;
  connect(): void;
  _getSocket(): void;
}

/**
 * Makes JsSIP's transport recovery attempt its next connection now instead of at its timer (up
 * to 30 s away): what the recovery timer itself does (Transport._reconnect), run early, with that
 * timer cleared so the attempt is not made twice. JsSIP registers again by itself once connected.
 * False when the socket is up or already connecting.
 */
export function reconnectNow(ua: UA): boolean {
  const transport = (ua as unknown as { transport?: TransportInternals }).transport;
  if (!transport || transport.isConnected() || transport.isConnecting()) return false;
  if (transport.recovery_timer !== null) clearTimeout(transport.recovery_timer);
  transport.recovery_timer = null;
  transport._getSocket();
  transport.connect();
  return true;
}
