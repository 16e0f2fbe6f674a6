import type { PhoneReport, Settings } from '../../../src-preload/contract';
import {
  overallRegistration,
  type RecentCall,
  type TrayModelOptions,
  type TrayState,
  type TrayVoicemail,
} from '../tray/tray-model';
import type { MainTranslate } from '../i18n/translator';
import { liveCallCount } from './quit-guard';

/** What the tray, the popups and display sleep are told (TrayService, PopupService, DisplaySleepService). */
export interface PhoneStateDeps {
  tray?: { update(state: TrayState, options: TrayModelOptions): unknown };
  popups: { update(report: Pick<PhoneReport, 'calls'>, options: { incomingPopup: boolean }): void };
  sleep: { update(report: Pick<PhoneReport, 'calls'>): void };
  settings: { get(): Settings };
  windowVisible(): boolean;
  t?: MainTranslate;
}

/** What main knows from its history: the unseen missed calls and the tray's recent calls. */
export interface HistorySummary {
  missedCount: number;
  recentCalls: RecentCall[];
}

/** Pure: the tray's state from the page's report and what main owns (missed count, DND). */
export function trayStateOf(
  report: PhoneReport,
  owned: { missedCount: number; doNotDisturb: boolean },
  settings?: Pick<Settings, 'accounts' | 'provisioning'>,
): TrayState {
  const voicemail = settings && voicemailOf(report, settings);
  return {
    ...overallRegistration(report.lines),
    calls: report.calls,
    ...owned,
    ...(voicemail && { voicemail }),
  };
}

/**
 * Pure: the lines' mailboxes (from the report) summed, and which line's voicemail number the
 * tray dials: the first line with new messages, else the first with a number. Absent when no
 * line has a mailbox or a number.
 */
export function voicemailOf(
  report: PhoneReport,
  settings: Pick<Settings, 'accounts' | 'provisioning'>,
): TrayVoicemail | undefined {
  const numberOf = (accountId: string): string | undefined =>
    settings.accounts.find((account) => account.id === accountId)?.voicemailNumber?.trim() ||
    settings.provisioning?.voicemailNumber ||
    undefined;
  const lines = report.lines;
  const chosen =
    lines.find((line) => (line.voicemail?.newCount ?? 0) > 0) ??
    lines.find((line) => numberOf(line.accountId)) ??
    lines.find((line) => line.voicemail);
  if (!chosen) return undefined;
  const number = numberOf(chosen.accountId);
  return {
    newCount: lines.reduce((sum, line) => sum + (line.voicemail?.newCount ?? 0), 0),
    oldCount: lines.reduce((sum, line) => sum + (line.voicemail?.oldCount ?? 0), 0),
    accountId: chosen.accountId,
    ...(number && { number }),
  };
}

/**
 * Main's view of the phone, and the reactions to it. The page reports its calls and lines
 * (`phone:report`): the tray, the popups and display sleep follow. Do-not-disturb is read from
 * settings and the missed count from the history summary on every refresh, so the tray shows a
 * change of either at once, without waiting for the page.
 */
export function createPhoneState(deps: PhoneStateDeps) {
  let report: PhoneReport = { lines: [], calls: [] };
  let history: HistorySummary = { missedCount: 0, recentCalls: [] };

  const trayState = () =>
    trayStateOf(
      report,
      {
        missedCount: history.missedCount,
        doNotDisturb: deps.settings.get().calling.doNotDisturb,
      },
      deps.settings.get(),
    );
  const refreshTray = (): void =>
    void deps.tray?.update(trayState(), {
      windowVisible: deps.windowVisible(),
      recentCalls: history.recentCalls,
      defaultCountry: deps.settings.get().calling.defaultCountry,
      portal: Boolean(deps.settings.get().provisioning?.portalUrl),
      ...(deps.t && { t: deps.t }),
    });
  const refreshPopups = (): void =>
    deps.popups.update(report, { incomingPopup: deps.settings.get().desktop.incomingPopup });

  return {
    /** A new report from the page. */
    report(next: PhoneReport): void {
      report = next;
      refreshTray();
      refreshPopups();
      deps.sleep.update(next);
    },
    /** The history changed (a call added, missed calls seen, history cleared). */
    setHistory(next: HistorySummary): void {
      history = next;
      refreshTray();
    },
    /** Settings or the window's visibility changed: the tray and popups look again. */
    refresh(): void {
      refreshPopups();
      refreshTray();
    },
    refreshTray,
    trayState,
    /** The calls a quit or a reload would drop, from the last report. */
    liveCalls: (): number => liveCallCount(report.calls),
  };
}

export type PhoneState = ReturnType<typeof createPhoneState>;
