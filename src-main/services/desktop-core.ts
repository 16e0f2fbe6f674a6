import { isDeepStrictEqual } from 'node:util';
import type {
  AppInfo,
  DesktopStatus,
  HistoryEntry,
  PhoneSnapshot,
  ResetKeep,
  Settings,
} from '../../src-preload/contract';
import { createCommands } from './core/commands';
import { createDialer, type DialSource } from './core/dialer';
import { createPopupBridge } from './popup/popup-bridge';
import type { DesktopCore, DesktopCorePorts } from './core/ports';
import { RendererOutbox } from './core/renderer-outbox';
import { HotkeyService, type HotkeyReport } from './hotkeys/hotkey-service';
import { createSipTraceSink } from './diagnostics/sip-trace';
import { createMainHandlers, type MainHandlerDeps } from './ipc/main-handlers';
import type { Logger } from './logging/logger';
import { PopupService } from './popup/popup-service';
import { DisplaySleepService } from './power/display-sleep';
import { resetAppData } from './reset/reset-data';
import { MAX_RECENT, type RecentCall } from './tray/tray-model';
import { TrayService } from './tray/tray-service';
import { UpdateService } from './updates/update-service';

/**
 * Everything the desktop app does in main, wired in one place and free of Electron: the IPC
 * handlers, the phone snapshot fanned out to tray, popups, display sleep and recent calls, links
 * and command lines turned into dial requests, hotkeys, tray and popup commands, and settings
 * changes re-applied to hotkeys, start at login and updates.
 *
 * The Electron shell (src-main/index.ts, shell/) only creates real ports and passes them in; the
 * unit tests pass fakes, and the end-to-end test (tests/e2e/desktop) runs this very core in the
 * Playwright process with real settings, history and secret stores.
 */

export type {
  AutostartPort,
  ClipboardPort,
  DesktopCore,
  DesktopCorePorts,
  MainWindowPort,
} from './core/ports';

export function createDesktopCore<TMenu>(ports: DesktopCorePorts<TMenu>): DesktopCore {
  const { settings, log } = ports;
  const outbox = new RendererOutbox(ports.renderer);
  const sleep = new DisplaySleepService(ports.powerBlocker);
  let snapshot: PhoneSnapshot = {
    registration: 'offline',
    calls: [],
    missedCount: 0,
    doNotDisturb: settings.get().calling.doNotDisturb,
  };
  let recentCalls: RecentCall[] = [];
  let startAtLoginError: string | undefined;

  const pushStatus = () => outbox.push('desktop:changed', status());

  // ---- tray ----
  const tray = ports.tray
    ? new TrayService<TMenu>({
        tray: ports.tray.port,
        menuBuilder: ports.tray.menuBuilder,
        badge: ports.tray.badge,
        onCommand: (command) => commands.onTrayCommand(command),
      })
    : undefined;
  const updateTray = () =>
    tray?.update(snapshot, { windowVisible: ports.window.isVisible(), recentCalls });

  async function refreshRecentCalls(): Promise<void> {
    try {
      const entries: HistoryEntry[] = await ports.history.list({ limit: MAX_RECENT });
      recentCalls = entries.map(({ number, name, outcome }) =>
        name ? { number, name, outcome } : { number, outcome },
      );
      updateTray();
    } catch (error) {
      log.warn('could not read recent calls for the tray', { error });
    }
  }

  // ---- popups ----
  const popupBridge = createPopupBridge({
    windows: ports.popupWindows,
    settings: () => settings.get(),
  });
  const popups = new PopupService({
    windows: popupBridge.factory,
    notifier: ports.notifier,
    placement: ports.popupPlacement,
    platform: ports.platform,
    desktop: ports.desktop,
    onCommand: () => ports.window.show(),
  });
  const updatePopups = () =>
    popups.update(snapshot, { incomingPopup: settings.get().desktop.incomingPopup });

  // ---- dialling from outside the window ----
  const dialer = createDialer({
    confirmBeforeDial: () => settings.get().calling.confirmBeforeDial,
    dialog: ports.dialog,
    push: (request) => {
      outbox.push('dial:request', request);
      ports.window.show();
    },
    refuse: (message) => {
      outbox.push('notice:show', { level: 'warning', message });
      ports.window.show();
    },
    log,
  });

  // ---- hotkeys ----
  const hotkeys = new HotkeyService({
    shortcuts: ports.shortcuts,
    onHotkey: (name) => commands.onHotkey(name),
    platform: ports.platform,
  });
  let appliedHotkeys = settings.get().desktop.hotkeys;
  let hotkeyReport = hotkeys.apply(appliedHotkeys);
  logHotkeyProblems(hotkeyReport, log);

  const commands = createCommands({
    ports,
    outbox,
    dialer,
    updateTray: () => void updateTray(),
  });
  const { onHotkey, onTrayCommand, handleArgv } = commands;

  // ---- settings ----
  const feedOf = (next: Settings) => next.updates.feedUrl ?? next.provisioning?.updateFeedUrl;
  const updates = ports.updates
    ? new UpdateService({ ...ports.updates, log, onChange: () => pushStatus() })
    : undefined;

  async function applyAutostart(enabled: boolean): Promise<void> {
    if (!ports.autostart) return;
    try {
      await ports.autostart.setEnabled(enabled);
      startAtLoginError = undefined;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log.warn('could not change start at login', { enabled, reason });
      startAtLoginError = `Start at login could not be ${enabled ? 'turned on' : 'turned off'}: ${reason}`;
    }
    pushStatus();
  }

  let previous = settings.get();
  const unsubscribe = settings.subscribe((next) => {
    const before = previous;
    previous = next;
    outbox.push('settings:changed', next);
    if (!isDeepStrictEqual(next.desktop.hotkeys, appliedHotkeys)) {
      appliedHotkeys = next.desktop.hotkeys;
      hotkeyReport = hotkeys.apply(appliedHotkeys);
      logHotkeyProblems(hotkeyReport, log);
      pushStatus();
    }
    if (next.desktop.startAtLogin !== before.desktop.startAtLogin)
      void applyAutostart(next.desktop.startAtLogin);
    updates?.configure(feedOf(next));
    if (next.ui.language !== before.ui.language || next.ui.theme !== before.ui.theme)
      popupBridge.refresh();
    updatePopups();
    updateTray();
  });

  // ---- handlers ----
  const appInfo = (): AppInfo => ({
    mode: 'desktop',
    version: ports.version,
    platform: ports.platform,
    secretBackend: ports.secrets.backend,
    secretWarning: ports.secretWarning,
    startupNotice: settings.startupNotice,
  });

  function status(): DesktopStatus {
    return {
      hotkeys: hotkeyReport,
      secretBackend: ports.secrets.backend,
      secretWarning: ports.secretWarning,
      startAtLoginError,
      updates: updates?.status ?? { state: 'off' },
    };
  }

  const history: MainHandlerDeps['history'] = {
    add: async (entry) => {
      await ports.history.add(entry);
      void refreshRecentCalls();
    },
    list: (query) => ports.history.list(query),
    markSeen: () => ports.history.markSeen(),
    unseenMissedCount: () => ports.history.unseenMissedCount(),
    clear: async () => {
      await ports.history.clear();
      void refreshRecentCalls();
    },
  };

  async function resetData(keep: readonly ResetKeep[]): Promise<void> {
    const { problems } = await resetAppData(keep, {
      settings,
      secrets: ports.secrets,
      history,
      windowState: ports.windowState,
      log,
    });
    // The page starts over from the reset state; what went wrong waits for it there.
    outbox.markLoading();
    for (const message of problems) outbox.push('notice:show', { level: 'error', message });
    ports.renderer.reload();
  }

  const handlers = createMainHandlers({
    appInfo,
    settings,
    secrets: ports.secrets,
    history,
    fetchProfile: ports.fetchProfile,
    onPhoneSnapshot: (next) => {
      snapshot = next;
      updateTray();
      updatePopups();
      sleep.update(next);
    },
    onRendererReady: () => outbox.markReady(),
    resetData,
    desktopStatus: status,
    sipTrace: createSipTraceSink(() => settings.get().desktop.sipTrace, ports.sipLog ?? log),
  });

  // ---- start ----
  updateTray();
  void refreshRecentCalls();
  void applyAutostart(settings.get().desktop.startAtLogin);
  updates?.configure(feedOf(settings.get()));

  return {
    handlers,
    handleArgv,
    handleOpenUrl: (url) => dialer.dialLink(url),
    onHotkey,
    onTrayCommand,
    popupView: (callId) => popupBridge.view(callId),
    popupCommand(callId, action) {
      if (action === 'dismiss') return popupBridge.dismiss(callId);
      const command = popups.commandFor(callId, action);
      // Stale (answered elsewhere a moment ago) or forged: nothing to do.
      if (!command) return;
      outbox.push('call:command', command);
      if (action === 'answer') ports.window.show();
    },
    onWindowVisibilityChanged: () => void updateTray(),
    onRendererLoading: () => outbox.markLoading(),
    get hotkeyReport() {
      return hotkeyReport;
    },
    status,
    idle: async () => {
      await commands.idle();
      await dialer.idle();
    },
    dispose() {
      unsubscribe();
      hotkeys.dispose();
      popups.dispose();
      sleep.dispose();
      updates?.dispose();
    },
  };
}

function logHotkeyProblems(report: HotkeyReport, log: Logger): void {
  for (const [name, entry] of Object.entries(report)) {
    if (entry.status === 'in-use' || entry.status === 'invalid')
      log.warn('hotkey not registered', { name, message: entry.message });
  }
}

export type { DialSource };
