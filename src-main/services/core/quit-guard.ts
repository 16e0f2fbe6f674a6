import type { CallSummary } from '../../../src-preload/contract';
import type { Logger } from '../logging/logger';

/** What would end the calls: quitting the app, or reloading the page that runs the phone. */
export type GuardedAction = 'quit' | 'reload';

/** "End the call in progress?" before quitting or reloading. */
export interface QuitDialogPort {
  /** True: go on and end the calls. */
  confirmEndCalls(liveCalls: number, action: GuardedAction): Promise<boolean>;
}

/**
 * Pure: the calls that quitting would drop. A call that is being dialled, talks, is held or
 * rings at the far end is live; an incoming call that still rings is not (quitting only leaves
 * it unanswered, and it lands in the history as missed).
 */
export function liveCallCount(calls: readonly Pick<CallSummary, 'state' | 'direction'>[]): number {
  return calls.filter(
    (call) =>
      call.state === 'dialing' ||
      call.state === 'active' ||
      call.state === 'held' ||
      (call.state === 'ringing' && call.direction === 'outgoing'),
  ).length;
}

/**
 * Asks before a quit or a reload would drop live calls (the page runs the phone, so either ends
 * them). The shell's `before-quit` must decide synchronously, so the guard answers at once:
 * true (go on: no live call, or the user already said yes) or false (stop now; the question is
 * shown, and on "yes" `retry` is called, whose next request for that action then goes on).
 * A request while the question is open (Cmd+Q twice) gets no second dialog.
 */
export function createQuitGuard(deps: {
  liveCalls(): number;
  dialog: QuitDialogPort;
  log: Logger;
}) {
  let asking = false;
  const granted = new Set<GuardedAction>();

  async function ask(live: number, action: GuardedAction, retry: () => void): Promise<void> {
    let yes = false;
    try {
      yes = await deps.dialog.confirmEndCalls(live, action);
    } catch (error) {
      deps.log.warn('the end-calls question failed', { error });
    }
    asking = false;
    deps.log.info(yes ? 'ending live calls' : 'kept live calls', { action, live });
    if (!yes) return;
    granted.add(action);
    retry();
  }

  return function mayEndCalls(action: GuardedAction, retry: () => void): boolean {
    if (granted.delete(action)) return true;
    const live = deps.liveCalls();
    if (live === 0) return true;
    if (!asking) {
      asking = true;
      void ask(live, action, retry);
    }
    return false;
  };
}
