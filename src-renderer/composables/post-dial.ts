import { watch, type WatchStopHandle } from 'vue';

export type PostDialStep = { tones: string } | { pauseMs: number };

/** A `,` in post-dial digits is a 2-second pause (the usual phone convention, and JsSIP's). */
export const PAUSE_MS = 2000;

/** `,,1234#` → wait 4 s, send "1234#". Pure; the contract has already limited it to `0-9 * # ,`. */
export function postDialSteps(postDial: string): PostDialStep[] {
  const steps: PostDialStep[] = [];
  for (const part of postDial.split(/(,)/)) {
    if (part === ',') {
      const last = steps.at(-1);
      if (last && 'pauseMs' in last) last.pauseMs += PAUSE_MS;
      else steps.push({ pauseMs: PAUSE_MS });
    } else if (part) steps.push({ tones: part });
  }
  return steps;
}

/**
 * Sends a link's post-dial digits (`tel:…;ext=42`, `tel:…,,1234#`) once call `id` is answered, and
 * gives up quietly if the call ends first. Returns a stop function.
 */
export function sendPostDialWhenAnswered(
  phase: () => string | undefined,
  send: (tones: string) => Promise<void> | void,
  postDial: string,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): WatchStopHandle {
  let started = false;
  const stop = watch(
    phase,
    async (current) => {
      if (started) return;
      if (current === undefined || current === 'ended') return stop();
      if (current !== 'active') return;
      started = true;
      stop();
      for (const step of postDialSteps(postDial)) {
        if ('pauseMs' in step) await sleep(step.pauseMs);
        else if (phase() === 'active' || phase() === 'held') await send(step.tones);
        else return;
      }
    },
    { immediate: true },
  );
  return stop;
}
