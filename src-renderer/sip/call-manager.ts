import mitt, { type Emitter } from 'mitt';
import type { AccountProfile, Ringtone } from '../../src-preload/contract';
import type { AudioDeviceChoice } from './audio-routing';
import type { AccountHandle, CallManagerEvents, CallPreferences } from './call-manager-types';
import { Call, newCallId } from './call';
import { CallAudio } from './call-audio';
import { isEstablished, type CallView } from './call-types';
import { Conference } from './conference';
import { DialError } from './dial-target';
import { busyForwardUri, decideFor, redirectTo, scheduleRinging } from './incoming-handling';
import type { IncomingRequest, RTCSession } from './jssip-types';
import { callOptions, withMicrophone, withMicrophoneSoon } from './call-start';
import { MicrophoneAccess } from './microphone-access';
import { holdAction, reofferAll, unholdAction } from './reoffer';
import { remoteIdentity, type NameAddrLike } from './remote-identity';
import {
  acceptRefer,
  acceptReplaces,
  blindTransfer,
  cancelTransfer,
  completeTransfer,
  consult,
  type TransferHost,
} from './transfers';

/** More live calls than this and a new one is refused busy: a flood of INVITEs must not ring forever. */
const MAX_LIVE_CALLS = 8;
/** How long after a pickup request the picked-up call may arrive (the PBX sends it at once). */
const PICKUP_WINDOW_MS = 10_000;

/** A directed pickup asked for: the request's call, and the extension whose ringing call we want. */
interface PendingPickup {
  readonly accountId: string;
  readonly extension: string;
  readonly requestId: string;
  readonly until: number;
}

/**
 * Every call of every account: places, answers and ends calls, holds, mutes, DTMF, swaps,
 * conferences and transfers them (transfers.ts); CallAudio plays the tones they call for.
 */
export class CallManager implements TransferHost {
  readonly events: Emitter<CallManagerEvents> = mitt<CallManagerEvents>();
  /** Insertion order is age order: views() lists newest last. */
  private readonly calls = new Map<string, Call>();
  /** Calls kept alive out of sight while a replacement (transfer) takes their place. */
  private readonly hidden = new Set<string>();
  readonly conference = new Conference();
  readonly audio = new CallAudio(() => this.calls.values(), this.conference);
  private preferences: CallPreferences = { doNotDisturb: false, declineCode: 486, country: 'US' };
  private pickup: PendingPickup | undefined;
  /** Granted: calls go out before the microphone opens (withMicrophoneSoon). */
  private readonly microphoneAccess = new MicrophoneAccess();

  constructor(private readonly account: (accountId: string) => AccountHandle | undefined) {}

  views(): CallView[] {
    return [...this.calls.values()]
      .filter((call) => !this.hidden.has(call.id))
      .map((call) => call.view);
  }

  get(id: string): Call | undefined {
    return this.calls.get(id);
  }

  /** Every live call, hidden ones included (oldest first), for diagnostics. */
  all(): Call[] {
    return [...this.calls.values()];
  }

  isHidden(id: string): boolean {
    return this.hidden.has(id);
  }

  setPreferences(preferences: CallPreferences): void {
    this.preferences = { ...preferences };
    this.audio.country = preferences.country;
  }

  /** Each line's ringtone (Settings); a ringing call rings with its line's. */
  setRingtones(ringtones: Readonly<Record<string, Ringtone>>): void {
    this.audio.ringtones = { ...ringtones };
    this.audio.update(this.views());
  }

  /** Ringer and call volume, 0..1 each (Settings → Audio). */
  setVolumes(volumes: { ringer: number; call: number }): void {
    this.audio.setVolumes(volumes);
  }

  /** The user's device choice; the manager follows plugging and unplugging by itself. */
  setDevices(choice: AudioDeviceChoice): Promise<void> {
    return this.audio.choose(choice);
  }

  // ---- placing and receiving calls ----

  /** Places a call to an already normalised target (a SIP user or `sip:` URI); returns its id. */
  dial(accountId: string, target: string, display: string, extra: Partial<CallView> = {}): string {
    const account = this.account(accountId);
    if (!account) throw new DialError('no-account', 'Sign in to an account before calling.');
    const ua = account.userAgent;
    if (!ua || account.status.state !== 'registered') {
      throw new DialError(
        'not-registered',
        `Not registered as ${account.profile.extension} yet: the call cannot be placed.`,
      );
    }
    const uri = target.startsWith('sip') ? target : `sip:${target}@${account.profile.domain}`;
    const call = this.adopt(
      this.createCall(
        { accountId, direction: 'outgoing', remoteNumber: display, remoteUri: uri, ...extra },
        account.profile,
      ),
    );
    void this.holdOthers(call.id);
    const start = (mediaStream: MediaStream) =>
      call.attach(ua.call(target, callOptions(account.profile, mediaStream)));
    void (this.microphoneAccess.granted
      ? this.openMicrophone(call, start, withMicrophoneSoon)
      : this.openMicrophone(call, start));
    return call.id;
  }

  /**
   * Directed pickup: calls the pickup code + `extension` (already normalised as `target`). A PBX
   * that bridges (Asterisk, FreeSWITCH) answers this call and it simply goes on. A PBX that
   * delivers the ringing call instead (a proxy adding us as a branch, like the test PBX) sends a
   * new INVITE addressed to `extension`: receive() answers that one by itself, since we asked.
   */
  pickUp(accountId: string, target: string, display: string, extension: string): string {
    const requestId = this.dial(accountId, target, display);
    this.pickup = { accountId, extension, requestId, until: Date.now() + PICKUP_WINDOW_MS };
    this.calls.get(requestId)?.events.on('ended', () => {
      if (this.pickup?.requestId === requestId) this.pickup = undefined;
    });
    return requestId;
  }

  /** A new incoming session from an account's UA. */
  receive(accountId: string, session: RTCSession, request: IncomingRequest): void {
    const account = this.account(accountId);
    // Sessions we made ourselves (INVITE with Replaces, accepted in transfers.ts) come back here too.
    if (!account || [...this.calls.values()].some((call) => call.session === session)) return;
    const identity = remoteIdentity(request.from as unknown as NameAddrLike);
    const call = this.createCall(
      {
        accountId,
        direction: 'incoming',
        remoteNumber: identity.number,
        remoteName: identity.name,
        remoteUri: identity.uri,
      },
      account.profile,
    );
    const pickup = this.takePickup(accountId, request);
    if (pickup) {
      this.deliverPickup(pickup, call, session);
      return;
    }
    const decision = decideFor(this.preferences, account.profile, request, {
      accountId,
      liveCalls: this.calls.size,
      maxLiveCalls: MAX_LIVE_CALLS,
    });
    if (decision.action !== 'ring') {
      // Turned away inside JsSIP's newRTCSession: it then skips the 180.
      call.endFlags.doNotDisturb = decision.action === 'refuse' && decision.reason === 'dnd';
      call.endFlags.declinedByUs = decision.action === 'refuse' && decision.reason === 'busy';
      call.endFlags.forwarded = decision.action === 'forward';
      call.events.on('ended', (view) => this.events.emit('ended', view));
      call.attach(session);
      session.terminate(
        decision.action === 'forward' ? redirectTo(decision.uri) : { status_code: decision.status },
      );
      return;
    }
    this.adopt(call).attach(session);
    scheduleRinging(call, decision, {
      othersLive: () => [...this.calls.values()].some((other) => other !== call),
      autoAnswer: () => {
        this.audio.autoAnswered();
        this.answer(call.id);
      },
    });
  }

  /** A new Call (not yet followed: see adopt()) playing on the current speaker. */
  createCall(
    initial: Omit<ConstructorParameters<typeof Call>[0], 'id'>,
    profile: AccountProfile,
  ): Call {
    const call = new Call({ id: newCallId(), ...initial }, profile, this.audio.devices.speakerId);
    call.setVolume(this.audio.callVolume);
    return call;
  }

  /** Registers a call made elsewhere (transfers.ts) and follows its events. */
  adopt(call: Call, options: { hidden?: boolean } = {}): Call {
    this.calls.set(call.id, call);
    if (options.hidden) this.hidden.add(call.id);
    call.events.on('change', (view) => {
      if (!this.hidden.has(view.id)) this.events.emit('change', view);
      this.audio.update(this.views());
    });
    call.events.on('ended', (view) => this.onEnded(call, view));
    call.events.on('refer', (event) => acceptRefer(this, call, event));
    call.events.on('replaces', (event) => acceptReplaces(this, call, event));
    call.events.on('remoteStream', () => this.conference.updateRemote(call));
    if (!options.hidden) this.events.emit('change', call.view);
    this.audio.update(this.views());
    return call;
  }

  /** Shows a hidden call again (its replacement failed) or hides one (it was replaced). */
  setHidden(id: string, hidden: boolean): void {
    const call = this.calls.get(id);
    if (!call) return;
    if (hidden) {
      this.hidden.add(id);
      // Gone from views(): listeners refresh their list on any change.
      this.events.emit('change', call.view);
    } else if (this.hidden.delete(id)) {
      this.events.emit('change', call.view);
    }
    this.audio.update(this.views());
  }

  // ---- actions on a call ----

  answer(id: string): void {
    const call = this.require(id);
    const session = call.session;
    if (!session || call.view.phase !== 'ringing') return;
    void this.holdOthers(id);
    void this.openMicrophone(call, (mediaStream) => {
      if (!session.isEnded()) session.answer(callOptions(call.profile, mediaStream));
    });
  }

  /** Declines a ringing incoming call; with "When busy" forwarding it goes to the target instead. */
  decline(id: string): void {
    const call = this.require(id);
    if (call.view.direction !== 'incoming' || call.view.phase !== 'ringing') return;
    const forwardTo = busyForwardUri(this.preferences, call.profile, call.view.accountId);
    if (forwardTo && call.session && !call.session.isEnded()) {
      call.endFlags.forwarded = true;
      call.session.terminate(redirectTo(forwardTo));
      return;
    }
    call.decline(this.preferences.declineCode);
  }

  /** Ends a call; a ringing incoming call is declined. */
  hangup(id: string): void {
    const call = this.require(id);
    if (call.view.direction === 'incoming' && call.view.phase === 'ringing') this.decline(id);
    else call.hangup();
  }

  hold(id: string): Promise<void> {
    return reofferAll(this.group(id), holdAction);
  }

  resume(id: string): Promise<void> {
    return reofferAll(this.group(id), unholdAction);
  }

  setMuted(id: string, muted: boolean): void {
    const call = this.require(id);
    if (this.conference.has(id)) this.conference.setMuted(muted);
    else if (muted) call.session?.mute({ audio: true });
    else call.session?.unmute({ audio: true });
  }

  sendDtmf(id: string, tones: string): void {
    if (!/^[0-9A-D#*]{1,64}$/i.test(tones))
      throw new Error(`Invalid DTMF tones: ${tones.slice(0, 16)}`);
    const call = this.require(id);
    if (!isEstablished(call.view) && call.view.phase !== 'early') return;
    call.sendDtmf(tones);
    if (tones.length === 1) this.audio.key(tones);
  }

  /** Focuses `id`: resumes it and holds every other established call outside its conference. */
  async swap(id: string): Promise<void> {
    const holding = this.holdOthers(id);
    if (this.require(id).view.localHold) await this.resume(id);
    await holding;
  }

  /** Merges established calls (default: all of them) into a local conference, all resumed. */
  async startConference(ids?: string[]): Promise<void> {
    const legs = (
      ids ??
      this.views()
        .filter(isEstablished)
        .map((view) => view.id)
    ).map((id) => this.require(id));
    // Mix only once every leg is resumed: a held leg has no audio to mix yet.
    await reofferAll(
      legs.filter((call) => call.view.localHold),
      unholdAction,
    );
    await this.conference.start(legs, this.audio.devices.microphoneId);
  }

  blindTransfer(id: string, target: string): void {
    blindTransfer(this.require(id), target);
  }

  consult(id: string, target: string, display: string): string {
    return consult(this, this.require(id), target, display);
  }

  completeTransfer(consultId: string): void {
    completeTransfer(this, this.require(consultId));
  }

  cancelTransfer(consultId: string): void {
    cancelTransfer(this, this.require(consultId));
  }

  /** The streams of a call: what we send (microphone or conference mix) and what we receive. */
  callStreams(id: string): { local: MediaStream | null; remote: MediaStream | null } | undefined {
    const call = this.calls.get(id);
    if (!call) return undefined;
    return { local: this.conference.outputOf(id) ?? call.microphone, remote: call.remoteStream };
  }

  // ---- internals ----

  require(id: string): Call {
    const call = this.calls.get(id);
    if (!call) throw new Error('That call has ended.');
    return call;
  }

  private async openMicrophone(
    call: Call,
    start: (stream: MediaStream) => void,
    open = withMicrophone,
  ): Promise<void> {
    if (await open(call, this.audio.devices.microphoneId, start)) {
      this.microphoneAccess.opened();
      // Device ids are hidden until the first microphone grant: look again once it is open.
      this.audio.refreshDevices();
    } else if (call.endFlags.microphoneFailed) this.microphoneAccess.failed();
  }

  /** Holds every established, unheld call except `id` and the members of its conference. */
  holdOthers(id: string): Promise<void> {
    const keep = this.conference.has(id)
      ? new Set(this.conference.members().map((call) => call.id))
      : new Set([id]);
    const others = [...this.calls.values()].filter(
      (call) => !keep.has(call.id) && !this.hidden.has(call.id) && call.view.phase === 'active',
    );
    return reofferAll(others, holdAction);
  }

  /** The call, or every leg of its conference. */
  private group(id: string): Call[] {
    return this.conference.has(id) ? this.conference.members() : [this.require(id)];
  }

  /** The pending pickup this INVITE answers (addressed to the extension we asked for), taken. */
  private takePickup(accountId: string, request: IncomingRequest): PendingPickup | undefined {
    const pending = this.pickup;
    if (!pending || pending.accountId !== accountId || Date.now() > pending.until) return undefined;
    if (request.to?.uri?.user !== pending.extension) return undefined;
    this.pickup = undefined;
    return pending;
  }

  /**
   * The picked-up call: answered at once, whatever Do not disturb or forwarding say (the user
   * just asked for it). The request's own call is done: hidden, ended, and not a failure.
   */
  private deliverPickup(pickup: PendingPickup, call: Call, session: RTCSession): void {
    this.adopt(call).attach(session);
    const request = this.calls.get(pickup.requestId);
    if (request) {
      request.endFlags.pickedUp = true;
      this.setHidden(request.id, true);
      request.hangup();
    }
    this.answer(call.id);
  }

  private onEnded(call: Call, view: CallView): void {
    this.calls.delete(call.id);
    this.hidden.delete(call.id);
    this.conference.remove(call.id);
    this.events.emit('ended', view);
    this.audio.update(this.views());
    this.audio.ended(view, this.views());
  }
}
