/**
 * Shell adapters: the small Electron (and electron-updater) objects the desktop core uses, each
 * behind the port its service declares. No logic lives here.
 */
import {
  app,
  clipboard,
  dialog,
  globalShortcut,
  powerMonitor,
  powerSaveBlocker,
  shell,
  type BrowserWindow,
  type MessageBoxOptions,
} from 'electron';
import electronUpdater from 'electron-updater';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Autostart } from '../services/autostart/autostart';
import type { AutostartPort, ClipboardPort } from '../services/desktop-core';
import type { ConfirmDialogPort } from '../services/core/dialer';
import type { QuitDialogPort } from '../services/core/quit-guard';
import type { OpenFolderPort } from '../services/diagnostics/log-tail';
import type { SaveDialogPort } from '../services/history/history-export';
import type { GlobalShortcutPort } from '../services/hotkeys/hotkey-service';
import type { MainTranslate } from '../services/i18n/translator';
import { shortcutBackend } from '../services/hotkeys/shortcut-backend';
import type { Logger } from '../services/logging/logger';
import type { ExternalBrowserPort } from '../services/portal/portal-opener';
import type { PowerSaveBlockerPort } from '../services/power/display-sleep';
import type { PowerMonitorPort } from '../services/power/system-wake';
import type { UpdateDialogPort, UpdaterPort } from '../services/updates/update-service';

export const shortcutPort: GlobalShortcutPort = {
  backend: shortcutBackend(process.platform, process.env),
  register: (accelerator, callback) => globalShortcut.register(accelerator, callback),
  unregister: (accelerator) => globalShortcut.unregister(accelerator),
  isRegistered: (accelerator) => globalShortcut.isRegistered(accelerator),
};

export const powerBlockerPort: PowerSaveBlockerPort = {
  start: (type) => powerSaveBlocker.start(type),
  stop: (id) => powerSaveBlocker.stop(id),
  isStarted: (id) => powerSaveBlocker.isStarted(id),
};

/** Read only after `ready` (the core is created then): Electron's powerMonitor needs the app ready. */
export const powerMonitorPort: PowerMonitorPort = {
  // Electron types each event in its own overload; a union picks none, so name them apart.
  on: (event, listener) =>
    void (event === 'resume'
      ? powerMonitor.on('resume', listener)
      : powerMonitor.on('unlock-screen', listener)),
  removeListener: (event, listener) =>
    void powerMonitor.removeListener(event as 'resume', listener),
};

/** The file manager, for Open log folder (the core passes main's own log folder only). */
export const openFolderPort: OpenFolderPort = (folder) => shell.openPath(folder);

/** The system browser; the core has checked the URL against the profile's portal first. */
export const browserPort: ExternalBrowserPort = {
  openExternal: (url) => shell.openExternal(url),
};

export function clipboardPort(platform: NodeJS.Platform): ClipboardPort {
  return {
    // Only Linux has a primary selection (the highlighted text); elsewhere the user copies first.
    readSelection: async () =>
      platform === 'linux' && clipboard.selection ? clipboard.selection.readText() : '',
    readText: () => clipboard.readText(),
  };
}

/** Dialogs attached to the main window (so they come up where the user is looking). */
export function dialogPorts(
  window: () => BrowserWindow | undefined,
  t: MainTranslate,
): ConfirmDialogPort & UpdateDialogPort & QuitDialogPort {
  const show = async (options: MessageBoxOptions) => {
    const parent = window();
    return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
  };
  const ask = async (message: string, detail: string, yes: string, no: string) => {
    const { response } = await show(question(message, detail, yes, no));
    return response === 0;
  };
  return {
    async confirmDial(display, { offerAlways, signal }) {
      const { response, checkboxChecked } = await show({
        ...question(
          t('dialog.callQuestion', { number: display }),
          t('dialog.callDetail'),
          t('dialog.call'),
          t('dialog.cancel'),
        ),
        ...(offerAlways ? { checkboxLabel: t('dialog.alwaysAllow') } : {}),
        // A newer link closes this question (services/core/dialer.ts: the newest link wins).
        signal,
      });
      if (response !== 0) return 'cancel';
      return offerAlways && checkboxChecked ? 'always' : 'call';
    },
    askToInstall: (version) =>
      ask(
        t('dialog.updateReady', { version }),
        t('dialog.updateDetail'),
        t('dialog.installRestart'),
        t('dialog.later'),
      ),
    confirmEndCalls: (liveCalls, action) =>
      ask(
        t('dialog.endCalls', {}, liveCalls),
        action === 'quit' ? t('dialog.quitDetail') : t('dialog.reloadDetail'),
        action === 'quit' ? t('dialog.endAndQuit') : t('dialog.endAndReload'),
        t('dialog.cancel'),
      ),
  };
}

/** Where an export goes (call history, diagnostics): a save dialog over the main window, in Documents. */
export function saveDialogPort(
  window: () => BrowserWindow | undefined,
  t: MainTranslate,
): SaveDialogPort {
  return {
    async chooseSavePath(fileName, kind = 'history') {
      const options = {
        title: t(kind === 'history' ? 'dialog.exportHistory' : 'dialog.exportDiagnostics'),
        defaultPath: join(app.getPath('documents'), fileName),
        filters: [
          kind === 'history'
            ? { name: 'CSV', extensions: ['csv'] }
            : { name: 'ZIP', extensions: ['zip'] },
        ],
      };
      const parent = window();
      const { canceled, filePath } = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return canceled || !filePath ? null : filePath;
    },
  };
}

function question(message: string, detail: string, yes: string, no: string): MessageBoxOptions {
  return {
    type: 'question',
    message,
    detail,
    buttons: [yes, no],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
}

export function autostartPort(platform: NodeJS.Platform): AutostartPort {
  const autostart = new Autostart({
    platform,
    // An AppImage runs from a temporary mount: start the AppImage file itself at login.
    execPath: process.env.APPIMAGE ?? process.execPath,
    env: { XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME, HOME: homedir() },
    loginItems: app,
    icon: 'softphone',
  });
  return { setEnabled: (enabled) => autostart.setEnabled(enabled) };
}

/**
 * electron-updater with nothing automatic: no download until a check found a version, no install
 * on quit (the user is asked first). `autoUpdater` is read lazily: constructing it in a
 * development build only produces warnings.
 */
export function updaterPort(log: Logger, beforeInstall: () => void): UpdaterPort {
  const updater = () => {
    const { autoUpdater } = electronUpdater;
    autoUpdater.autoDownload = false;
    autoUpdater.autoInstallOnAppQuit = false;
    autoUpdater.logger = {
      info: (m) => log.info(String(m)),
      warn: (m) => log.warn(String(m)),
      error: (m) => log.error(String(m)),
      debug: (m) => log.debug(String(m)),
    };
    return autoUpdater;
  };
  return {
    setFeedUrl: (url) => updater().setFeedURL({ provider: 'generic', url }),
    check: async () => {
      const result = await updater().checkForUpdates();
      return result?.isUpdateAvailable ? { version: result.updateInfo.version } : null;
    },
    download: async () => {
      await updater().downloadUpdate();
    },
    install: () => {
      // Let the window really close: close-to-tray would otherwise stop the installer's quit.
      beforeInstall();
      updater().quitAndInstall();
    },
  };
}
