/**
 * The few JsSIP shapes its bundled typings get wrong or leave as `any`/`Function`, typed from
 * jssip 3.13 source (lib/RTCSession.js, lib/RTCSession/ReferSubscriber.js). Kept in one place so
 * a JsSIP upgrade is checked here.
 */
import type { CallOptions } from 'jssip/lib/UA';
import type { RTCSession } from 'jssip/lib/RTCSession';
import type { IncomingRequest } from 'jssip/lib/SIPMessage';

export type { RTCSession, CallOptions, IncomingRequest };

/** RTCSession 'refer': the far end asks us to call someone (we are the transferee). */
export interface IncomingReferEvent {
  request: IncomingRequest & { refer_to?: { uri: { toString(): string } } };
  /** Calls `initCallback(newSession)` before the new session's INVITE goes out. */
  accept(initCallback?: (session: RTCSession) => void, options?: CallOptions): void;
  reject(): void;
}

/** RTCSession 'replaces': an INVITE with Replaces for this session (we are the transfer target). */
export interface IncomingReplacesEvent {
  request: IncomingRequest;
  accept(initCallback?: (session: RTCSession) => void): void;
  reject(): void;
}

/** A NOTIFY's sipfrag status line, as ReferSubscriber reports it. */
export interface ReferNotifyEvent {
  status_line?: { status_code: number; reason_phrase?: string };
}

/** The events of the ReferSubscriber behind RTCSession.refer() (its typings say `any`). */
export interface ReferEventHandlers {
  requestSucceeded?: () => void;
  requestFailed?: (event: { cause?: string }) => void;
  trying?: (event: ReferNotifyEvent) => void;
  progress?: (event: ReferNotifyEvent) => void;
  accepted?: (event: ReferNotifyEvent) => void;
  failed?: (event: ReferNotifyEvent) => void;
}

/** JsSIP's DTMF transport names (JsSIP.C.DTMF_TRANSPORT). */
export const DTMF_TRANSPORT = { INFO: 'INFO', RFC2833: 'RFC2833' } as const;
