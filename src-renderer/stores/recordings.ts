import { defineStore } from 'pinia';
import { markRaw, ref, watch } from 'vue';
import type { RecordingInfo } from '../../src-preload/contract';
import { softphone } from '../bridge/softphone';
import type { RecordingSink } from '../sip/call-recorder';
import type { CallView } from '../sip/call-types';
import { CallRecordings, type RecordingState } from '../sip/recordings';
import { useAccountsStore } from './accounts';
import { lineName } from './line-name';
import { phone } from './phone-engine';
import { useSettingsStore } from './settings';

/**
 * Call recordings: the engine's recorder per call (sip/recordings.ts), fed by the settings, with
 * its chunks streamed through the bridge (main's file on the desktop, IndexedDB in the browser),
 * and the list the Recordings view shows.
 */
export const useRecordingsStore = defineStore('recordings', () => {
  const settingsStore = useSettingsStore();
  const accountsStore = useAccountsStore();
  const states = ref<Record<string, RecordingState>>({});
  /** PBX-side recording switched on per call (Record sent the feature code). */
  const pbxOn = ref<Record<string, boolean>>({});
  const list = ref<RecordingInfo[]>([]);
  const error = ref('');

  const lineOf = (accountId: string) => {
    const account = accountsStore.lines.find((candidate) => candidate.id === accountId)?.profile;
    return account ? lineName(account) : accountId;
  };
  const sinkFor = (view: CallView): RecordingSink => ({
    async start(mimeType) {
      const info = await softphone.recordings.start({
        callId: view.id,
        accountId: view.accountId,
        // Always named here (lineNameOf names a line only when there are several).
        line: lineOf(view.accountId),
        number: view.remoteNumber,
        name: view.remoteName,
        direction: view.direction,
        startedAt: Date.now(),
        mimeType,
      });
      return info.id;
    },
    append: (id, seq, bytes) => softphone.recordings.append({ id, seq, bytes }),
    async finish(id, durationMs) {
      await softphone.recordings.finish({ id, durationMs });
      void refresh();
    },
  });
  const engine = markRaw(new CallRecordings(phone.calls, sinkFor));
  engine.events.on('state', (state) => {
    states.value = { ...states.value, [state.callId]: state };
    if (state.error) error.value = state.error;
  });
  phone.events.on('callEnded', (view) => {
    const { [view.id]: _gone, ...rest } = pbxOn.value;
    pbxOn.value = rest;
  });

  const onPbx = () => settingsStore.settings.provisioning?.recordingsOnPbx === true;
  watch(
    () => settingsStore.settings.recording,
    (recording) => {
      engine.recordEveryCall = recording.recordEveryCall;
      engine.playNotice = recording.playNotice;
      engine.refreshAll();
    },
    { immediate: true, deep: true },
  );
  engine.onPbx = () => onPbx();

  function stateOf(callId: string): RecordingState {
    return states.value[callId] ?? { callId };
  }

  /** The Record button: here, or at the PBX with its feature code when it records the calls. */
  function toggle(callId: string): void {
    if (onPbx()) {
      const code = settingsStore.settings.provisioning?.featureCodes?.recordToggle;
      if (!code) throw new Error('Your provider records calls but gave no code to switch it.');
      phone.calls.sendDtmf(callId, code);
      pbxOn.value = { ...pbxOn.value, [callId]: !pbxOn.value[callId] };
      return;
    }
    engine.setRecording(callId, stateOf(callId).since === undefined);
  }

  function isRecording(callId: string): boolean {
    return onPbx() ? Boolean(pbxOn.value[callId]) : stateOf(callId).since !== undefined;
  }

  async function refresh(): Promise<void> {
    list.value = await softphone.recordings.list();
  }

  async function remove(id: string): Promise<void> {
    await softphone.recordings.remove({ id });
    await refresh();
  }

  /** A blob: URL of the recording, for the <audio> element or a download (revoke when done). */
  async function url(info: RecordingInfo): Promise<string> {
    const bytes = await softphone.recordings.read({ id: info.id });
    return URL.createObjectURL(new Blob([bytes], { type: info.mimeType.split(';')[0] }));
  }

  return {
    states,
    list,
    error,
    onPbx,
    stateOf,
    isRecording,
    toggle,
    refresh,
    remove,
    url,
    showInFolder: (id: string) => softphone.recordings.showInFolder({ id }),
    recordingIdOf: (callId: string) => engine.recordingIdOf(callId),
  };
});
