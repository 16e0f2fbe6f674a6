import mitt, { type Emitter } from 'mitt';
import type { RecordingMimeType } from '../../src-preload/contract';
import type { Call } from './call';
import type { CallManager } from './call-manager';
import { CallRecorder, recordingMimeType, type RecordingSink } from './call-recorder';
import type { CallView } from './call-types';
import { planRecording } from './recording-plan';

/** A call's recording as the UI shows it. */
export interface RecordingState {
  callId: string;
  /** Recording since (epoch ms); undefined: not recording. */
  since?: number;
  /** Why the recording stopped early (disk full, folder gone…), for the user. */
  error?: string;
}

export type RecordingEvents = { state: RecordingState };

/** Sources are looked at again this often: a device switch replaces the track without an event. */
const FOLLOW_MS = 500;

/**
 * Records calls: follows the calls of a CallManager and starts or stops each one's CallRecorder
 * as planRecording() says (the Record button, Record every call), keeps its sources in line with
 * the call's tracks (recordingSources), and plays the recording notice when asked to.
 */
export class CallRecordings {
  readonly events: Emitter<RecordingEvents> = mitt<RecordingEvents>();
  recordEveryCall = false;
  playNotice = false;
  /** Whether a line's calls are recorded at the PBX (the profile's `recordingsOnPbx`). */
  onPbx: (accountId: string) => boolean = () => false;
  private readonly toggled = new Map<string, boolean>();
  private readonly recorders = new Map<string, { recorder: CallRecorder; since: number }>();
  private readonly failed = new Map<string, string>();
  private readonly ids = new Map<string, Promise<string | undefined>>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly manager: CallManager,
    private readonly sinkFor: (view: CallView) => RecordingSink,
  ) {
    manager.events.on('change', (view) => this.update(view));
    manager.events.on('ended', (view) => this.update(view));
  }

  /** The Record button. */
  setRecording(callId: string, on: boolean): void {
    this.toggled.set(callId, on);
    const view = this.manager.get(callId)?.view;
    if (view) this.update(view);
  }

  state(callId: string): RecordingState {
    const live = this.recorders.get(callId);
    return { callId, since: live?.since, error: this.failed.get(callId) };
  }

  /** The id of the call's last recording (for its history entry), once known. */
  recordingIdOf(callId: string): Promise<string | undefined> {
    return this.ids.get(callId) ?? Promise.resolve(undefined);
  }

  /** Settings changed: Record every call may now apply to calls in progress. */
  refreshAll(): void {
    for (const view of this.manager.views()) this.update(view);
  }

  private update(view: CallView): void {
    const step = planRecording({
      phase: view.phase,
      recordEveryCall: this.recordEveryCall,
      toggled: this.toggled.get(view.id),
      recording: this.recorders.has(view.id),
      failed: this.failed.has(view.id),
      onPbx: this.onPbx(view.accountId),
    });
    if (step === 'start') this.start(view);
    else if (step === 'stop') this.stop(view.id);
    else if (this.recorders.has(view.id)) this.follow(view.id);
    if (view.phase === 'ended') {
      this.toggled.delete(view.id);
      this.failed.delete(view.id);
    }
  }

  private start(view: CallView): void {
    const mimeType: RecordingMimeType | undefined = recordingMimeType();
    if (!mimeType) {
      this.failed.set(view.id, 'This browser cannot record audio.');
      this.emit(view.id);
      return;
    }
    const recorder = new CallRecorder(this.sinkFor(view), mimeType, (message) => {
      this.failed.set(view.id, message);
      void this.stop(view.id);
    });
    this.recorders.set(view.id, { recorder, since: Date.now() });
    this.ids.set(view.id, recorder.recordingId());
    this.follow(view.id);
    const call = this.manager.get(view.id);
    if (this.playNotice && call) void this.notice(call, recorder);
    this.timer ??= setInterval(() => {
      for (const id of this.recorders.keys()) this.follow(id);
    }, FOLLOW_MS);
    this.emit(view.id);
  }

  private stop(callId: string): Promise<void> {
    const live = this.recorders.get(callId);
    if (!live) return Promise.resolve();
    this.recorders.delete(callId);
    if (this.recorders.size === 0) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
    this.emit(callId);
    return live.recorder.stop();
  }

  /** Connects the recorder to the call's tracks as they are now. */
  private follow(callId: string): void {
    const call = this.manager.get(callId);
    const live = this.recorders.get(callId);
    if (!call || !live) return;
    const local =
      this.manager.conference.outputOf(callId)?.getAudioTracks()[0] ??
      call.microphone?.getAudioTracks()[0];
    const remote = call.remoteAudio()?.getAudioTracks()[0];
    live.recorder.setTracks([local, remote].filter((track) => track !== undefined));
  }

  /**
   * Both sides hear the notice: we on our speaker, the far end through a brief replaceTrack to
   * "microphone + beep" (a plain call only; in a conference the mix is the sender's and only we
   * and the recording get the beep). The microphone goes back with the call's mute and hold.
   */
  private async notice(call: Call, recorder: CallRecorder): Promise<void> {
    const inConference = this.manager.conference.has(call.id);
    const microphone = call.microphone?.getAudioTracks()[0];
    const { track, ms } = recorder.notice(microphone);
    const sender = inConference ? undefined : call.audioSender();
    if (!sender || !microphone) return;
    try {
      await sender.replaceTrack(track);
      await new Promise((resolve) => setTimeout(resolve, ms));
      const current = call.microphone?.getAudioTracks()[0];
      if (call.ended || !current || this.manager.conference.has(call.id)) return;
      const view = call.view;
      current.enabled = !(view.muted || view.localHold || view.remoteHold);
      await sender.replaceTrack(current);
    } catch (error) {
      console.warn('the recording notice could not be sent', error);
    } finally {
      track.stop();
    }
  }

  private emit(callId: string): void {
    this.events.emit('state', this.state(callId));
  }
}
