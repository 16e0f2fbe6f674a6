import type { RecordingMimeType } from '../../src-preload/contract';
import { diffSources } from './recording-plan';

/** Where a recording's chunks go: main's file (desktop) or IndexedDB (browser). */
export interface RecordingSink {
  /** Opens the recording; returns its id. */
  start(mimeType: RecordingMimeType): Promise<string>;
  append(id: string, seq: number, bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  finish(id: string, durationMs: number): Promise<void>;
}

/** Each MediaRecorder chunk covers this much audio: a long call never sits in memory. */
export const CHUNK_MS = 1000;
const NOTICE_HZ = 1400;
const NOTICE_S = 0.35;

/** The Opus container this browser records (Chromium: webm). */
export function recordingMimeType(): RecordingMimeType | undefined {
  const candidates: RecordingMimeType[] = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus'];
  if (typeof MediaRecorder === 'undefined') return undefined;
  return candidates.find((type) => MediaRecorder.isTypeSupported(type));
}

/**
 * One call's recording: its own AudioContext mixes the tracks it is given (our microphone or the
 * conference mix, and the far end) into one MediaStreamDestination that MediaRecorder encodes to
 * Opus. Sources come and go (device switch, conference) while the destination stays, so the file
 * is one continuous recording. Chunks are handed to the sink one at a time, in order; the first
 * write error stops the recorder (the call goes on) and is reported through `onFailure`.
 */
export class CallRecorder {
  private readonly context = new AudioContext();
  private readonly output = this.context.createMediaStreamDestination();
  private readonly sources = new Map<string, MediaStreamAudioSourceNode>();
  private readonly recorder: MediaRecorder;
  private id: Promise<string>;
  private queue: Promise<unknown>;
  private seq = 0;
  private readonly startedAt = performance.now();
  private failed = false;
  private stopped: Promise<void> | undefined;

  constructor(
    private readonly sink: RecordingSink,
    mimeType: RecordingMimeType,
    private readonly onFailure: (message: string) => void,
  ) {
    if (this.context.state === 'suspended') void this.context.resume().catch(() => undefined);
    this.recorder = new MediaRecorder(this.output.stream, { mimeType });
    this.id = sink.start(mimeType);
    this.queue = this.id;
    this.id.catch((error: unknown) => this.fail(error));
    this.recorder.addEventListener('dataavailable', (event) => this.write(event.data));
    this.recorder.start(CHUNK_MS);
  }

  /** The recording's id once the sink opened it (undefined when it could not). */
  recordingId(): Promise<string | undefined> {
    return this.id.catch(() => undefined);
  }

  /** Mixes exactly these tracks from now on (by id; unchanged ones stay connected). */
  setTracks(tracks: readonly MediaStreamTrack[]): void {
    const byId = new Map(tracks.map((track) => [track.id, track]));
    const { add, remove } = diffSources([...this.sources.keys()], [...byId.keys()]);
    for (const id of remove) {
      this.sources.get(id)?.disconnect();
      this.sources.delete(id);
    }
    for (const id of add) {
      const source = this.context.createMediaStreamSource(new MediaStream([byId.get(id)!]));
      source.connect(this.output);
      this.sources.set(id, source);
    }
  }

  /**
   * The recording notice: a short beep into the recording and on our speaker, and a track that
   * carries `microphone` plus the beep, for the far end to hear it too (sent while it plays).
   */
  notice(microphone: MediaStreamTrack | undefined): { track: MediaStreamTrack; ms: number } {
    const at = this.context.currentTime + 0.05;
    const beep = this.context.createOscillator();
    const gain = this.context.createGain();
    beep.frequency.value = NOTICE_HZ;
    gain.gain.setValueAtTime(0, this.context.currentTime);
    gain.gain.setValueAtTime(0.25, at);
    gain.gain.setValueAtTime(0, at + NOTICE_S);
    const toFarEnd = this.context.createMediaStreamDestination();
    beep.connect(gain);
    gain.connect(this.output);
    gain.connect(this.context.destination);
    gain.connect(toFarEnd);
    if (microphone)
      this.context.createMediaStreamSource(new MediaStream([microphone])).connect(toFarEnd);
    beep.start(at);
    beep.stop(at + NOTICE_S + 0.05);
    return { track: toFarEnd.stream.getAudioTracks()[0]!, ms: (NOTICE_S + 0.2) * 1000 };
  }

  /** Ends the recording: the last chunk is written, then the sink is told its duration. */
  stop(): Promise<void> {
    this.stopped ??= this.finish();
    return this.stopped;
  }

  private async finish(): Promise<void> {
    const durationMs = Math.round(performance.now() - this.startedAt);
    if (this.recorder.state !== 'inactive') {
      const last = new Promise((resolve) =>
        this.recorder.addEventListener('stop', resolve, { once: true }),
      );
      this.recorder.stop();
      await last;
    }
    for (const source of this.sources.values()) source.disconnect();
    this.sources.clear();
    await this.queue.catch(() => undefined);
    void this.context.close().catch(() => undefined);
    const id = await this.recordingId();
    if (id) await this.sink.finish(id, durationMs).catch((error: unknown) => this.fail(error));
  }

  private write(data: Blob): void {
    if (this.failed || data.size === 0) return;
    const seq = this.seq++;
    const bytes = data.arrayBuffer();
    this.queue = this.queue.then(async () => {
      if (this.failed) return;
      const id = await this.id;
      await this.sink.append(id, seq, new Uint8Array(await bytes));
    });
    this.queue.catch((error: unknown) => this.fail(error));
  }

  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    if (this.recorder.state !== 'inactive') this.recorder.stop();
    this.onFailure(error instanceof Error ? error.message : String(error));
  }
}
