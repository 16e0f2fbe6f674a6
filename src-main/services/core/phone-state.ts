import type { PhoneReport, Settings } from '../../../src-preload/contract';
import {
  overallRegistration,
  type RecentCall,
  type TrayModelOptions,
  type TrayState,
} from '../tray/tray-model';
import { liveCallCount } from './quit-guard';

/** What the tray, the popups and display sleep are told (TrayService, PopupService, DisplaySleepService). */
export interface PhoneStateDeps {
  tray?: { update(state: TrayState, options: TrayModelOptions): unknown };
  popups: { update(report: Pick<PhoneReport, 'calls'>, options: { incomingPopup: boolean }): void };
  sleep: { update(report: Pick<PhoneReport, 'calls'>): void };
  settings: { get(): Settings };
  windowVisible(): boolean;
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
): TrayState {
  return { ...overallRegistration(report.lines), calls: report.calls, ...owned };
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
    trayStateOf(report, {
      missedCount: history.missedCount,
      doNotDisturb: deps.settings.get().calling.doNotDisturb,
    });
  const refreshTray = (): void =>
    void deps.tray?.update(trayState(), {
      windowVisible: deps.windowVisible(),
      recentCalls: history.recentCalls,
      defaultCountry: deps.settings.get().calling.defaultCountry,
      portal: Boolean(deps.settings.get().provisioning?.portalUrl),
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
