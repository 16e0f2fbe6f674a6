/**
 * A fake JsSIP UA and RTCSession behind the `UaFactory` seam, in the spirit of JsSIP's own tests:
 * the engine drives them through the real API, and a test plays the network's part by calling the
 * `remote*` helpers (a 180, a 200, a BYE, a REFER...). Their state rules copy JsSIP 3.13's
 * (lib/RTCSession.js: terminate(), hold(), unhold()). Test-only: never imported by the app.
 */
import type { UA, UAConfiguration } from 'jssip/lib/UA';
import type { AccountProfile } from '../../../src-preload/contract';
import type { UaFactory } from '../account-connection';
import type { RTCSession } from '../jssip-types';
import type { ReferEventHandlers } from '../jssip-types';
import { FakeMediaStream, FakeTrack } from './fake-media';

/** JsSIP's RTCSession.C status values (lib/RTCSession.js). */
export const STATUS = {
  STATUS_NULL: 0,
  STATUS_INVITE_SENT: 1,
  STATUS_1XX_RECEIVED: 2,
  STATUS_INVITE_RECEIVED: 3,
  STATUS_WAITING_FOR_ANSWER: 4,
  STATUS_ANSWERED: 5,
  STATUS_WAITING_FOR_ACK: 6,
  STATUS_CANCELED: 7,
  STATUS_TERMINATED: 8,
  STATUS_CONFIRMED: 9,
} as const;

type Listener = (payload: never) => void;

/** The little of Node's EventEmitter that JsSIP's classes offer and the engine uses. */
class FakeEmitter {
  private readonly listeners = new Map<string, ((payload: unknown) => void)[]>();

  on(event: string, listener: Listener): this {
    const list = this.listeners.get(event) ?? [];
    list.push(listener as (payload: unknown) => void);
    this.listeners.set(event, list);
    return this;
  }

  emit(event: string, payload?: unknown): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(payload);
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** A parsed SIP URI as JsSIP's URI class shows it. */
export function fakeUri(
  user: string,
  host = 'pbx.test',
): {
  user: string;
  host: string;
  toString(): string;
} {
  return { user, host, toString: () => `sip:${user}@${host}` };
}

/** The RTCPeerConnection behind a session: one audio receiver, one sender that records replaceTrack. */
export class FakePeerConnection extends FakeEmitter {
  connectionState: RTCPeerConnectionState = 'connected';
  iceGatheringState: RTCIceGatheringState = 'complete';
  readonly remoteTrack = new FakeTrack('audio', 'remote');
  readonly sender: { track: FakeTrack | null; replaceTrack(track: FakeTrack): Promise<void> };
  stats: Record<string, unknown>[] = [];

  constructor(local: FakeMediaStream | undefined) {
    super();
    const sender = {
      track: local?.getAudioTracks()[0] ?? null,
      replaceTrack: (track: FakeTrack) => {
        sender.track = track;
        return Promise.resolve();
      },
    };
    this.sender = sender;
  }

  addEventListener(type: string, listener: Listener): void {
    this.on(type, listener);
  }

  getReceivers(): { track: FakeTrack }[] {
    return [{ track: this.remoteTrack }];
  }

  getSenders(): (typeof this.sender)[] {
    return [this.sender];
  }

  getStats(): Promise<Map<string, unknown>> {
    return Promise.resolve(new Map(this.stats.map((stat, index) => [String(index), stat])));
  }

  /** The far end's audio arrives ('track' event). */
  remoteAudioArrives(): FakeMediaStream {
    const stream = new FakeMediaStream([this.remoteTrack]);
    this.emit('track', { track: this.remoteTrack, streams: [stream] });
    return stream;
  }
}

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
  readonly dtmf: { tones: string; transportType?: string }[] = [];
  readonly refers: ReferRecord[] = [];
  answerOptions: { mediaStream?: FakeMediaStream } | undefined;
  /** How the fake answers our re-INVITEs: at once, or when the test says (`pendingReoffer`). */
  reofferReply: 'ok' | 'manual' = 'ok';
  pendingReoffer: { done?: () => void; kind: 'hold' | 'unhold' } | undefined;
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
  terminate(options: { status_code?: number; cause?: string } = {}): void {
    if (this.isEnded()) throw new Error('Invalid status');
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

/** JsSIP's UA as the engine uses it; `sessions` holds every session, newest last. */
export class FakeUa extends FakeEmitter {
  readonly sessions: FakeSession[] = [];
  started = false;
  stopped = false;

  constructor(readonly configuration: UAConfiguration) {
    super();
  }

  get asUa(): UA {
    return this as unknown as UA;
  }

  start(): void {
    this.started = true;
  }

  /** As JsSIP's UA.stop(): every session still up is terminated. */
  stop(): void {
    this.stopped = true;
    for (const session of this.sessions) if (!session.isEnded()) session.terminate();
  }

  call(target: string, options: { mediaStream?: FakeMediaStream }): RTCSession {
    const session = this.newSession('outgoing', { user: target }, options.mediaStream);
    this.emit('newRTCSession', { originator: 'local', session: session.asSession, request: {} });
    return session.asSession;
  }

  newSession(
    direction: 'incoming' | 'outgoing',
    remote: { user: string; display?: string },
    mediaStream?: FakeMediaStream,
  ): FakeSession {
    const session = new FakeSession({ direction, remote, mediaStream, ua: this });
    this.sessions.push(session);
    return session;
  }

  /** The latest session (the one a test just made happen). */
  get last(): FakeSession {
    const session = this.sessions.at(-1);
    if (!session) throw new Error('No session yet');
    return session;
  }

  // ---- the network's part ----

  /** The socket opens and the REGISTER gets its 200. */
  register(url = 'wss://pbx.test/ws'): void {
    this.emit('connecting', { socket: { url } });
    this.emit('connected', { socket: { url } });
    this.emit('registered', { response: { status_code: 200 } });
  }

  registrationFails(cause: string, statusCode?: number, reason?: string): void {
    this.emit('registrationFailed', {
      cause,
      response: statusCode ? { status_code: statusCode, reason_phrase: reason } : null,
    });
  }

  /** The WebSocket closes under us; JsSIP then reconnects on its own ('connecting' again). */
  dropTransport(url = 'wss://pbx.test/ws', code = 1006): void {
    this.emit('disconnected', { socket: { url }, error: true, code, reason: '' });
  }

  /** An INVITE arrives from `from`. */
  receiveCall(from: string, display = ''): FakeSession {
    const session = this.newSession('incoming', { user: from, display });
    this.emit('newRTCSession', {
      originator: 'remote',
      session: session.asSession,
      request: { from: { uri: fakeUri(from), display_name: display } },
    });
    return session;
  }
}

/** A UaFactory that makes FakeUas and keeps them, newest last. */
export function fakeUaFactory(): { factory: UaFactory; uas: FakeUa[] } {
  const uas: FakeUa[] = [];
  return {
    uas,
    factory: (configuration) => {
      const ua = new FakeUa(configuration);
      uas.push(ua);
      return ua.asUa;
    },
  };
}

/** An account profile for tests: extension 1001 at pbx.test. */
export function testProfile(overrides: Partial<AccountProfile> = {}): AccountProfile {
  return {
    id: 'acc1',
    servers: ['wss://pbx.test/ws'],
    domain: 'pbx.test',
    extension: '1001',
    iceServers: [],
    registerExpires: 600,
    dtmfMode: 'rfc2833',
    ...overrides,
  };
}
