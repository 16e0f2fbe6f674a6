import { onMounted, onUnmounted, ref } from 'vue';
import type { DesktopStatus } from '../../src-preload/contract';
import { softphone } from '../bridge/softphone';

/** Main's desktop status (hotkey report, password storage, start at login, updates), kept current. */
export function useDesktopStatus() {
  const status = ref<DesktopStatus | null>(null);
  const error = ref<string | null>(null);
  let unsubscribe: (() => void) | undefined;
  onMounted(async () => {
    unsubscribe = softphone.events.on('desktop:changed', (next) => {
      status.value = next;
    });
    try {
      status.value = await softphone.desktop.status();
    } catch (cause) {
      error.value = cause instanceof Error ? cause.message : String(cause);
    }
  });
  onUnmounted(() => unsubscribe?.());
  return { status, error };
}
