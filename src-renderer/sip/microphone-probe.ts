import { openMicrophone, stopStream } from './local-media';
import { levelOf } from './mic-level';

/** Samples per level reading: about 21 ms at 48 kHz, short enough to follow a syllable. */
const FFT_SIZE = 1024;

/** The part of a Web Audio context the probe uses (a fake in unit tests). */
export interface ProbeContext {
  readonly state: string;
  resume(): Promise<void>;
  close(): Promise<void>;
  createMediaStreamSource(stream: MediaStream): { connect(node: unknown): unknown };
  createAnalyser(): Pick<AnalyserNode, 'fftSize' | 'getFloatTimeDomainData'>;
}

export interface ProbeDeps {
  open: (deviceId: string | undefined) => Promise<MediaStream>;
  createContext: () => ProbeContext;
}

const browserDeps: ProbeDeps = {
  open: openMicrophone,
  createContext: () => new AudioContext(),
};

/**
 * The microphone as Test audio uses it: opened the way a call opens it (the chosen device, the same
 * voice processing, so the user hears what the far end would), measured by an AnalyserNode, and
 * recorded by a MediaRecorder. close() stops every track, so the browser's "microphone in use"
 * indicator goes out the moment the user leaves.
 */
export class MicrophoneProbe {
  private readonly samples: Float32Array<ArrayBuffer>;
  private recorder: MediaRecorder | undefined;
  private closed = false;

  private constructor(
    readonly stream: MediaStream,
    private readonly context: ProbeContext,
    private readonly analyser: Pick<AnalyserNode, 'fftSize' | 'getFloatTimeDomainData'>,
  ) {
    this.samples = new Float32Array(analyser.fftSize);
  }

  /** Opens microphone `deviceId` (undefined: the default); throws a MicrophoneError. */
  static async open(
    deviceId: string | undefined,
    deps: ProbeDeps = browserDeps,
  ): Promise<MicrophoneProbe> {
    const stream = await deps.open(deviceId);
    try {
      const context = deps.createContext();
      // Opened from a click, so a tab lets it run; resume() for one that started suspended.
      if (context.state === 'suspended') await context.resume().catch(() => undefined);
      const analyser = context.createAnalyser();
      analyser.fftSize = FFT_SIZE;
      context.createMediaStreamSource(stream).connect(analyser);
      return new MicrophoneProbe(stream, context, analyser);
    } catch (error) {
      stopStream(stream);
      throw error;
    }
  }

  /** The device actually opened (the chosen one, or the default when it was unplugged). */
  get deviceId(): string | undefined {
    return this.stream.getAudioTracks()[0]?.getSettings().deviceId;
  }

  /** The loudness now, 0..100 (mic-level.ts). */
  level(): number {
    if (this.closed) return 0;
    this.analyser.getFloatTimeDomainData(this.samples);
    return levelOf(this.samples);
  }

  /** Calls `listener` once when the microphone goes away by itself (unplugged, revoked). */
  onLost(listener: () => void): void {
    for (const track of this.stream.getAudioTracks())
      track.addEventListener('ended', listener, { once: true });
  }

  /**
   * Records `ms` of the microphone; resolves with the recording (empty when nothing came), or
   * with an empty one when the probe is closed meanwhile. Rejects where recording is impossible.
   */
  record(ms: number): Promise<Blob> {
    if (typeof MediaRecorder !== 'function')
      return Promise.reject(new Error('This browser cannot record audio.'));
    const recorder = new MediaRecorder(this.stream);
    this.recorder = recorder;
    const chunks: Blob[] = [];
    return new Promise<Blob>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (recorder.state !== 'inactive') recorder.stop();
      }, ms);
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      };
      recorder.onstop = () => {
        clearTimeout(timer);
        resolve(new Blob(this.closed ? [] : chunks, { type: recorder.mimeType }));
      };
      recorder.onerror = () => {
        clearTimeout(timer);
        reject(new Error('The recording failed.'));
      };
      recorder.start();
    });
  }

  /** Stops recording and every track, and closes the analyser's context. Safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.recorder && this.recorder.state !== 'inactive') this.recorder.stop();
    stopStream(this.stream);
    void this.context.close().catch(() => undefined);
  }
}
