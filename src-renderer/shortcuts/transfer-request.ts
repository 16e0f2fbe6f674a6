import { ref, watch } from 'vue';

/**
 * The Transfer shortcut asks the focused call's controls to open their Transfer panel. The panel
 * is the card's own view state, not call state, so it lives in CallControls; this is the one
 * signal from the key handler to it (a counter, so asking twice opens it twice).
 */
const request = ref<{ callId: string; count: number }>();

export function requestTransferPanel(callId: string): void {
  request.value = { callId, count: (request.value?.count ?? 0) + 1 };
}

/** Calls `open` whenever the Transfer panel of `callId()` is asked for. */
export function onTransferRequest(callId: () => string, open: () => void): void {
  watch(request, (asked) => {
    if (asked?.callId === callId()) open();
  });
}
