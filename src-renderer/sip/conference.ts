import type { Call } from './call';
import { ConferenceMixer } from './conference-mixer';
import { openMicrophone, stopStream } from './local-media';

/**
 * A local conference: two (or more) established calls whose audio we mix ourselves. Each leg's
 * RTCRtpSender carries "our microphone + the other legs" from the ConferenceMixer; the legs' own
 * microphone streams stay open so a leg that leaves can be handed back its plain microphone.
 */
export class Conference {
  private readonly legs = new Map<string, Call>();
  private mixer: ConferenceMixer | null = null;
  private microphone: MediaStream | null = null;
  private muted = false;

  get active(): boolean {
    return this.legs.size > 0;
  }

  has(id: string): boolean {
    return this.legs.has(id);
  }

  members(): Call[] {
    return [...this.legs.values()];
  }

  /** Mixes `calls` (all established, with remote audio). Existing legs stay. */
  async start(calls: Call[], microphoneId: string | undefined): Promise<void> {
    const joining = calls.filter(
      (call) => !this.legs.has(call.id) && call.session && call.remoteAudio(),
    );
    if (this.legs.size + joining.length < 2)
      throw new Error('A conference needs two established calls.');
    if (!this.mixer) {
      this.mixer = new ConferenceMixer();
      this.microphone = await openMicrophone(microphoneId);
      this.mixer.setMicrophone(this.microphone);
    }
    // Mute is one switch for the whole conference: anyone muted before keeps us muted.
    this.muted = this.muted || joining.some((call) => call.view.muted);
    for (const call of joining) {
      // JsSIP mutes by disabling the sender's track, which is about to be the mix; hand mute to the mixer.
      if (call.session?.isMuted().audio) call.session.unmute({ audio: true });
      const track = this.mixer.addLeg(call.id, call.remoteAudio()!);
      await call.audioSender()?.replaceTrack(track);
      this.legs.set(call.id, call);
      call.apply({ type: 'conference', on: true });
    }
    this.setMuted(this.muted);
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.mixer?.setMuted(muted);
    for (const call of this.legs.values()) call.apply({ type: 'mute', muted });
  }

  /** A leg's far end changed its track (rare: a re-INVITE that adds a new transceiver). */
  updateRemote(call: Call): void {
    const remote = call.remoteAudio();
    if (!this.mixer || !remote || !this.legs.has(call.id)) return;
    const track = this.mixer.addLeg(call.id, remote);
    void call.audioSender()?.replaceTrack(track);
  }

  /** A new microphone for the mix (device switch). */
  setMicrophone(stream: MediaStream): void {
    if (!this.mixer) {
      stopStream(stream);
      return;
    }
    stopStream(this.microphone);
    this.microphone = stream;
    this.mixer.setMicrophone(stream);
  }

  /** Takes a leg out (it ended or was hung up); a lone remaining leg goes back to a plain call. */
  remove(id: string): void {
    if (!this.legs.delete(id)) return;
    this.mixer?.removeLeg(id);
    if (this.legs.size >= 2) return;
    for (const call of this.legs.values()) this.release(call);
    this.legs.clear();
    this.mixer?.close();
    this.mixer = null;
    stopStream(this.microphone);
    this.microphone = null;
    this.muted = false;
  }

  /** The stream sent to a leg, for recording. */
  outputOf(id: string): MediaStream | undefined {
    return this.mixer?.outputOf(id);
  }

  private release(call: Call): void {
    const track = call.microphone?.getAudioTracks()[0];
    if (call.ended) return;
    if (track) {
      // Set before replaceTrack: JsSIP's mute below acts on whatever track the sender has *now*.
      track.enabled = !(this.muted || call.view.localHold || call.view.remoteHold);
      void call.audioSender()?.replaceTrack(track);
    }
    call.apply({ type: 'conference', on: false });
    // Keep the user's mute: back on a plain call, JsSIP's own mute state must say so too.
    if (this.muted) call.session?.mute({ audio: true });
    else call.apply({ type: 'mute', muted: false });
  }
}
