import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeAudioContext, installFakeMedia } from './testing/fake-media';
import { TonePlayer } from './tone-player';

afterEach(() => vi.unstubAllGlobals());

const BEEP = { repeat: false, level: 0.2, segments: [{ ms: 100, freqs: [440] }] };

describe('TonePlayer.prepare', () => {
  it('starts the audio context and the outputs ahead of the first tone, then leaves it suspended', () => {
    installFakeMedia();
    const player = new TonePlayer();
    player.prepare(['ringer', 'speaker']);
    expect(FakeAudioContext.all).toHaveLength(1);
    expect(FakeAudioContext.all[0]!.state).toBe('suspended');
    expect(player.route('ringer')).toBeDefined();
    expect(player.route('speaker')).toBeDefined();
  });

  it('a tone after it resumes the same context and plays at once', () => {
    installFakeMedia();
    const player = new TonePlayer();
    player.prepare(['ringer']);
    player.play('ringer', 'beep', BEEP);
    expect(FakeAudioContext.all).toHaveLength(1);
    expect(FakeAudioContext.all[0]!.state).toBe('running');
    expect(FakeAudioContext.all[0]!.oscillators.map((o) => o.frequency.value)).toEqual([440]);
  });

  it('does not suspend a context that is already sounding', () => {
    installFakeMedia();
    const player = new TonePlayer();
    player.play('speaker', 'beep', BEEP);
    player.prepare(['ringer']);
    expect(FakeAudioContext.all[0]!.state).toBe('running');
  });
});

describe('TonePlayer.prepare without Web Audio', () => {
  it('readies nothing and does not throw where the page has no Audio or AudioContext', () => {
    vi.stubGlobal('Audio', undefined);
    vi.stubGlobal('AudioContext', undefined);
    const createContext = vi.fn();
    const player = new TonePlayer(createContext);
    expect(() => player.prepare(['ringer'])).not.toThrow();
    expect(createContext).not.toHaveBeenCalled();
    expect(player.route('ringer')).toBeUndefined();
  });
});
