import { applySink } from './tone-player';

/** Speech processing on: this is a phone, not a music app. */
const VOICE: MediaTrackConstraints = {
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
};

/** What kept the microphone closed, for a message in the user's language. */
export type MicrophoneProblem = 'unsupported' | 'denied' | 'not-found' | 'failed';

/** A microphone problem a user can act on. */
export class MicrophoneError extends Error {
  override readonly name = 'MicrophoneError';

  constructor(
    message: string,
    readonly problem: MicrophoneProblem = 'failed',
  ) {
    super(message);
  }
}

/**
 * Opens the microphone (`deviceId`, or the default one). A chosen device that has been unplugged
 * falls back to the default rather than failing the call.
 */
export async function openMicrophone(deviceId: string | undefined): Promise<MediaStream> {
  const media = globalThis.navigator?.mediaDevices;
  if (!media?.getUserMedia)
    throw new MicrophoneError('This browser cannot open a microphone.', 'unsupported');
  const constraints = (id?: string): MediaStreamConstraints => ({
    audio: id ? { ...VOICE, deviceId: { exact: id } } : VOICE,
    video: false,
  });
  try {
    return await media.getUserMedia(constraints(deviceId));
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    if (
      deviceId &&
      (name === 'OverconstrainedError' || name === 'NotFoundError' || name === 'NotReadableError')
    ) {
      return media.getUserMedia(constraints());
    }
    if (name === 'NotAllowedError')
      throw new MicrophoneError('Microphone access was denied. Allow it to make calls.', 'denied');
    if (name === 'NotFoundError')
      throw new MicrophoneError('No microphone was found.', 'not-found');
    throw new MicrophoneError(`The microphone could not be opened (${name || String(error)}).`);
  }
}

export function stopStream(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * Plays one call's remote audio on the speaker device. An <audio> element per call (not in the
 * DOM) carries the stream: Chromium also needs a remote WebRTC stream to be attached to a media
 * element before Web Audio receives samples from it, which the conference mix relies on.
 */
export class RemoteAudio {
  private readonly element = new Audio();
  private current: MediaStream | null = null;

  constructor(sinkId: string | undefined, volume = 1) {
    this.element.autoplay = true;
    this.element.volume = volume;
    void applySink(this.element, sinkId);
  }

  get stream(): MediaStream | null {
    return this.current;
  }

  play(stream: MediaStream): void {
    if (this.current === stream) return;
    this.current = stream;
    this.element.srcObject = stream;
    // Autoplay may be refused in a tab without a user gesture; Electron and the tests allow it.
    void this.element
      .play()
      .catch((error: unknown) => console.warn('remote audio did not start', error));
  }

  setSink(sinkId: string | undefined): void {
    void applySink(this.element, sinkId);
  }

  /** What we hear of the far end, 0..1 (Call volume); the conference mix is not affected. */
  setVolume(volume: number): void {
    this.element.volume = volume;
  }

  get volume(): number {
    return this.element.volume;
  }

  close(): void {
    this.element.pause();
    this.element.srcObject = null;
    this.current = null;
  }
}
