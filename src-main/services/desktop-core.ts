import { createAppReset } from './core/app-reset';
import { createCommands } from './core/commands';
import { appInfoOf } from './core/desktop-status';
import { diagnosticsHandlers } from './core/diagnostics-handlers';
import { historyCore } from './core/history-handlers';
import { createPhoneSurfaces } from './core/phone-surfaces';
import type { DesktopCore, DesktopCorePorts } from './core/ports';
import { RendererOutbox } from './core/renderer-outbox';
import { createQuitGuard } from './core/quit-guard';
import { recordingHandlers } from './core/recording-handlers';
import { watchSettings } from './core/settings-reactions';
import { createSystemServices } from './core/system-services';
import { createMainHandlers } from './ipc/main-handlers';
import { watchSystemWake } from './power/system-wake';
import { sipCredentials } from './secrets/sip-credential';

/**
 * The desktop app in main, wired in one place and free of Electron. This function only creates
 * services and connects them; each reaction between them is a module in core/ with its own test.
 * The Electron shell (src-main/index.ts, shell/) passes real ports; the unit tests pass fakes,
 * and the end-to-end test (tests/e2e/desktop) runs this very core in the Playwright process.
 */
export type {
  AutostartPort,
  ClipboardPort,
  DesktopCore,
  DesktopCorePorts,
  MainWindowPort,
} from './core/ports';
export type { DialAnswer, DialSource } from './core/dialer';
export type { GuardedAction } from './core/quit-guard';

export function createDesktopCore<TMenu>(ports: DesktopCorePorts<TMenu>): DesktopCore {
  const { settings, log } = ports;
  const outbox = new RendererOutbox(ports.renderer);
  const commands = createCommands({ ports, outbox, updateTray: () => phone.refreshTray() });
  const surfaces = createPhoneSurfaces(ports, {
    onTrayCommand: commands.onTrayCommand,
    pushCommand: (command) => outbox.push('call:command', command),
  });
  const { phone } = surfaces;
  const { summary, history, exportHistory } = historyCore(ports, phone.setHistory);
  const system = createSystemServices(ports, {
    onHotkey: commands.onHotkey,
    pushStatus: (status) => outbox.push('desktop:changed', status),
  });
  const unsubscribe = watchSettings({
    ...system,
    settings,
    push: (next) => outbox.push('settings:changed', next),
    refreshPopupViews: surfaces.refreshPopupViews,
    refreshPhone: phone.refresh,
  });
  const handlers = createMainHandlers({
    ...ports,
    appInfo: () => appInfoOf(ports),
    credentials: sipCredentials(ports.secrets),
    history,
    exportHistory,
    onPhoneReport: phone.report,
    openPortal: commands.openPortal,
    onRendererReady: () => outbox.markReady(),
    resetData: createAppReset({ ...ports, history, outbox, reload: () => ports.renderer.reload() }),
    desktopStatus: system.status,
    recordingHandlers: recordingHandlers({ recordings: ports.recordings, settings }),
    ...diagnosticsHandlers(ports),
  });
  // Not held while the page loads: a page that is starting connects afresh anyway.
  const unwatchWake =
    ports.powerMonitor &&
    watchSystemWake(ports.powerMonitor, (reason) => outbox.push('system:resumed', { reason }));
  phone.refreshTray();
  void summary.refresh();

  return {
    ...commands,
    popupView: surfaces.popupView,
    popupCommand: surfaces.popupCommand,
    handlers,
    status: system.status,
    onWindowVisibilityChanged: phone.refreshTray,
    onRendererLoading: () => outbox.markLoading(),
    mayEndCalls: createQuitGuard({ liveCalls: phone.liveCalls, dialog: ports.dialog, log }),
    get hotkeyReport() {
      return system.hotkeys.report;
    },
    dispose() {
      unsubscribe();
      unwatchWake?.();
      system.dispose();
      surfaces.dispose();
    },
  };
}
