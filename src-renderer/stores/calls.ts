import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { softphone } from '../bridge/softphone';
import type { AudioDeviceChoice } from '../sip/audio-routing';
import { historyEntryOf } from '../sip/call-report';
import type { CallView } from '../sip/call-types';
import { installDebugHook } from '../sip/debug-hook';
import { DialError, normaliseDialTarget } from '../sip/dial-target';
import { callerLabel, callerName } from '../contacts/caller-name';
import { useAccountsStore } from './accounts';
import { useContactsStore } from './contacts';
import { callQualityLog } from './diagnostics';
import { useHistoryStore } from './history';
import { useRecordingsStore } from './recordings';
import { phone } from './phone-engine';
import { reportPhoneState } from './phone-report';
import { useSettingsStore } from './settings';

/** An outgoing call that failed stays on screen this long, so the user can read why ("Busy"). */
const FAILED_CALL_LINGER_MS = 4000;

/**
 * The calls, mirrored as plain CallViews from the engine (sip/), plus which one has the focus.
 * Actions normalise what the user typed and call the engine; the engine owns the JsSIP objects.
 */
export const useCallsStore = defineStore('calls', () => {
  const settingsStore = useSettingsStore();
  const accountsStore = useAccountsStore();
  const historyStore = useHistoryStore();
  // Created with the calls, so Record every call follows the very first one.
  const recordingsStore = useRecordingsStore();
  const contactsStore = useContactsStore();
  /** The call as main's surfaces and the history show it: the contact's name, the PBX's beside it. */
  const named = (view: CallView): CallView => {
    const label = callerLabel(
      callerName(contactsStore.contactForNumber(view.remoteNumber)?.name, view.remoteName),
    );
    return label === view.remoteName ? view : { ...view, remoteName: label };
  };

  const live = ref<CallView[]>(phone.calls.views());
  const lingering = ref<CallView[]>([]);
  const currentId = ref<string | null>(null);

  /** Live calls, newest last, followed by recently failed outgoing calls (phase 'ended'). */
  const calls = computed(() => [...live.value, ...lingering.value]);
  const current = computed(() => calls.value.find((call) => call.id === currentId.value));
  const ringing = computed(() => live.value.filter((call) => call.phase === 'ringing'));
  const inCall = computed(() => live.value.some((call) => call.phase !== 'ringing'));

  function sync(changed?: CallView): void {
    live.value = phone.calls.views();
    // A call that took another's place (transfer) takes its focus too.
    if (changed?.replaces && changed.replaces === currentId.value) currentId.value = changed.id;
    if (!live.value.some((call) => call.id === currentId.value)) refocus();
  }

  /** Focus the newest call in progress, else the newest ringing one, else the newest failed one. */
  function refocus(): void {
    const inProgress = live.value.filter((call) => call.phase !== 'ringing');
    currentId.value =
      (inProgress.at(-1) ?? ringing.value.at(-1) ?? lingering.value.at(-1))?.id ?? null;
  }

  async function recordEnd(view: CallView): Promise<void> {
    // Linger only calls the user placed: a transfer's new leg that failed says so on the old call.
    const unansweredOutgoing =
      view.direction === 'outgoing' && view.answeredAt === undefined && !view.replaces;
    if (unansweredOutgoing && view.outcome !== 'cancelled' && view.endReason !== 'transferred') {
      lingering.value = [...lingering.value, view];
      setTimeout(() => {
        lingering.value = lingering.value.filter((call) => call.id !== view.id);
        if (currentId.value === view.id) refocus();
      }, FAILED_CALL_LINGER_MS);
    }
    sync();
    if (currentId.value === null && lingering.value.some((call) => call.id === view.id))
      currentId.value = view.id;
    // A pickup request is not a call of its own: the call it picked up is recorded instead.
    if (view.endReason === 'picked-up') return;
    try {
      const recordingId = await recordingsStore.recordingIdOf(view.id);
      await softphone.history.add({
        ...historyEntryOf(named(view), Date.now(), accountsStore.lineNameOf),
        ...(recordingId && { recordingId }),
      });
      if (view.outcome === 'missed') await historyStore.refreshMissed();
    } catch (error) {
      console.error('could not record the call in history', error);
    }
  }

  phone.events.on('call', (view) => {
    callQualityLog.observe(view);
    sync(view);
  });
  phone.events.on('callEnded', (view) => {
    callQualityLog.ended(view);
    void recordEnd(view);
  });
  installDebugHook(phone.calls, globalThis, phone.recovery);

  // Settings drive the engine: Do not disturb, the decline codes, each line's forwarding and
  // auto-answer, the devices.
  watch(
    () => [settingsStore.settings.calling, settingsStore.settings.accounts] as const,
    ([calling, accounts]) =>
      phone.calls.setPreferences({
        doNotDisturb: calling.doNotDisturb,
        declineCode: calling.declineCode,
        dndCode: calling.dndCode,
        country: calling.defaultCountry,
        lines: Object.fromEntries(
          accounts.map(({ id, doNotDisturb, forwarding, autoAnswer }) => [
            id,
            { doNotDisturb, forwarding, autoAnswer },
          ]),
        ),
      }),
    { immediate: true, deep: true },
  );
  // Each line rings with its own ringtone.
  watch(
    () =>
      Object.fromEntries(
        settingsStore.settings.accounts.flatMap((account) =>
          account.ringtone ? [[account.id, account.ringtone]] : [],
        ),
      ),
    (ringtones) => phone.calls.setRingtones(ringtones),
    { immediate: true, deep: true },
  );
  watch(
    () => settingsStore.settings.audio,
    (audio) => {
      phone.calls.setVolumes({ ringer: audio.ringerVolume / 100, call: audio.callVolume / 100 });
      void phone.calls.setDevices(audio);
    },
    { immediate: true, deep: true },
  );

  // ---- actions ----

  /**
   * Calls `target` (number, extension, feature code or SIP address) on line `lineId`, or on the
   * default line (the first registered one). Throws a DialError when that line cannot call.
   */
  async function dial(target: string, lineId?: string): Promise<void> {
    const line = callingLine(lineId);
    const normalised = normaliseDialTarget(target, settingsStore.settings.calling.defaultCountry);
    currentId.value = phone.calls.dial(line.id, normalised.target, normalised.display);
    accountsStore.markUsed(line.id);
  }

  /** Directed pickup of the call ringing at `extension`: the provider's `code` + the extension. */
  async function pickUp(code: string, extension: string, lineId?: string): Promise<void> {
    const line = callingLine(lineId);
    const normalised = normaliseDialTarget(
      `${code}${extension}`,
      settingsStore.settings.calling.defaultCountry,
    );
    currentId.value = phone.calls.pickUp(line.id, normalised.target, normalised.display, extension);
    accountsStore.markUsed(line.id);
  }

  /** Line `lineId`, or the default line; throws a DialError when it cannot call. */
  function callingLine(lineId?: string) {
    const line = lineId ? accountsStore.line(lineId) : accountsStore.defaultLine;
    if (!line) throw new DialError('no-account', 'Sign in to an account before calling.');
    if (line.registration.state !== 'registered') {
      throw new DialError(
        'not-registered',
        `Not registered as ${line.profile.extension} yet: the call cannot be placed.`,
      );
    }
    return line;
  }

  async function answer(id: string): Promise<void> {
    phone.calls.answer(id);
    currentId.value = id;
    const accountId = live.value.find((call) => call.id === id)?.accountId;
    if (accountId) accountsStore.markUsed(accountId);
  }

  async function decline(id: string): Promise<void> {
    phone.calls.decline(id);
  }

  async function hangup(id: string): Promise<void> {
    if (lingering.value.some((call) => call.id === id)) {
      lingering.value = lingering.value.filter((call) => call.id !== id);
      if (currentId.value === id) refocus();
      return;
    }
    phone.calls.hangup(id);
  }

  async function hold(id: string): Promise<void> {
    await phone.calls.hold(id);
  }

  /** Resumes `id`; any other call in progress goes on hold (one conversation at a time). */
  async function resume(id: string): Promise<void> {
    currentId.value = id;
    await phone.calls.swap(id);
  }

  async function toggleMute(id: string): Promise<void> {
    const call = live.value.find((candidate) => candidate.id === id);
    if (call) phone.calls.setMuted(id, !call.muted);
  }

  async function sendDtmf(id: string, tones: string): Promise<void> {
    phone.calls.sendDtmf(id, tones);
  }

  async function blindTransfer(id: string, target: string): Promise<void> {
    phone.calls.blindTransfer(
      id,
      normaliseDialTarget(target, settingsStore.settings.calling.defaultCountry).target,
    );
  }

  /** Starts the consult leg of an attended transfer (the original call goes on hold). */
  async function consult(id: string, target: string): Promise<void> {
    const normalised = normaliseDialTarget(target, settingsStore.settings.calling.defaultCountry);
    currentId.value = phone.calls.consult(id, normalised.target, normalised.display);
  }

  async function completeTransfer(consultId: string): Promise<void> {
    phone.calls.completeTransfer(consultId);
  }

  async function cancelTransfer(consultId: string): Promise<void> {
    const original = live.value.find((call) => call.id === consultId)?.consultFor;
    phone.calls.cancelTransfer(consultId);
    if (original) currentId.value = original;
  }

  async function swap(id: string): Promise<void> {
    currentId.value = id;
    await phone.calls.swap(id);
  }

  /** Merges the established calls into a local 3-way conference, all resumed. */
  async function conference(): Promise<void> {
    await phone.calls.startConference();
  }

  /** Chooses devices; remembered in settings, applied at once (mid-call too). */
  async function setDevices(devices: AudioDeviceChoice): Promise<void> {
    await settingsStore.update({ audio: { ...settingsStore.settings.audio, ...devices } });
  }

  // The tray, popups and hotkeys in main follow the phone's state.
  reportPhoneState(() => live.value.map(named));

  return {
    calls,
    currentId,
    current,
    ringing,
    inCall,
    dial,
    pickUp,
    answer,
    decline,
    hangup,
    hold,
    resume,
    toggleMute,
    sendDtmf,
    blindTransfer,
    consult,
    completeTransfer,
    cancelTransfer,
    swap,
    conference,
    setDevices,
  };
});
