import mitt, { type Emitter } from 'mitt';
import type { DTMF_TRANSPORT } from 'jssip/lib/Constants';
import type {
  IncomingDTMFEvent,
  IncomingEvent,
  OutgoingDTMFEvent,
  OutgoingEvent,
  RTCSession,
} from 'jssip/lib/RTCSession';
import type { AccountProfile } from '../../src-preload/contract';
import { summariseStats, type RtcStatsLike, type StatsSample } from './call-quality';
import { classifyEnd, reduceCall, type CallEvent, type EndFacts } from './call-state';
import type { CallView } from './call-types';
import { IceGatheringCap, wantedCandidate } from './ice-cap';
import type { IncomingReferEvent, IncomingReplacesEvent } from './jssip-types';
import { endSession } from './jssip-workarounds';
import { RemoteAudio, stopStream } from './local-media';
import { remoteIdentity, type NameAddrLike } from './remote-identity';

export type CallEvents = {
  change: CallView;
  ended: CallView;
  /** The far end asks us to call someone else (we are the transferee). */
  refer: IncomingReferEvent;
  /** An INVITE with Replaces arrived for this call (we are the transfer target). */
  replaces: IncomingReplacesEvent;
  /** Remote audio arrived or changed (the conference mix listens). */
  remoteStream: MediaStream;
};

/** Facts only we know, for classifyEnd(); set by the manager before it ends a call. */
export type EndFlags = Pick<
  EndFacts,
  | 'declinedByUs'
  | 'doNotDisturb'
  | 'forwarded'
  | 'transferred'
  | 'replaced'
  | 'pickedUp'
  | 'microphoneFailed'
>;

const STATS_INTERVAL_MS = 2000;

/** Fresh call id; crypto.randomUUID needs a secure context, which loopback and Electron both are. */
export function newCallId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `call-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

/**
 * One call: wraps one JsSIP RTCSession, turns its events into our CallView through reduceCall(),
 * and owns the call's media (microphone stream, remote <audio>, ICE cap, quality sampling).
 * Never reactive: the store only ever sees `view`.
 */
export class Call {
  readonly events: Emitter<CallEvents> = mitt<CallEvents>();
  session: RTCSession | null = null;
  /** The microphone stream handed to JsSIP (ours to stop; JsSIP only stops streams it opened). */
  microphone: MediaStream | null = null;
  readonly endFlags: EndFlags = {};
  private current: CallView;
  /**
   * Made with the peer connection, not with the call: a call that only rings, or is refused
   * (486 beyond the line limit), never plays audio, and a flood of them must not cost an
   * <audio> element and a setSinkId each.
   */
  private remote: RemoteAudio | null = null;
  /** Call volume, 0..1 (Settings → Audio). */
  private volume = 1;
  private readonly iceCap: IceGatheringCap;
  private statsTimer: ReturnType<typeof setInterval> | undefined;
  private lastSample: StatsSample | undefined;

  constructor(
    initial: Omit<
      CallView,
      'phase' | 'muted' | 'localHold' | 'remoteHold' | 'startedAt' | 'conference'
    > &
      Partial<Pick<CallView, 'phase'>>,
    readonly profile: AccountProfile,
    private speakerId: string | undefined,
  ) {
    this.current = {
      phase: initial.direction === 'incoming' ? 'ringing' : 'dialing',
      muted: false,
      localHold: false,
      remoteHold: false,
      conference: false,
      startedAt: Date.now(),
      ...initial,
    };
    this.iceCap = new IceGatheringCap(wantedCandidate(profile.iceServers));
  }

  get id(): string {
    return this.current.id;
  }

  get view(): CallView {
    return this.current;
  }

  get ended(): boolean {
    return this.current.phase === 'ended';
  }

  get remoteStream(): MediaStream | null {
    return this.remote?.stream ?? null;
  }

  /**
   * The far end's audio as a stream that survives hold: Chromium removes the track from the
   * remote MediaStream while the direction excludes receiving (hold) and adds it back on resume,
   * but the RTCRtpReceiver keeps the same track throughout.
   */
  remoteAudio(): MediaStream | null {
    const track = this.session?.connection
      ?.getReceivers()
      .find((receiver) => receiver.track.kind === 'audio')?.track;
    return track ? new MediaStream([track]) : null;
  }

  /** Applies one of our events and tells listeners if anything changed. */
  apply(event: CallEvent): void {
    const next = reduceCall(this.current, event);
    if (next === this.current) return;
    this.current = next;
    if (next.phase === 'ended') {
      this.dispose();
      this.events.emit('ended', next);
    } else {
      this.events.emit('change', next);
    }
  }

  /** Takes the JsSIP session (outgoing: right after ua.call(); incoming: at once) and follows it. */
  attach(session: RTCSession): void {
    this.session = session;
    if (this.current.direction === 'outgoing') {
      // The To header is what we dialled; refresh the number with JsSIP's normalised URI.
      const identity = remoteIdentity(session.remote_identity as unknown as NameAddrLike);
      this.current = { ...this.current, remoteUri: identity.uri };
    }
    if (session.connection) this.follow(session.connection);
    session.on('peerconnection', ({ peerconnection }) => this.follow(peerconnection));
    session.on('icecandidate', ({ candidate, ready }) => this.iceCap.onCandidate(candidate, ready));
    session.on('progress', (event: IncomingEvent | OutgoingEvent) => {
      if (this.current.direction !== 'outgoing') return;
      const response = 'response' in event ? (event.response as { body?: string } | null) : null;
      this.apply({ type: 'progress', earlyMedia: Boolean(response?.body) });
    });
    session.on('accepted', () => {
      this.apply({ type: 'accepted', at: Date.now() });
      this.startStats();
    });
    session.on('hold', ({ originator }) =>
      this.apply({ type: 'hold', originator: originator === 'remote' ? 'remote' : 'local' }),
    );
    session.on('unhold', ({ originator }) =>
      this.apply({ type: 'unhold', originator: originator === 'remote' ? 'remote' : 'local' }),
    );
    session.on('muted', () => this.apply({ type: 'mute', muted: true }));
    session.on('unmuted', () => this.apply({ type: 'mute', muted: false }));
    session.on('newDTMF', (event: IncomingDTMFEvent | OutgoingDTMFEvent) => {
      if (event.originator === 'remote' && event.dtmf.tone)
        this.apply({ type: 'dtmf-received', tone: event.dtmf.tone });
    });
    session.on('refer', (event) =>
      this.events.emit('refer', event as unknown as IncomingReferEvent),
    );
    session.on('replaces', (event) =>
      this.events.emit('replaces', event as unknown as IncomingReplacesEvent),
    );
    session.on('ended', (event) => this.finish(event));
    session.on('failed', (event) => this.finish(event));
  }

  /** Ends the call from our side, whatever its state. */
  hangup(): void {
    const session = this.session;
    if (session && !session.isEnded()) {
      endSession(session);
      return;
    }
    // No session yet (still opening the microphone): end it here.
    this.finish({ originator: 'local', cause: 'Canceled' });
  }

  /** Rejects an unanswered incoming call with `statusCode` (486 Busy Here or 603 Decline). */
  decline(statusCode: number): void {
    this.endFlags.declinedByUs = true;
    if (this.session && !this.session.isEnded())
      this.session.terminate({ status_code: statusCode });
  }

  sendDtmf(tones: string): void {
    const transportType = (this.profile.dtmfMode === 'info' ? 'INFO' : 'RFC2833') as DTMF_TRANSPORT;
    // A 70 ms gap (JsSIP's default is 500) keeps a typed PIN snappy; both are within RFC 4733's limits.
    this.session?.sendDTMF(tones, { transportType, duration: 100, interToneGap: 70 });
  }

  /** The RTP sender of our audio, for replaceTrack (device switch, conference). */
  audioSender(): RTCRtpSender | undefined {
    return this.session?.connection
      ?.getSenders()
      .find((sender) => sender.track?.kind === 'audio' || sender.track === null);
  }

  /**
   * Puts a new microphone stream on the call (device switch). The old stream is stopped; the new
   * track inherits mute/hold so switching a device never unmutes anyone.
   */
  async replaceMicrophone(stream: MediaStream, sendIt: boolean): Promise<void> {
    const old = this.microphone;
    this.microphone = stream;
    const track = stream.getAudioTracks()[0];
    if (track)
      track.enabled = !(this.current.muted || this.current.localHold || this.current.remoteHold);
    if (sendIt && track) await this.audioSender()?.replaceTrack(track);
    stopStream(old);
  }

  setSpeaker(sinkId: string | undefined): void {
    this.speakerId = sinkId;
    this.remote?.setSink(sinkId);
  }

  /** Call volume, 0..1: how loud the far end plays here. */
  setVolume(volume: number): void {
    this.volume = volume;
    this.remote?.setVolume(volume);
  }

  /** The far end's playback volume now (for tests and diagnostics). */
  get playbackVolume(): number {
    return this.remote?.volume ?? this.volume;
  }

  /**
   * Cumulative RTP counters straight from the peer connection, plus the energy of the audio
   * received (inbound-rtp totalAudioEnergy: it grows only while the far end is audible).
   */
  async rtpCounters(): Promise<(StatsSample & { audioEnergy: number }) | undefined> {
    const connection = this.session?.connection;
    if (!connection || connection.connectionState === 'closed') return undefined;
    const stats = [...(await connection.getStats()).values()] as (RtcStatsLike & {
      totalAudioEnergy?: number;
    })[];
    const audioEnergy = stats
      .filter((stat) => stat.type === 'inbound-rtp' && (stat.kind ?? 'audio') === 'audio')
      .reduce((sum, stat) => sum + (stat.totalAudioEnergy ?? 0), 0);
    return { ...summariseStats(stats).sample, audioEnergy };
  }

  /** How long ICE gathering took in the last offer/answer, and whether we cut it short. */
  get iceGathering(): { waitMs?: number; capped?: boolean } {
    return { waitMs: this.iceCap.lastWaitMs, capped: this.iceCap.lastCapped };
  }

  private follow(connection: RTCPeerConnection): void {
    // Before any remote track arrives, so the element is on the chosen speaker when it plays.
    const remote = (this.remote ??= new RemoteAudio(this.speakerId, this.volume));
    connection.addEventListener('icegatheringstatechange', () => {
      if (connection.iceGatheringState === 'complete') this.iceCap.gatheringComplete();
    });
    connection.addEventListener('track', (event) => {
      if (event.track.kind !== 'audio') return;
      const stream = event.streams[0] ?? new MediaStream([event.track]);
      remote.play(stream);
      this.events.emit('remoteStream', stream);
    });
  }

  private finish(event: { originator: string; cause?: string; message?: unknown }): void {
    if (this.ended) return;
    const message = event.message as
      { status_code?: number; getHeader?: (name: string) => string | undefined } | null | undefined;
    const reasonHeader = message?.getHeader?.('Reason') ?? '';
    const { outcome, reason } = classifyEnd({
      direction: this.current.direction,
      answered: this.current.answeredAt !== undefined,
      originator: side(event.originator),
      cause: String(event.cause ?? ''),
      statusCode: typeof message?.status_code === 'number' ? message.status_code : undefined,
      answeredElsewhere: /cause=200\b/.test(reasonHeader),
      ...this.endFlags,
    });
    this.apply({ type: 'ended', at: Date.now(), outcome, reason });
  }

  private startStats(): void {
    if (this.statsTimer) return;
    this.statsTimer = setInterval(() => void this.sampleStats(), STATS_INTERVAL_MS);
  }

  private async sampleStats(): Promise<void> {
    const connection = this.session?.connection;
    if (!connection || this.ended) return;
    try {
      const report = await connection.getStats();
      const { sample, quality } = summariseStats(
        [...report.values()] as RtcStatsLike[],
        this.lastSample,
      );
      this.lastSample = sample;
      this.apply({ type: 'quality', quality });
    } catch {
      // The connection closed between the check and getStats(); the call is ending anyway.
    }
  }

  private dispose(): void {
    clearInterval(this.statsTimer);
    this.iceCap.dispose();
    this.remote?.close();
    stopStream(this.microphone);
    this.microphone = null;
  }
}

function side(originator: string): 'local' | 'remote' | 'system' {
  return originator === 'local' || originator === 'remote' ? originator : 'system';
}
