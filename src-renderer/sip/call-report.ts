import type {
  CallState,
  CallSummary,
  HistoryEntryInput,
  RegistrationState,
} from '../../src-preload/contract';
import type { CallPhase, CallView } from './call-types';

const SUMMARY_STATE: Record<CallPhase, CallState> = {
  dialing: 'dialing',
  early: 'dialing',
  ringing: 'ringing',
  active: 'active',
  held: 'held',
  ended: 'ended',
};

/** Pure: the history entry for a call that ended. Missed calls start unseen (tray badge, tab). */
export function historyEntryOf(view: CallView, now = Date.now()): HistoryEntryInput {
  const outcome = view.outcome ?? 'failed';
  return {
    id: view.id,
    accountId: view.accountId,
    direction: view.direction,
    number: (view.remoteNumber || view.remoteUri).slice(0, 256),
    name: view.remoteName,
    startedAt: view.startedAt,
    answeredAt: view.answeredAt,
    endedAt: view.endedAt ?? now,
    outcome,
    reason: view.endReason,
    // Answered on another of the user's phones: nothing was missed.
    seen: outcome !== 'missed' || view.endReason === 'answered-elsewhere',
  };
}

/** Pure: live calls as main's tray, popup and hotkeys need them (at most 16, the contract's cap). */
export function callSummaries(calls: readonly CallView[]): CallSummary[] {
  return calls.slice(0, 16).map((call) => ({
    id: call.id,
    accountId: call.accountId,
    direction: call.direction,
    state: SUMMARY_STATE[call.phase],
    number: call.remoteNumber.slice(0, 256),
    name: call.remoteName,
    muted: call.muted,
  }));
}

/** Pure: all accounts' registration as one word for the tray: any registered account counts. */
export function overallRegistration(states: readonly RegistrationState[]): RegistrationState {
  for (const state of ['registered', 'connecting', 'failed'] as const) {
    if (states.includes(state)) return state;
  }
  return 'offline';
}
