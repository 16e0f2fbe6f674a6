import { jssip } from './jssip-runtime';

/**
 * The private JsSIP 3.13 fields of lib/Dialog/RequestSender.js that the retry below reads and
 * drives; checked against the real class by glare-retry.test.ts.
 */
interface SenderInternals {
  _dialog: {
    local_seqnum: number;
    /** The CSeq number JsSIP puts on the ACK (and CANCEL) of our latest INVITE. */
    _outgoing_ack_seqnum: number | null;
    isTerminated(): boolean;
    owner: SessionInternals;
  };
  _request: {
    method: string;
    cseq: number;
    body?: string;
    setHeader(name: string, value: string): void;
  };
  _eventHandlers: { onErrorResponse(response: unknown): void };
  _reattempt: boolean;
  _reattemptTimer: ReturnType<typeof setTimeout> | null;
  _receiveResponse(response: { method: string; status_code: number }): void;
  send(): void;
}

/** The private RTCSession (lib/RTCSession.js) members used to make a fresh offer. */
interface SessionInternals {
  direction?: string;
  _connection?: { signalingState: string } | null;
  _connectionPromiseQueue: Promise<unknown>;
  _rtcOfferConstraints?: unknown;
  _createLocalDescription(type: 'offer', constraints: unknown): Promise<string>;
  _mangleOffer(sdp: string): string;
}

/** Retries after a 491 before a re-INVITE is given up on (JsSIP itself tries once more). */
export const GLARE_RETRIES = 3;

/**
 * The wait before re-sending a re-INVITE answered 491 Request Pending, as RFC 3261 §14.1 sets
 * it, in units of 10 ms: 2.1–4 s when we generated the dialog's Call-ID (we placed the call),
 * 0–2 s otherwise, so the two ends of a glare do not collide again.
 */
export function glareDelayMs(ownsCallId: boolean, random: () => number = Math.random): number {
  const [from, to] = ownsCallId ? [210, 400] : [0, 200];
  return 10 * (from + Math.min(to - from, Math.floor(random() * (to - from + 1))));
}

/** Where the retry gets its timer and randomness; fakes in tests. */
export interface GlareClock {
  setTimeout(run: () => void, ms: number): ReturnType<typeof setTimeout>;
  random(): number;
}

const systemClock: GlareClock = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  random: () => Math.random(),
};

let installed = false;

/**
 * Makes JsSIP retry a re-INVITE (hold, resume, renegotiation) that the far end answers 491 after
 * the RFC 3261 §14.1 random delay, up to GLARE_RETRIES times, instead of once after a fixed 1 s
 * and with the refused request's CSeq number unchanged on the wire (JsSIP 3.13 updates
 * `request.cseq` but neither the CSeq header nor the number its ACK will carry). Only when the retries are spent does the re-INVITE
 * fail, as JsSIP reports it (a failed hold ends the call). Patches JsSIP's in-dialog request
 * sender for every UA in the page; calling it again does nothing.
 */
export function installGlareRetry(clock: GlareClock = systemClock): void {
  if (installed) return;
  installed = true;
  const proto = jssip().DialogRequestSender.prototype as unknown as SenderInternals;
  const receive = proto._receiveResponse;
  const retries = new WeakMap<SenderInternals, number>();
  proto._receiveResponse = function (this: SenderInternals, response) {
    const tried = retries.get(this) ?? 0;
    if (response.method !== 'INVITE' || response.status_code !== 491 || tried >= GLARE_RETRIES) {
      // A 491 after our last retry: let JsSIP fail it (its `_reattempt` says it already retried).
      if (response.status_code === 491) this._reattempt = true;
      receive.call(this, response);
      return;
    }
    retries.set(this, tried + 1);
    const request = this._request;
    request.cseq = this._dialog.local_seqnum += 1;
    request.setHeader('cseq', `${request.cseq} ${request.method}`);
    this._dialog._outgoing_ack_seqnum = request.cseq;
    const owner = this._dialog.owner.direction === 'outgoing';
    this._reattemptTimer = clock.setTimeout(
      () => resend(this, response),
      glareDelayMs(owner, clock.random),
    );
  };
}

/**
 * Sends the refused re-INVITE again. If the far end's own re-INVITE (the other half of the glare)
 * was accepted meanwhile, Chromium rolled our offer back to answer it: the old SDP no longer
 * matches the peer connection, so a fresh offer goes out (hold or not, as JsSIP's mangling says).
 */
function resend(sender: SenderInternals, response: unknown): void {
  if (sender._dialog.isTerminated()) return;
  const session = sender._dialog.owner;
  const state = session._connection?.signalingState;
  if (!sender._request.body || !state || state === 'have-local-offer') {
    sender.send();
    return;
  }
  session._connectionPromiseQueue = session._connectionPromiseQueue
    .then(() => session._createLocalDescription('offer', session._rtcOfferConstraints ?? null))
    .then((sdp) => {
      sender._request.body = session._mangleOffer(sdp);
      if (!sender._dialog.isTerminated()) sender.send();
    })
    .catch(() => sender._eventHandlers.onErrorResponse(response));
}
