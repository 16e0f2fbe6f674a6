import { AudioRouting, type AudioDeviceChoice } from './audio-routing';
import type { Call } from './call';
import type { CallView } from './call-types';
import type { Conference } from './conference';
import { openMicrophone } from './local-media';
import type { Ringtone } from '../../src-preload/contract';
import {
  AUTO_ANSWER,
  CALL_WAITING,
  ERROR_TONE,
  RINGTONE_PATTERNS,
  TEST_SOUND,
  busyPattern,
  dtmfPattern,
  endTone,
  planTones,
  ringName,
  ringbackPattern,
  ringtoneOnce,
} from './tone-plan';
import { TonePlayer, type ToneChannel } from './tone-player';

/** Where a tone played: the output device id ('' = default) and the volume, 0..1. */
export interface ToneRoute {
  sinkId: string;
  volume: number;
}

/**
 * The sound around the calls: the tones they call for (ring, ringback, call waiting, keypad
 * feedback) and the devices everything plays on, following the user's choice and what is
 * plugged in. A device change reaches live calls at once (replaceTrack, setSinkId).
 */
export class CallAudio {
  private readonly tones = new TonePlayer();
  private readonly routing = new AudioRouting(
    (next, previous) => void this.applyDevices(next, previous),
  );
  /** For the ringback cadence. */
  country = 'US';
  /** What a new call starts at (setVolumes). */
  callVolume = 1;
  /** Each line's ringtone by account id (Settings; a line without one rings classic). */
  ringtones: Readonly<Record<string, Ringtone>> = {};
  /** The channels Test audio's sounds went to. */
  private readonly tested: { sound?: ToneChannel; ringtone?: ToneChannel } = {};

  constructor(
    private readonly calls: () => Iterable<Call>,
    private readonly conference: Conference,
  ) {}

  /** The devices in use now: the user's choice where plugged in, else the default (undefined). */
  get devices(): AudioDeviceChoice {
    return this.routing.effective;
  }

  /** The user's device choice (as saved in settings). */
  choose(choice: AudioDeviceChoice): Promise<void> {
    return this.routing.choose(choice);
  }

  /**
   * Ringer volume (the ring) apart from call volume (the far end, and the earpiece tones),
   * each 0..1; a live call changes at once.
   */
  setVolumes(volumes: { ringer: number; call: number }): void {
    this.callVolume = volumes.call;
    this.tones.setVolume('ringer', volumes.ringer);
    this.tones.setVolume('speaker', volumes.call);
    this.tones.setVolume('keypad', volumes.call);
    for (const call of this.calls()) call.setVolume(volumes.call);
  }

  /** The volumes in use (for tests and diagnostics). */
  get volumes(): { ringer: number; call: number } {
    return { ringer: this.tones.volume('ringer'), call: this.callVolume };
  }

  /** Device ids may have become visible (microphone permission granted): look again. */
  refreshDevices(): void {
    void this.routing.refresh();
  }

  /** Starts the sound machinery ahead of the first call (see TonePlayer.prepare). */
  prepare(): void {
    this.tones.prepare(['ringer', 'speaker']);
  }

  /** Plays what the visible calls call for and stops the rest. */
  update(views: readonly CallView[]): void {
    const plan = planTones(views, (accountId) => this.ringtones[accountId]);
    if (plan.ringer) {
      const ringtone = plan.ringtone ?? 'classic';
      this.tones.play('ringer', ringName(ringtone), RINGTONE_PATTERNS[ringtone]);
    } else this.tones.stop('ringer');
    if (plan.speaker === 'ringback') {
      this.tones.play('speaker', 'ringback', ringbackPattern(this.country));
    } else if (plan.speaker === 'call-waiting') {
      this.tones.play('speaker', 'call-waiting', CALL_WAITING);
    } else {
      this.tones.stop('speaker');
    }
  }

  /**
   * A call ended: an outgoing call that never connected plays the busy or the error tone, as a
   * desk phone does, unless another call is being talked on (its card says why then).
   */
  ended(view: CallView, others: readonly CallView[]): void {
    const tone = endTone(view);
    if (!tone || others.some((other) => other.phase === 'active')) return;
    if (tone === 'busy') this.tones.play('keypad', 'busy', busyPattern(this.country));
    else this.tones.play('keypad', 'error', ERROR_TONE);
  }

  /** A short beep: the phone answered a call by itself (intercom, auto-answer). */
  autoAnswered(): void {
    this.tones.play('keypad', 'auto-answer', AUTO_ANSWER);
  }

  /** Local feedback for one keypad press. */
  key(tone: string): void {
    const pattern = dtmfPattern(tone);
    if (pattern) this.tones.play('keypad', `dtmf-${tone}`, pattern);
  }

  /**
   * Test audio: a short sound where calls are heard (the speaker, at the call volume). On the
   * keypad channel, which goes there too, so it never cuts a ringback short.
   */
  testSound(): void {
    this.tones.play('keypad', 'test-sound', TEST_SOUND);
    this.tested.sound = 'keypad';
  }

  /**
   * Test audio: one ring of `ringtone` where calls ring (the ringer device, at the ringer volume).
   * A call ringing now is the test already: its ring is not cut short.
   */
  testRingtone(ringtone: Ringtone): void {
    if (this.tones.playing('ringer')) return;
    this.tones.play('ringer', `test-${ringName(ringtone)}`, ringtoneOnce(ringtone));
    this.tested.ringtone = 'ringer';
  }

  /** Where Test audio's sound and ringtone played, and how loud (for tests and diagnostics). */
  testRoutes(): { sound?: ToneRoute; ringtone?: ToneRoute } {
    const route = (channel: ToneChannel | undefined) => channel && this.tones.route(channel);
    return { sound: route(this.tested.sound), ringtone: route(this.tested.ringtone) };
  }

  playing(): { ringer?: string; speaker?: string } {
    return { ringer: this.tones.playing('ringer'), speaker: this.tones.playing('speaker') };
  }

  /** How many times each tone has started (for tests and diagnostics). */
  toneStarts(): Record<string, number> {
    return this.tones.startCounts();
  }

  private async applyDevices(next: AudioDeviceChoice, previous: AudioDeviceChoice): Promise<void> {
    this.tones.setSink('speaker', next.speakerId);
    this.tones.setSink('keypad', next.speakerId);
    this.tones.setSink('ringer', next.ringerId);
    for (const call of this.calls()) call.setSpeaker(next.speakerId);
    if (next.microphoneId === previous.microphoneId) return;
    for (const call of this.calls()) {
      if (!call.microphone || call.ended) continue;
      // replaceTrack switches the microphone without a re-INVITE.
      const stream = await openMicrophone(next.microphoneId);
      await call.replaceMicrophone(stream, !this.conference.has(call.id));
    }
    if (this.conference.active)
      this.conference.setMicrophone(await openMicrophone(next.microphoneId));
  }
}
