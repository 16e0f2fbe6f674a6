/**
 * A fake JsSIP RTCSession: the engine drives it through the real API and a test plays the far
 * end's part with the `remote*` helpers. Its state rules copy JsSIP 3.13's lib/RTCSession.js
 * (terminate(), hold(), unhold()). Test-only.
 */
import type { ReferEventHandlers, RTCSession } from '../jssip-types';
import type { FakeMediaStream } from './fake-media';
import { FakeEmitter, FakePeerConnection, fakeUri, STATUS } from './fake-sip';
import type { FakeUa } from './fake-ua';

export interface ReferRecord {
  target: string;
  handlers: ReferEventHandlers;
  replaces?: FakeSession;
}

interface SessionOptions {
  direction: 'incoming' | 'outgoing';
  remote: { user: string; display?: string };
  mediaStream?: FakeMediaStream;
  ua: FakeUa;
}

/** One call leg, as JsSIP's RTCSession; `sent` lists the SIP messages it would have sent. */
export class FakeSession extends FakeEmitter {
  readonly C = STATUS;
  readonly direction: 'incoming' | 'outgoing';
  status: number;
  readonly remote_identity: { uri: ReturnType<typeof fakeUri>; display_name: string };
  connection: FakePeerConnection | undefined;
  /** The private flag jssip-workarounds.ts sets (JsSIP #836). */
  _is_canceled = false;
  readonly sent: string[] = [];
  /** What the last terminate() was given (status, Contact of a 302...). */
  terminatedWith: { status_code?: number; cause?: string; extraHeaders?: string[] } | undefined;
  readonly dtmf: { tones: string; transportType?: string }[] = [];
  readonly refers: ReferRecord[] = [];
  answerOptions: { mediaStream?: FakeMediaStream } | undefined;
  /** How the fake answers our re-INVITEs: at once, or when the test says (`pendingReoffer`). */
  reofferReply: 'ok' | 'manual' = 'ok';
  pendingReoffer: { done?: () => void; kind: 'hold' | 'unhold' | 'renegotiate' } | undefined;
  private localHold = false;
  private audioMuted = false;
  readonly ua: FakeUa;

  constructor(options: SessionOptions) {
    super();
    this.ua = options.ua;
    this.direction = options.direction;
    this.status =
      options.direction === 'outgoing'
        ? STATUS.STATUS_INVITE_SENT
        : STATUS.STATUS_WAITING_FOR_ANSWER;
    this.remote_identity = {
      uri: fakeUri(options.remote.user),
      display_name: options.remote.display ?? '',
    };
    this.connection =
      options.direction === 'outgoing' ? new FakePeerConnection(options.mediaStream) : undefined;
    // JsSIP sends the INVITE a few promise turns later, once the offer is made.
    if (options.direction === 'outgoing')
      void Promise.resolve().then(() => this.emit('sending', { request: {} }));
  }

  /** As the engine sees it. */
  get asSession(): RTCSession {
    return this as unknown as RTCSession;
  }

  isEnded(): boolean {
    return this.status === STATUS.STATUS_CANCELED || this.status === STATUS.STATUS_TERMINATED;
  }

  isEstablished(): boolean {
    return (
      this.status === STATUS.STATUS_ANSWERED ||
      this.status === STATUS.STATUS_WAITING_FOR_ACK ||
      this.status === STATUS.STATUS_CONFIRMED
    );
  }

  isReadyToReOffer(): boolean {
    return !this.pendingReoffer;
  }

  isMuted(): { audio: boolean; video: boolean } {
    return { audio: this.audioMuted, video: false };
  }

  answer(options: { mediaStream?: FakeMediaStream }): void {
    if (this.status !== STATUS.STATUS_WAITING_FOR_ANSWER) throw new Error('Invalid status');
    this.answerOptions = options;
    this.connection = new FakePeerConnection(options.mediaStream);
    this.emit('peerconnection', { peerconnection: this.connection });
    this.status = STATUS.STATUS_WAITING_FOR_ACK;
    this.sent.push('200');
    this.emit('accepted', { originator: 'local' });
  }

  /** As JsSIP's terminate(): CANCEL before an answer, a final response to an INVITE, else BYE. */
  terminate(options: { status_code?: number; cause?: string; extraHeaders?: string[] } = {}): void {
    if (this.isEnded()) throw new Error('Invalid status');
    this.terminatedWith = options;
    if (this.direction === 'outgoing' && !this.isEstablished()) {
      if (this.status === STATUS.STATUS_1XX_RECEIVED) this.sent.push('CANCEL');
      this.status = STATUS.STATUS_CANCELED;
      this.emit('failed', { originator: 'local', message: null, cause: 'Canceled' });
    } else if (this.status === STATUS.STATUS_WAITING_FOR_ANSWER) {
      this.sent.push(String(options.status_code ?? 480));
      this.status = STATUS.STATUS_TERMINATED;
      this.emit('failed', { originator: 'local', message: null, cause: 'Rejected' });
    } else {
      this.sent.push('BYE');
      this.status = STATUS.STATUS_TERMINATED;
      this.emit('ended', {
        originator: 'local',
        message: null,
        cause: options.cause ?? 'Terminated',
      });
    }
  }

  hold(_options: object, done?: () => void): boolean {
    return this.reoffer('hold', done);
  }

  unhold(_options: object, done?: () => void): boolean {
    return this.reoffer('unhold', done);
  }

  /** As JsSIP's renegotiate(): a re-INVITE (or UPDATE) whose offer keeps the hold direction. */
  renegotiate(
    options: { useUpdate?: boolean; rtcOfferConstraints?: { iceRestart?: boolean } } = {},
    done?: () => void,
  ): boolean {
    if (this.status !== STATUS.STATUS_CONFIRMED && this.status !== STATUS.STATUS_WAITING_FOR_ACK)
      return false;
    if (!this.isReadyToReOffer()) return false;
    const method = options.useUpdate ? 'UPDATE' : 're-INVITE';
    const restart = options.rtcOfferConstraints?.iceRestart ? ' ice-restart' : '';
    this.sent.push(`${method} ${this.localHold ? 'sendonly' : 'sendrecv'}${restart}`);
    this.pendingReoffer = { done, kind: 'renegotiate' };
    if (this.reofferReply === 'ok') queueMicrotask(() => this.finishReoffer(true));
    return true;
  }

  mute(): void {
    if (this.audioMuted) return;
    this.audioMuted = true;
    this.emit('muted', { audio: true });
  }

  unmute(): void {
    if (!this.audioMuted) return;
    this.audioMuted = false;
    this.emit('unmuted', { audio: true });
  }

  sendDTMF(tones: string, options: { transportType?: string }): void {
    this.dtmf.push({ tones, transportType: options.transportType });
  }

  refer(
    target: string,
    options: { eventHandlers: ReferEventHandlers; replaces?: FakeSession },
  ): void {
    this.sent.push('REFER');
    this.refers.push({ target, handlers: options.eventHandlers, replaces: options.replaces });
  }

  // ---- the far end's part ----

  /** 180 Ringing (or 183 with SDP: early media). */
  remoteRinging(earlyMedia = false): void {
    this.status = STATUS.STATUS_1XX_RECEIVED;
    this.emit('progress', {
      originator: 'remote',
      response: { status_code: earlyMedia ? 183 : 180, body: earlyMedia ? 'v=0' : '' },
    });
  }

  /** 200 OK to our INVITE. JsSIP ignores one that crosses our CANCEL unless `_is_canceled`. */
  remoteAnswer(): void {
    if (this.status === STATUS.STATUS_CANCELED) {
      if (this._is_canceled) this.sent.push('ACK', 'BYE');
      return;
    }
    this.status = STATUS.STATUS_CONFIRMED;
    this.sent.push('ACK');
    this.emit('accepted', { originator: 'remote', response: { status_code: 200 } });
    this.emit('confirmed', { originator: 'local' });
  }

  /** The ACK to our 200 (incoming calls). */
  remoteAck(): void {
    this.status = STATUS.STATUS_CONFIRMED;
    this.emit('confirmed', { originator: 'remote' });
  }

  /** A final error response to our INVITE. */
  remoteReject(statusCode: number, cause: string): void {
    this.status = STATUS.STATUS_TERMINATED;
    this.emit('failed', {
      originator: 'remote',
      message: { status_code: statusCode, getHeader: () => undefined },
      cause,
    });
  }

  /** The caller gave up (CANCEL), with an optional Reason header. */
  remoteCancel(reason?: string): void {
    this.status = STATUS.STATUS_CANCELED;
    this.emit('failed', {
      originator: 'remote',
      message: { getHeader: (name: string) => (name === 'Reason' ? reason : undefined) },
      cause: 'Canceled',
    });
  }

  remoteBye(): void {
    this.status = STATUS.STATUS_TERMINATED;
    this.emit('ended', { originator: 'remote', message: null, cause: 'Terminated' });
  }

  /** The far end holds or resumes us (its re-INVITE). */
  remoteHold(on: boolean): void {
    this.emit(on ? 'hold' : 'unhold', { originator: 'remote' });
  }

  remoteDtmf(tone: string): void {
    this.emit('newDTMF', { originator: 'remote', dtmf: { tone } });
  }

  /** Answers the pending re-INVITE: 200 (done) or an error, which makes JsSIP end the call. */
  finishReoffer(ok: boolean): void {
    const pending = this.pendingReoffer;
    if (!pending) throw new Error('No re-INVITE in flight');
    this.pendingReoffer = undefined;
    if (ok) pending.done?.();
    else
      this.terminate({
        status_code: 500,
        cause: 'WebRTC Error',
      });
  }

  /** The far end REFERs us to `target`; returns what we answered. */
  remoteRefer(target: string): { accepted?: FakeSession; rejected: boolean } {
    const result: { accepted?: FakeSession; rejected: boolean } = { rejected: false };
    this.emit('refer', {
      request: { refer_to: { uri: fakeUri(target) } },
      accept: (
        init?: (session: RTCSession) => void,
        options?: { mediaStream?: FakeMediaStream },
      ) => {
        const session = this.ua.newSession('outgoing', { user: target }, options?.mediaStream);
        init?.(session.asSession);
        result.accepted = session;
      },
      reject: () => {
        result.rejected = true;
      },
    });
    return result;
  }

  /** An INVITE with Replaces for this session arrives from `from`; returns the new session. */
  remoteReplaces(from: string): { accepted?: FakeSession; rejected: boolean } {
    const result: { accepted?: FakeSession; rejected: boolean } = { rejected: false };
    this.emit('replaces', {
      request: {},
      accept: (init?: (session: RTCSession) => void) => {
        const session = this.ua.newSession('incoming', { user: from });
        init?.(session.asSession);
        result.accepted = session;
        // As JsSIP's init_incoming: newRTCSession follows the init callback.
        this.ua.emit('newRTCSession', {
          originator: 'remote',
          session: session.asSession,
          request: { from: { uri: fakeUri(from), display_name: '' } },
        });
      },
      reject: () => {
        result.rejected = true;
      },
    });
    return result;
  }

  private reoffer(kind: 'hold' | 'unhold', done?: () => void): boolean {
    if (this.status !== STATUS.STATUS_CONFIRMED && this.status !== STATUS.STATUS_WAITING_FOR_ACK)
      return false;
    if (this.localHold === (kind === 'hold') || !this.isReadyToReOffer()) return false;
    this.localHold = kind === 'hold';
    this.sent.push(`re-INVITE ${kind}`);
    this.emit(kind, { originator: 'local' });
    this.pendingReoffer = { done, kind };
    if (this.reofferReply === 'ok') queueMicrotask(() => this.finishReoffer(true));
    return true;
  }
}
