import { describe, expect, it, vi } from 'vitest';
import { MicrophoneProbe, type ProbeContext, type ProbeDeps } from './microphone-probe';
import { FakeMediaStream, FakeTrack } from './testing/fake-media';

/** A context whose analyser hands out `samples`, and that remembers being closed. */
function fakeContext(samples: number[], state = 'running') {
  const context = {
    state,
    resume: vi.fn(async () => undefined),
    close: vi.fn(async () => undefined),
    createMediaStreamSource: vi.fn(() => ({ connect: vi.fn() })),
    createAnalyser: () => ({
      fftSize: 0,
      getFloatTimeDomainData(target: Float32Array) {
        target.set(samples.slice(0, target.length));
      },
    }),
  };
  return context;
}

function deps(context: ReturnType<typeof fakeContext>, track = new FakeTrack('audio', 'usb-mic')) {
  const stream = new FakeMediaStream([track]);
  const open = vi.fn(async () => stream as unknown as MediaStream);
  const result: ProbeDeps = {
    open,
    createContext: () => context as unknown as ProbeContext,
  };
  return { deps: result, open, track };
}

describe('MicrophoneProbe', () => {
  it('opens the chosen microphone, reads its level, and close() stops it for good', async () => {
    const context = fakeContext(
      Array.from({ length: 1024 }, () => 0.1),
      'suspended',
    );
    const { deps: given, open, track } = deps(context);
    const probe = await MicrophoneProbe.open('usb-mic', given);
    expect(open).toHaveBeenCalledWith('usb-mic');
    expect(context.resume).toHaveBeenCalled();
    expect(probe.deviceId).toBe('usb-mic');
    expect(probe.level()).toBe(67);
    probe.close();
    probe.close();
    expect(track.readyState).toBe('ended');
    expect(context.close).toHaveBeenCalledTimes(1);
    expect(probe.level()).toBe(0);
  });

  it('stops the microphone when the audio graph cannot be built', async () => {
    const context = fakeContext([]);
    context.createMediaStreamSource.mockImplementation(() => {
      throw new Error('no graph');
    });
    const { deps: given, track } = deps(context);
    await expect(MicrophoneProbe.open(undefined, given)).rejects.toThrow('no graph');
    expect(track.readyState).toBe('ended');
  });

  it('refuses to record where the browser has no MediaRecorder', async () => {
    vi.stubGlobal('MediaRecorder', undefined);
    const probe = await MicrophoneProbe.open(undefined, deps(fakeContext([])).deps);
    await expect(probe.record(5000)).rejects.toThrow('cannot record');
    vi.unstubAllGlobals();
  });
});
