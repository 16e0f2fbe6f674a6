import { planConference } from './conference-plan';

interface Leg {
  remote: MediaStreamAudioSourceNode;
  output: MediaStreamAudioDestinationNode;
}

/**
 * The local 3-way (or n-way) mix. For each leg one MediaStreamDestination carries our microphone
 * plus every other leg's remote audio; its track replaces the leg's microphone on the RTCRtpSender.
 * Both remotes keep playing locally through their own <audio> elements, so we hear everyone.
 * Mute is a gain on the shared microphone input, so muting us never silences the other party.
 */
export class ConferenceMixer {
  private readonly context: AudioContext;
  private readonly micGain: GainNode;
  private mic: MediaStreamAudioSourceNode | null = null;
  private readonly legs = new Map<string, Leg>();

  constructor(createContext: () => AudioContext = () => new AudioContext()) {
    this.context = createContext();
    if (this.context.state === 'suspended') void this.context.resume().catch(() => undefined);
    this.micGain = this.context.createGain();
  }

  setMicrophone(stream: MediaStream): void {
    this.mic?.disconnect();
    this.mic = this.context.createMediaStreamSource(stream);
    this.mic.connect(this.micGain);
  }

  setMuted(muted: boolean): void {
    this.micGain.gain.setValueAtTime(muted ? 0 : 1, this.context.currentTime);
  }

  /** Adds a leg and returns the track to send it. */
  addLeg(id: string, remote: MediaStream): MediaStreamTrack {
    this.removeLeg(id);
    const leg: Leg = {
      remote: this.context.createMediaStreamSource(remote),
      output: this.context.createMediaStreamDestination(),
    };
    this.legs.set(id, leg);
    this.rewire();
    const track = leg.output.stream.getAudioTracks()[0];
    if (!track) throw new Error('The conference mix produced no audio track');
    return track;
  }

  removeLeg(id: string): void {
    const leg = this.legs.get(id);
    if (!leg) return;
    this.legs.delete(id);
    leg.remote.disconnect();
    for (const track of leg.output.stream.getTracks()) track.stop();
    this.rewire();
  }

  get size(): number {
    return this.legs.size;
  }

  /** The stream sent to a leg (for recording later). */
  outputOf(id: string): MediaStream | undefined {
    return this.legs.get(id)?.output.stream;
  }

  close(): void {
    for (const id of [...this.legs.keys()]) this.removeLeg(id);
    this.mic?.disconnect();
    void this.context.close();
  }

  /** Connects sources to outputs as planConference() says; cheap enough to redo on every change. */
  private rewire(): void {
    this.micGain.disconnect();
    for (const leg of this.legs.values()) leg.remote.disconnect();
    for (const [id, sources] of planConference([...this.legs.keys()])) {
      const output = this.legs.get(id)!.output;
      for (const source of sources) {
        if (source.kind === 'microphone') this.micGain.connect(output);
        else this.legs.get(source.id)?.remote.connect(output);
      }
    }
  }
}
