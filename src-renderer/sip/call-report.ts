import type {
  CallState,
  CallSummary,
  HistoryEntryInput,
  LineReport,
  PhoneReport,
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

/** The name of a call's line (label or extension); absent when there is only one line. */
export type LineNameOf = (accountId: string) => string | undefined;

/**
 * Pure: the history entry for a call that ended, with its line's name when `lineOf` names it.
 * Missed calls start unseen (tray badge, tab).
 */
export function historyEntryOf(
  view: CallView,
  now = Date.now(),
  lineOf: LineNameOf = () => undefined,
): HistoryEntryInput {
  const outcome = view.outcome ?? 'failed';
  const line = lineOf(view.accountId)?.slice(0, 128);
  return {
    id: view.id,
    accountId: view.accountId,
    ...(line ? { line } : {}),
    direction: view.direction,
    number: (view.remoteNumber || view.remoteUri).slice(0, 256),
    name: view.remoteName,
    startedAt: view.startedAt,
    answeredAt: view.answeredAt,
    endedAt: view.endedAt ?? now,
    outcome,
    reason: view.endReason,
    // Answered on another of the user's phones, or forwarded on purpose: nothing was missed.
    seen:
      outcome !== 'missed' ||
      view.endReason === 'answered-elsewhere' ||
      view.endReason === 'forwarded',
  };
}

/**
 * Pure: live calls as main's tray, popup and hotkeys need them (at most 16, the contract's cap),
 * each with its line's name when `lineOf` names it (the popup says which line rings).
 */
export function callSummaries(
  calls: readonly CallView[],
  lineOf: LineNameOf = () => undefined,
): CallSummary[] {
  return calls.slice(0, MAX_REPORTED).map((call) => {
    const summary: CallSummary = {
      id: call.id,
      accountId: call.accountId,
      direction: call.direction,
      state: SUMMARY_STATE[call.phase],
      number: call.remoteNumber.slice(0, 256),
      name: call.remoteName,
      muted: call.muted,
    };
    const line = lineOf(call.accountId)?.slice(0, 128);
    if (line) summary.line = line;
    return summary;
  });
}

/** The contract's cap on lines and calls in one report. */
const MAX_REPORTED = 16;

/** A line as the report needs it: the account's id, and its registration when the engine has one. */
export interface ReportedLine {
  accountId: string;
  status?: { state: RegistrationState; detail?: string };
  /** The line's mailbox, once the PBX has told (message-summary). */
  voicemail?: { newCount: number; oldCount: number };
}

/**
 * Pure: what the page tells main about its phone (`phone:report`): each line's registration and
 * the live calls, nothing main owns itself (do-not-disturb, missed calls). A line the engine has
 * not reported on yet is offline.
 */
export function phoneReport(
  lines: readonly ReportedLine[],
  calls: readonly CallView[],
  lineOf?: LineNameOf,
): PhoneReport {
  return {
    lines: lines.slice(0, MAX_REPORTED).map(({ accountId, status, voicemail }) => {
      const line: LineReport = { accountId, registration: status?.state ?? 'offline' };
      if (status?.detail) line.detail = status.detail.slice(0, 256);
      if (voicemail)
        line.voicemail = { newCount: voicemail.newCount, oldCount: voicemail.oldCount };
      return line;
    }),
    calls: callSummaries(calls, lineOf),
  };
}
