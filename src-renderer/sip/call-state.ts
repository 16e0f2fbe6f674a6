import type { CallOutcome, CallQuality, CallView, EndReason } from './call-types';

/**
 * Everything that can happen to a call, in our own terms (the Call class translates JsSIP's
 * events into these). The reducer below is the whole call state machine.
 */
export type CallEvent =
  | { type: 'progress'; earlyMedia: boolean }
  | { type: 'accepted'; at: number }
  | { type: 'hold'; originator: 'local' | 'remote' }
  | { type: 'unhold'; originator: 'local' | 'remote' }
  | { type: 'mute'; muted: boolean }
  | { type: 'dtmf-received'; tone: string }
  | { type: 'transfer'; state: 'pending' | 'failed' | undefined }
  /** The call this one was consulting for has ended: it goes on as a call of its own. */
  | { type: 'consult-orphaned' }
  | { type: 'conference'; on: boolean }
  | { type: 'quality'; quality: CallQuality }
  | { type: 'ended'; at: number; outcome: CallOutcome; reason: EndReason };

const DTMF_KEPT = 32;

/** Pure: the call after `event`. Events that make no sense in the current phase are ignored. */
export function reduceCall(view: CallView, event: CallEvent): CallView {
  if (view.phase === 'ended') return view;
  switch (event.type) {
    case 'progress': {
      if (view.direction !== 'outgoing' || (view.phase !== 'dialing' && view.phase !== 'early'))
        return view;
      // Once early media has been seen, a later plain 180 must not bring the ringback back.
      return { ...view, phase: 'early', earlyMedia: Boolean(view.earlyMedia || event.earlyMedia) };
    }
    case 'accepted':
      if (view.answeredAt !== undefined) return view;
      return { ...view, phase: view.localHold ? 'held' : 'active', answeredAt: event.at };
    case 'hold':
    case 'unhold': {
      const on = event.type === 'hold';
      if (event.originator === 'remote') return { ...view, remoteHold: on };
      if (view.answeredAt === undefined) return view;
      return { ...view, localHold: on, phase: on ? 'held' : 'active' };
    }
    case 'mute':
      return { ...view, muted: event.muted };
    case 'dtmf-received':
      return { ...view, dtmfReceived: ((view.dtmfReceived ?? '') + event.tone).slice(-DTMF_KEPT) };
    case 'transfer':
      return { ...view, transferring: event.state };
    case 'consult-orphaned':
      return { ...view, consultFor: undefined, transferring: undefined };
    case 'conference':
      return { ...view, conference: event.on };
    case 'quality':
      return view.answeredAt === undefined ? view : { ...view, quality: event.quality };
    case 'ended':
      return {
        ...view,
        phase: 'ended',
        endedAt: event.at,
        outcome: event.outcome,
        endReason: event.reason,
        transferring: undefined,
        conference: false,
      };
  }
}

/** What we know when JsSIP reports `ended` or `failed`. */
export interface EndFacts {
  direction: 'incoming' | 'outgoing';
  answered: boolean;
  /** Who ended it: we did (`local`), the far end (`remote`), or JsSIP itself (`system`). */
  originator: 'local' | 'remote' | 'system';
  /** JsSIP's cause string (JsSIP.C.causes). */
  cause: string;
  /** SIP status of the final response, when the call failed on one. */
  statusCode?: number;
  /** Our own reasons, which JsSIP cannot know. */
  declinedByUs?: boolean;
  doNotDisturb?: boolean;
  /** We sent the caller on with a 302 (forwarding). */
  forwarded?: boolean;
  transferred?: boolean;
  replaced?: boolean;
  /** A directed-pickup request (`*8` + extension) whose call was delivered to us as a new call. */
  pickedUp?: boolean;
  /** We could not open the microphone to place or answer the call. */
  microphoneFailed?: boolean;
  /** The caller's CANCEL said another phone answered (Reason: SIP;cause=200). */
  answeredElsewhere?: boolean;
}

/** JsSIP.C.causes values we map (kept as literals so this module stays free of JsSIP). */
const CAUSE = {
  BYE: 'Terminated',
  CANCELED: 'Canceled',
  NO_ANSWER: 'No Answer',
  EXPIRES: 'Expires',
  REJECTED: 'Rejected',
  BUSY: 'Busy',
  CONNECTION_ERROR: 'Connection Error',
  REQUEST_TIMEOUT: 'Request Timeout',
  DIALOG_ERROR: 'Dialog Error',
  NO_ACK: 'No ACK',
  RTP_TIMEOUT: 'RTP Timeout',
  WEBRTC_ERROR: 'WebRTC Error',
  BAD_MEDIA_DESCRIPTION: 'Bad Media Description',
  MISSING_SDP: 'Missing SDP',
  INCOMPATIBLE_SDP: 'Incompatible SDP',
  USER_DENIED_MEDIA_ACCESS: 'User Denied Media Access',
  AUTHENTICATION_ERROR: 'Authentication Error',
  NOT_FOUND: 'Not Found',
  UNAVAILABLE: 'Unavailable',
  ADDRESS_INCOMPLETE: 'Address Incomplete',
  REDIRECTED: 'Redirected',
} as const;

/** A reason for a failure that is the network's or the media's fault rather than anyone's choice. */
function technicalReason(cause: string): EndReason | undefined {
  switch (cause) {
    case CAUSE.CONNECTION_ERROR:
    case CAUSE.REQUEST_TIMEOUT:
    case CAUSE.DIALOG_ERROR:
    case CAUSE.NO_ACK:
      return 'network';
    case CAUSE.RTP_TIMEOUT:
    case CAUSE.WEBRTC_ERROR:
    case CAUSE.BAD_MEDIA_DESCRIPTION:
    case CAUSE.MISSING_SDP:
      return 'media';
    case CAUSE.USER_DENIED_MEDIA_ACCESS:
      return 'microphone';
    default:
      return undefined;
  }
}

/** An outgoing call's final response, as a reason (`failed` outcome unless said otherwise). */
function reasonOfStatus(status: number): EndReason {
  if (status === 486 || status === 600) return 'busy';
  if (status === 603) return 'declined';
  if (status === 404 || status === 604) return 'not-found';
  if (status === 408) return 'no-answer';
  if (status === 480 || status === 410 || status === 430) return 'unavailable';
  if (status === 484 || status === 424) return 'address-incomplete';
  if (status === 488 || status === 606) return 'incompatible';
  if (status === 401 || status === 407) return 'auth';
  if (status === 487) return 'cancelled';
  if (status >= 300 && status < 400) return 'redirected';
  if (status >= 500 && status < 600) return 'server-error';
  return 'rejected';
}

function reasonOfCause(cause: string): EndReason {
  switch (cause) {
    case CAUSE.BUSY:
      return 'busy';
    case CAUSE.NOT_FOUND:
      return 'not-found';
    case CAUSE.UNAVAILABLE:
      return 'unavailable';
    case CAUSE.ADDRESS_INCOMPLETE:
      return 'address-incomplete';
    case CAUSE.INCOMPATIBLE_SDP:
      return 'incompatible';
    case CAUSE.AUTHENTICATION_ERROR:
      return 'auth';
    case CAUSE.REDIRECTED:
      return 'redirected';
    case CAUSE.REJECTED:
      return 'rejected';
    default:
      return technicalReason(cause) ?? 'failed';
  }
}

/**
 * Pure: how a call ended, as the history and the UI report it. An answered call is always
 * `answered` (the reason says how it ended); an unanswered one is missed, declined, busy,
 * cancelled or failed from the user's point of view.
 */
export function classifyEnd(facts: EndFacts): { outcome: CallOutcome; reason: EndReason } {
  const { cause, originator } = facts;
  if (facts.forwarded && !facts.answered) return { outcome: 'missed', reason: 'forwarded' };
  if (facts.pickedUp && !facts.answered) return { outcome: 'cancelled', reason: 'picked-up' };
  if (facts.doNotDisturb) return { outcome: 'missed', reason: 'dnd' };
  if (facts.microphoneFailed) return { outcome: 'failed', reason: 'microphone' };
  if (facts.answered) {
    if (facts.transferred) return { outcome: 'answered', reason: 'transferred' };
    if (facts.replaced) return { outcome: 'answered', reason: 'replaced' };
    const technical = technicalReason(cause);
    if (technical) return { outcome: 'answered', reason: technical };
    return { outcome: 'answered', reason: originator === 'local' ? 'hangup' : 'remote-hangup' };
  }
  if (facts.direction === 'incoming') {
    if (facts.declinedByUs) return { outcome: 'declined', reason: 'declined' };
    if (facts.answeredElsewhere) return { outcome: 'missed', reason: 'answered-elsewhere' };
    if (cause === CAUSE.CANCELED || cause === CAUSE.BYE)
      return { outcome: 'missed', reason: 'cancelled' };
    if (cause === CAUSE.NO_ANSWER || cause === CAUSE.EXPIRES)
      return { outcome: 'missed', reason: 'no-answer' };
    const technical = technicalReason(cause);
    return { outcome: 'failed', reason: technical ?? 'failed' };
  }
  // Outgoing, never answered.
  if (cause === CAUSE.CANCELED && originator === 'local')
    return { outcome: 'cancelled', reason: 'cancelled' };
  const reason =
    facts.statusCode !== undefined && facts.statusCode >= 300
      ? reasonOfStatus(facts.statusCode)
      : reasonOfCause(cause);
  if (reason === 'busy') return { outcome: 'busy', reason };
  if (reason === 'declined') return { outcome: 'declined', reason };
  if (reason === 'cancelled') return { outcome: 'cancelled', reason };
  return { outcome: 'failed', reason };
}
