/**
 * The parts the fake UA and fake sessions share: JsSIP's session status values, a tiny emitter,
 * SIP URIs and the RTCPeerConnection behind a session. Test-only.
 */
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

export type Listener = (payload: never) => void;

/** The little of Node's EventEmitter that JsSIP's classes offer and the engine uses. */
export class FakeEmitter {
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
  iceConnectionState: RTCIceConnectionState = 'connected';
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

  /** ICE connectivity changes (the network changed, or came back). */
  iceStateBecomes(state: RTCIceConnectionState): void {
    this.iceConnectionState = state;
    this.emit('iceconnectionstatechange', {});
  }

  /** The far end's audio arrives ('track' event). */
  remoteAudioArrives(): FakeMediaStream {
    const stream = new FakeMediaStream([this.remoteTrack]);
    this.emit('track', { track: this.remoteTrack, streams: [stream] });
    return stream;
  }
}
