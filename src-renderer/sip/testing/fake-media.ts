/**
 * Minimal stand-ins for the browser media APIs the engine reaches through globals
 * (MediaStream, <audio>, AudioContext, navigator.mediaDevices), for unit tests under Node.
 * They record what the engine did with them instead of producing sound. Test-only: nothing in
 * the app imports this folder, so it never reaches the bundle.
 */
import { vi } from 'vitest';

let nextId = 0;

export class FakeTrack {
  readonly id = `track-${++nextId}`;
  enabled = true;
  readyState: 'live' | 'ended' = 'live';

  constructor(
    readonly kind: 'audio' | 'video' = 'audio',
    readonly deviceId = 'default',
  ) {}

  stop(): void {
    this.readyState = 'ended';
  }

  clone(): FakeTrack {
    const copy = new FakeTrack(this.kind, this.deviceId);
    copy.enabled = this.enabled;
    return copy;
  }

  getSettings(): { deviceId: string } {
    return { deviceId: this.deviceId };
  }
}

export class FakeMediaStream {
  readonly id = `stream-${++nextId}`;
  private readonly tracks: FakeTrack[];

  constructor(tracks: FakeTrack[] = []) {
    this.tracks = [...tracks];
  }

  getTracks(): FakeTrack[] {
    return [...this.tracks];
  }

  getAudioTracks(): FakeTrack[] {
    return this.tracks.filter((track) => track.kind === 'audio');
  }
}

/** An <audio> element that remembers what it plays and where. */
export class FakeAudioElement {
  static readonly all: FakeAudioElement[] = [];
  autoplay = false;
  srcObject: FakeMediaStream | null = null;
  sinkId = '';
  playing = false;

  constructor() {
    FakeAudioElement.all.push(this);
  }

  play(): Promise<void> {
    this.playing = true;
    return Promise.resolve();
  }

  pause(): void {
    this.playing = false;
  }

  setSinkId(id: string): Promise<void> {
    this.sinkId = id;
    return Promise.resolve();
  }
}

/** An audio node that records what it is connected to. */
export class FakeAudioNode {
  readonly outputs = new Set<FakeAudioNode>();

  constructor(
    readonly kind: string,
    readonly stream?: FakeMediaStream,
  ) {}

  connect(target: FakeAudioNode): void {
    this.outputs.add(target);
  }

  disconnect(): void {
    this.outputs.clear();
  }
}

class FakeOscillator extends FakeAudioNode {
  readonly frequency = { value: 0 };
  onended: (() => void) | null = null;
  start(): void {}
  stop(): void {}
}

class FakeGain extends FakeAudioNode {
  readonly gain = {
    value: 1,
    setValueAtTime: (value: number) => void (this.gain.value = value),
    linearRampToValueAtTime: (value: number) => void (this.gain.value = value),
  };
}

/** Just enough of AudioContext for TonePlayer and ConferenceMixer. */
export class FakeAudioContext {
  static readonly all: FakeAudioContext[] = [];
  state: 'running' | 'suspended' | 'closed' = 'running';
  currentTime = 0;
  readonly oscillators: FakeOscillator[] = [];

  constructor() {
    FakeAudioContext.all.push(this);
  }

  createGain(): FakeGain {
    return new FakeGain('gain');
  }

  createOscillator(): FakeOscillator {
    const oscillator = new FakeOscillator('oscillator');
    this.oscillators.push(oscillator);
    return oscillator;
  }

  createMediaStreamSource(stream: FakeMediaStream): FakeAudioNode {
    return new FakeAudioNode('source', stream);
  }

  createMediaStreamDestination(): FakeAudioNode {
    return new FakeAudioNode('destination', new FakeMediaStream([new FakeTrack('audio', 'mix')]));
  }

  resume(): Promise<void> {
    this.state = 'running';
    return Promise.resolve();
  }

  suspend(): Promise<void> {
    this.state = 'suspended';
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.state = 'closed';
    return Promise.resolve();
  }
}

export interface FakeMediaDevices {
  /** Every microphone stream handed out, newest last. */
  readonly opened: FakeMediaStream[];
  /** Set to a DOMException name to make the next getUserMedia calls fail. */
  failWith: string | undefined;
  readonly getUserMedia: (constraints: MediaStreamConstraints) => Promise<FakeMediaStream>;
  readonly enumerateDevices: () => Promise<MediaDeviceInfo[]>;
  readonly addEventListener: (type: string, listener: () => void) => void;
}

/**
 * Puts the fakes in place of the browser globals for the current test (undone by
 * vi.unstubAllGlobals, which vitest runs after each test when `unstubGlobals` is on, or by hand).
 */
export function installFakeMedia(): FakeMediaDevices {
  const devices: FakeMediaDevices = {
    opened: [],
    failWith: undefined,
    getUserMedia: (constraints) => {
      if (devices.failWith)
        return Promise.reject(new DOMException('fake refusal', devices.failWith));
      const audio = constraints.audio;
      const exact =
        typeof audio === 'object' && audio.deviceId && typeof audio.deviceId === 'object'
          ? (audio.deviceId as ConstrainDOMStringParameters).exact
          : undefined;
      const stream = new FakeMediaStream([
        new FakeTrack('audio', typeof exact === 'string' ? exact : 'default'),
      ]);
      devices.opened.push(stream);
      return Promise.resolve(stream);
    },
    enumerateDevices: () => Promise.resolve([]),
    addEventListener: () => undefined,
  };
  FakeAudioElement.all.length = 0;
  FakeAudioContext.all.length = 0;
  vi.stubGlobal('MediaStream', FakeMediaStream);
  vi.stubGlobal('Audio', FakeAudioElement);
  vi.stubGlobal('AudioContext', FakeAudioContext);
  vi.stubGlobal('navigator', { mediaDevices: devices });
  return devices;
}
