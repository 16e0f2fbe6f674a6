/** The longest an idle task waits for the page to go idle before it runs anyway. */
const IDLE_TIMEOUT_MS = 1500;

/**
 * Runs `task` once the page is idle (after the first screen has painted and its own work is
 * done), or after `IDLE_TIMEOUT_MS` at the latest: for work off the path of a click or a call
 * (fetching what the next click may need, readying the ringer, redacting the SIP trace). Where
 * `requestIdleCallback` is missing, a timer stands in.
 */
export function whenIdle(task: () => void, scope: IdleScope = globalThis): void {
  if (typeof scope.requestIdleCallback === 'function')
    scope.requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT_MS });
  else scope.setTimeout(task, 1);
}

/** The part of the window `whenIdle` uses (a test passes a fake). */
export interface IdleScope {
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => unknown;
  setTimeout(callback: () => void, ms: number): unknown;
}
