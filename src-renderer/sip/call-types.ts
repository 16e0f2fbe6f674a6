import type { CallDirection, CallOutcome } from '../../src-preload/contract';

export type { CallDirection, CallOutcome };

/**
 * Where a call is in its life. An incoming call that is not answered yet is `ringing`; an outgoing
 * call is `dialing` until the far end answers, or `early` once it rings (180) or plays early media
 * (183 with SDP). `held` means *we* put the call on hold; the far end holding us is `remoteHold`.
 */
export type CallPhase = 'dialing' | 'ringing' | 'early' | 'active' | 'held' | 'ended';

/**
 * Why a call ended, as a stable code the UI translates (never shown raw):
 *
 * | code                 | meaning for the user                                           |
 * |----------------------|----------------------------------------------------------------|
 * | `hangup`             | you hung up                                                    |
 * | `remote-hangup`      | the other party hung up                                        |
 * | `transferred`        | the call was handed to someone else (blind or attended)        |
 * | `replaced`           | a new call took this one's place (transfer target side)        |
 * | `cancelled`          | the caller hung up before the call was answered                |
 * | `declined`           | the call was declined (by you, or the far end with 603)        |
 * | `busy`               | the far end is busy (486/600)                                  |
 * | `no-answer`          | nobody answered in time (408, or our own no-answer timer)      |
 * | `not-found`          | the number does not exist (404/604)                            |
 * | `unavailable`        | the far end is offline or unreachable (480/410/430)            |
 * | `address-incomplete` | the number is incomplete (484)                                 |
 * | `rejected`           | the server refused the call (403 or another 4xx)               |
 * | `server-error`       | the server failed (5xx)                                        |
 * | `redirected`         | the far end redirected the call (3xx, not followed)            |
 * | `incompatible`       | no common audio format (488/606)                               |
 * | `auth`               | the server did not accept our credentials for the call        |
 * | `microphone`         | the microphone could not be opened                             |
 * | `network`            | connection to the server lost or no answer from it             |
 * | `media`              | the audio connection failed (ICE/DTLS, bad SDP)                |
 * | `dnd`                | rejected automatically by Do not disturb                       |
 * | `forwarded`          | sent on to the line's forwarding target (302)                  |
 * | `answered-elsewhere` | another phone of yours answered                                |
 * | `picked-up`          | a pickup request whose call came to you (directed pickup)      |
 * | `failed`             | anything else                                                  |
 */
export type EndReason =
  | 'hangup'
  | 'remote-hangup'
  | 'transferred'
  | 'replaced'
  | 'picked-up'
  | 'cancelled'
  | 'declined'
  | 'busy'
  | 'no-answer'
  | 'not-found'
  | 'unavailable'
  | 'address-incomplete'
  | 'rejected'
  | 'server-error'
  | 'redirected'
  | 'incompatible'
  | 'auth'
  | 'microphone'
  | 'network'
  | 'media'
  | 'dnd'
  | 'forwarded'
  | 'answered-elsewhere'
  | 'failed';

export type QualityLevel = 'good' | 'fair' | 'poor' | 'unknown';

export interface CallQuality {
  rttMs?: number;
  jitterMs?: number;
  lossPercent?: number;
  /** E-model estimate, 1 (bad) to ~4.4 (best narrowband-equivalent). */
  mos?: number;
  bytesReceived: number;
  bytesSent: number;
  level: QualityLevel;
}

/** One call as the UI sees it: plain and serialisable, replaced (never mutated) on every change. */
export interface CallView {
  id: string;
  accountId: string;
  direction: CallDirection;
  phase: CallPhase;
  /** The far end's number or SIP user, control characters stripped. */
  remoteNumber: string;
  /** The far end's display name: untrusted text, sanitised and capped; render as text only. */
  remoteName?: string;
  remoteUri: string;
  muted: boolean;
  localHold: boolean;
  remoteHold: boolean;
  startedAt: number;
  answeredAt?: number;
  endedAt?: number;
  outcome?: CallOutcome;
  endReason?: EndReason;
  /** This call is the consult leg of an attended transfer of call `consultFor`. */
  consultFor?: string;
  /** Part of the local 3-way mix. */
  conference: boolean;
  /** A REFER sent on this call is in progress, or failed (the call goes on). */
  transferring?: 'pending' | 'failed';
  quality?: CallQuality;
  /** Outgoing: the far end plays its own media before answering (183 with SDP), so no ringback. */
  earlyMedia?: boolean;
  /** The call this one took the place of (transfer: new leg replacing the old one). */
  replaces?: string;
  /** DTMF digits the far end sent us (SIP INFO), most recent last, at most 32. */
  dtmfReceived?: string;
}

/** Live calls are those not ended. */
export function isLive(view: CallView): boolean {
  return view.phase !== 'ended';
}

/** Established: answered and not ended (active or held). */
export function isEstablished(view: CallView): boolean {
  return view.phase === 'active' || view.phase === 'held';
}
