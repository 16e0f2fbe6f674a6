import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeAudioContext, FakeMediaStream, FakeTrack } from './testing/fake-media';
import { silentStream } from './silent-stream';

afterEach(() => vi.unstubAllGlobals());

describe('silentStream', () => {
  it('uses a track generator where the browser has one (no audio context to start)', () => {
    vi.stubGlobal('MediaStream', FakeMediaStream);
    const createContext = vi.fn(() => new FakeAudioContext() as unknown as AudioContext);
    const generator = class extends FakeTrack {
      constructor(init: { kind: 'audio' }) {
        super(init.kind, 'generated');
      }
    } as unknown as new (init: { kind: 'audio' }) => MediaStreamTrack;
    const standIn = silentStream({ generator, createContext });
    const [track] = standIn.stream.getAudioTracks();
    expect(track).toMatchObject({ kind: 'audio', deviceId: 'generated', readyState: 'live' });
    standIn.close();
    expect(track?.readyState).toBe('ended');
    expect(createContext).not.toHaveBeenCalled();
  });

  it('falls back to a Web Audio destination, and closed, ends it and closes the context', () => {
    const context = new FakeAudioContext();
    const standIn = silentStream({ createContext: () => context as unknown as AudioContext });
    const [track] = standIn.stream.getAudioTracks();
    expect(track?.readyState).toBe('live');
    standIn.close();
    expect(track?.readyState).toBe('ended');
    expect(context.state).toBe('closed');
    standIn.close(); // twice is harmless
  });
});
