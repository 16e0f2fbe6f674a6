/**
 * A recording stand-in for the `electron` module, just large enough to run the built main bundle
 * (out/main/index.js) and the libraries it imports (electron-store, electron-log, electron-updater)
 * under plain Node. It is not a simulator: each API returns the simplest value that lets the app go
 * on, and records the call for the test (state.mjs; driver.mjs hands the record over).
 *
 * It does enforce a few rules of real Electron that the type checker cannot see, so breaking one
 * fails the smoke test rather than the first real launch:
 * - `ready` comes only after the entry module has run (launch.mjs), and windows, tray, screen,
 *   shortcuts, sessions, safeStorage, dialogs, notifications and net refuse to work before it;
 * - `ipcMain.handle` refuses a second handler for a channel;
 * - `webContents.send` payloads must survive structured cloning;
 * - `loadURL` rejects for a missing file, or when the window closes before the page loaded.
 *
 * An API the bundle imports but the fake lacks fails the start with "does not provide an export
 * named …": add it here, recorded, answering as little as the app needs.
 */
import { app } from './app.mjs';
import {
  clipboard,
  dialog,
  dialogAnswers,
  globalShortcut,
  Menu,
  nativeImage,
  net,
  Notification,
  powerMonitor,
  powerSaveBlocker,
  safeStorage,
  screen,
  shell,
  Tray,
} from './desktop.mjs';
import { calls, hooks, lifecycle, plain, preventable, record } from './state.mjs';
import { BrowserWindow, ipcMain, madeSession, session } from './windows.mjs';

export {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  nativeImage,
  net,
  Notification,
  powerMonitor,
  powerSaveBlocker,
  safeStorage,
  screen,
  session,
  shell,
  Tray,
};

/** `import electron from 'electron'` (electron-store) and CommonJS `require('electron')`. */
export default {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  nativeImage,
  net,
  Notification,
  powerMonitor,
  powerSaveBlocker,
  safeStorage,
  screen,
  session,
  shell,
  Tray,
};

/** What launch.mjs and driver.mjs reach; not part of Electron's API. */
export const smoke = {
  calls,
  dialogAnswers,
  app,
  ipcMain,
  powerMonitor,
  hooks,
  plain,
  preventable,
  windows: lifecycle.windows,
  /** The default session, once the app made one. */
  session: madeSession,
  entryEvaluated: lifecycle.markEntryEvaluated,
  whenEntryEvaluated: () => lifecycle.entryEvaluated,
  /** The `ready` event, once Chromium has started and the entry module has run. */
  async becomeReady() {
    await lifecycle.entryEvaluated;
    if (lifecycle.ready) return;
    record('event ready');
    lifecycle.markReady();
    app.emit('will-finish-launching');
    app.emit('ready', preventable(), {});
  },
};
