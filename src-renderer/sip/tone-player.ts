import type { TonePattern } from './tone-plan';

/** The earpiece tones, the ring, and keypad feedback (its own channel so it never cuts a ringback). */
export type ToneChannel = 'speaker' | 'ringer' | 'keypad';

interface Output {
  destination: MediaStreamAudioDestinationNode;
  element: HTMLAudioElement;
  playing?: string;
  stop?: () => void;
}

/** Seconds of tone scheduled ahead of the clock; the next cycle is queued this early. */
const LOOKAHEAD_S = 0.25;
const RAMP_S = 0.005;

/**
 * Generates ringback, ring, call-waiting and keypad tones with Web Audio (no audio files). Each
 * channel ends in its own <audio> element so it can be routed with setSinkId: the ring goes to the
 * ringer device (say, the laptop speakers) while the earpiece tones go to the headset.
 */
export class TonePlayer {
  private context: AudioContext | null = null;
  private readonly outputs = new Map<ToneChannel, Output>();
  private readonly sinks = new Map<ToneChannel, string | undefined>();
  private readonly starts = new Map<string, number>();
  private readonly volumes = new Map<ToneChannel, number>();

  constructor(private readonly createContext: () => AudioContext = () => new AudioContext()) {}

  /** Routes a channel to a device; undefined is the system default. */
  setSink(channel: ToneChannel, deviceId: string | undefined): void {
    this.sinks.set(channel, deviceId);
    const output = this.outputs.get(channel);
    if (output) void applySink(output.element, deviceId);
  }

  /** A channel's loudness, 0..1: the ringer volume for the ring, the call volume for the rest. */
  setVolume(channel: ToneChannel, volume: number): void {
    this.volumes.set(channel, volume);
    const output = this.outputs.get(channel);
    if (output) output.element.volume = volume;
  }

  volume(channel: ToneChannel): number {
    return this.volumes.get(channel) ?? 1;
  }

  /** Plays `pattern` on `channel` under `name`; playing the same name again changes nothing. */
  play(channel: ToneChannel, name: string, pattern: TonePattern): void {
    const output = this.output(channel);
    if (output.playing === name && pattern.repeat) return;
    this.stop(channel);
    output.playing = pattern.repeat ? name : undefined;
    output.stop = this.schedule(output.destination, pattern);
    this.starts.set(name, (this.starts.get(name) ?? 0) + 1);
  }

  /**
   * Makes the audio context and the channels' outputs ahead of the first tone: the first
   * AudioContext of a page takes 10–150 ms to start, which the first incoming call would
   * otherwise spend before its ring (and its Answer button) appear. Left suspended, so an idle
   * phone keeps no audio device busy; play() resumes it.
   */
  prepare(channels: readonly ToneChannel[]): void {
    // Runs when the page is idle, maybe in one without Web Audio (an embedded view, a test whose
    // fakes are gone): nothing to ready there, and play() reports its own failure.
    if (typeof globalThis.Audio !== 'function' || typeof globalThis.AudioContext !== 'function')
      return;
    const fresh = this.context === null;
    for (const channel of channels) this.output(channel);
    const playing = [...this.outputs.values()].some((output) => output.stop);
    if (fresh && !playing && this.context?.state === 'running')
      void this.context.suspend().catch(() => undefined);
  }

  stop(channel: ToneChannel): void {
    const output = this.outputs.get(channel);
    if (!output) return;
    output.stop?.();
    output.stop = undefined;
    output.playing = undefined;
  }

  /**
   * Where a channel plays now, as its <audio> element has it (the device id setSinkId applied,
   * '' for the default output) and how loud (for tests and diagnostics); undefined before the
   * channel first played.
   */
  route(channel: ToneChannel): { sinkId: string; volume: number } | undefined {
    const element = this.outputs.get(channel)?.element;
    return element && { sinkId: element.sinkId ?? '', volume: element.volume };
  }

  /** Which named tone a channel is playing (for tests and diagnostics). */
  playing(channel: ToneChannel): string | undefined {
    return this.outputs.get(channel)?.playing;
  }

  /**
   * How many times each named tone has started since this player was made: a ring that restarts
   * for every new call, or a second ring over the first, shows as more than one start.
   */
  startCounts(): Record<string, number> {
    return Object.fromEntries(this.starts);
  }

  close(): void {
    for (const channel of this.outputs.keys()) this.stop(channel);
    for (const output of this.outputs.values()) output.element.srcObject = null;
    this.outputs.clear();
    void this.context?.close();
    this.context = null;
  }

  private output(channel: ToneChannel): Output {
    const existing = this.outputs.get(channel);
    if (existing) return existing;
    const context = this.audioContext();
    const destination = context.createMediaStreamDestination();
    const element = new Audio();
    element.autoplay = true;
    element.srcObject = destination.stream;
    element.volume = this.volume(channel);
    void applySink(element, this.sinks.get(channel));
    const output: Output = { destination, element };
    this.outputs.set(channel, output);
    return output;
  }

  private audioContext(): AudioContext {
    this.context ??= this.createContext();
    // A context made without a user gesture starts suspended in a browser tab; Electron lets it run.
    if (this.context.state === 'suspended') void this.context.resume().catch(() => undefined);
    return this.context;
  }

  /** Schedules the pattern (looping if asked) and returns a function that silences it. */
  private schedule(destination: AudioNode, pattern: TonePattern): () => void {
    const context = this.audioContext();
    const nodes = new Set<AudioScheduledSourceNode>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const cycle = (start: number) => {
      let at = start;
      for (const segment of pattern.segments) {
        const seconds = segment.ms / 1000;
        if (segment.freqs.length) {
          const gain = context.createGain();
          const level = pattern.level / segment.freqs.length;
          gain.gain.setValueAtTime(0, at);
          gain.gain.linearRampToValueAtTime(level, at + RAMP_S);
          gain.gain.setValueAtTime(level, at + seconds - RAMP_S);
          gain.gain.linearRampToValueAtTime(0, at + seconds);
          gain.connect(destination);
          for (const frequency of segment.freqs) {
            const oscillator = context.createOscillator();
            oscillator.frequency.value = frequency;
            oscillator.connect(gain);
            oscillator.start(at);
            oscillator.stop(at + seconds);
            nodes.add(oscillator);
            oscillator.onended = () => {
              nodes.delete(oscillator);
              gain.disconnect();
            };
          }
        }
        at += seconds;
      }
      if (pattern.repeat && !stopped) {
        const delay = Math.max(0, (at - context.currentTime - LOOKAHEAD_S) * 1000);
        timer = setTimeout(() => cycle(at), delay);
      }
    };
    cycle(context.currentTime + 0.02);
    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const node of nodes) {
        try {
          node.stop();
        } catch {
          // Not started yet or already stopped: nothing to silence.
        }
      }
      nodes.clear();
    };
  }
}

/** Routes an element to a device; a device that vanished falls back to the default output. */
export async function applySink(
  element: HTMLAudioElement,
  deviceId: string | undefined,
): Promise<void> {
  // Missing in some embedded browsers; there the default output is all we can do.
  if (typeof element.setSinkId !== 'function') return;
  try {
    await element.setSinkId(deviceId ?? '');
  } catch (error) {
    console.warn('setSinkId failed, using the default output', error);
    await element.setSinkId('').catch(() => undefined);
  }
}
