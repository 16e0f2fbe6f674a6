/** A silent audio stream and the means to let it go. */
export interface SilentStream {
  readonly stream: MediaStream;
  close(): void;
}

/** Chromium's (and so Electron's) track made from frames the page writes: none, here. */
type TrackGenerator = new (init: { kind: 'audio' }) => MediaStreamTrack;

interface SilenceSources {
  generator?: TrackGenerator | undefined;
  createContext: () => AudioContext;
}

const browserSources = (): SilenceSources => ({
  generator: (globalThis as { MediaStreamTrackGenerator?: TrackGenerator })
    .MediaStreamTrackGenerator,
  createContext: () => new AudioContext(),
});

/**
 * A live audio track that carries nothing, standing in for the microphone while getUserMedia is
 * still opening it, so the SDP (sendrecv, with a sender whose track replaceTrack can swap) need
 * not wait for the device. A track generator costs about 3 ms; a page's first AudioContext about
 * 150 ms (measured in Chromium 156), so Web Audio is only the fallback (Firefox, Safari).
 */
export function silentStream(sources: SilenceSources = browserSources()): SilentStream {
  if (sources.generator) {
    const track = new sources.generator({ kind: 'audio' });
    return { stream: new MediaStream([track]), close: () => track.stop() };
  }
  const context = sources.createContext();
  const { stream } = context.createMediaStreamDestination();
  return {
    stream,
    close() {
      for (const track of stream.getTracks()) track.stop();
      if (context.state !== 'closed') void context.close().catch(() => undefined);
    },
  };
}
