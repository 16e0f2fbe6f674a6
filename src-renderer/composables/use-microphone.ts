import { onBeforeUnmount, onMounted, shallowRef, watch, type ShallowRef } from 'vue';
import { MicrophoneError, type MicrophoneProblem } from '../sip/local-media';
import { MicrophoneProbe } from '../sip/microphone-probe';

/** Why Test audio has no microphone: what opening it said, or `lost` when it went away later. */
export type MicrophoneTrouble = MicrophoneProblem | 'lost';

/**
 * The microphone of a view, open while the view is shown: opened on mount and again whenever
 * `deviceId` changes, closed (every track stopped) before the view goes. A late answer from a
 * getUserMedia the user already left behind is closed at once, so no track is left running.
 */
export function useMicrophone(
  deviceId: () => string | undefined,
  onOpened: () => void = () => undefined,
): {
  probe: Readonly<ShallowRef<MicrophoneProbe | undefined>>;
  trouble: Readonly<ShallowRef<MicrophoneTrouble | undefined>>;
  reopen: () => Promise<void>;
} {
  const probe = shallowRef<MicrophoneProbe>();
  const trouble = shallowRef<MicrophoneTrouble>();
  /** Bumped by every open and close: an answer for an older one is stale. */
  let generation = 0;

  function close(): void {
    generation++;
    probe.value?.close();
    probe.value = undefined;
  }

  async function reopen(): Promise<void> {
    close();
    const mine = generation;
    trouble.value = undefined;
    try {
      const opened = await MicrophoneProbe.open(deviceId());
      if (mine !== generation) return opened.close();
      probe.value = opened;
      opened.onLost(() => {
        if (probe.value !== opened) return;
        close();
        trouble.value = 'lost';
      });
      onOpened();
    } catch (error) {
      if (mine === generation)
        trouble.value = error instanceof MicrophoneError ? error.problem : 'failed';
    }
  }

  onMounted(() => void reopen());
  watch(deviceId, () => void reopen());
  onBeforeUnmount(close);
  return { probe, trouble, reopen };
}
