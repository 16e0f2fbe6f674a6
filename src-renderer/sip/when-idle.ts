/**
 * Runs `task` when the page has nothing else to do (or within `timeoutMs`), off the path of a
 * click or a call. Where requestIdleCallback is missing (Safari, Node), soon after instead.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): void {
  if (typeof globalThis.requestIdleCallback === 'function')
    globalThis.requestIdleCallback(() => task(), { timeout: timeoutMs });
  else setTimeout(task, Math.min(200, timeoutMs));
}
