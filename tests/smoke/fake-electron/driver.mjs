/**
 * The test's remote control inside the smoke child process. The test (tests/smoke/main-process.ts)
 * sends `{ id, command, ...args }` over the fork IPC channel; each command plays the part of
 * Chromium or the OS (the `ready` event, a permission prompt, a page's IPC request) against the
 * handlers the app registered with the fake, and the reply is `{ id, ok, value | error }`.
 * When the app quits or exits, `{ event: 'exit', code, calls }` is sent before the process ends.
 */
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { smoke } from './electron.mjs';
import { BrowserWindow } from './windows.mjs';

function windowById(id = 1) {
  const window = smoke.windows.find((candidate) => candidate.id === id);
  if (!window) throw new Error(`no window ${id}`);
  return window;
}

/** Waits until the app made no new call for `quietMs`. */
async function untilQuiet(quietMs, deadline, what) {
  let seen = -1;
  while (seen !== smoke.calls.length) {
    if (Date.now() > deadline) throw new Error(`${what}: the app kept making calls`);
    seen = smoke.calls.length;
    await sleep(quietMs);
  }
}

const commands = {
  /**
   * Chromium has started. Electron emits `ready` only after the entry module has run, and
   * Chromium may take a while longer: waiting until the app has gone quiet makes anything that
   * needs `ready` but does not wait for it fail here, every time, not just on a slow machine.
   */
  async ready({ quietMs = 100, timeoutMs = 10_000 } = {}) {
    await smoke.whenEntryEvaluated();
    await untilQuiet(quietMs, Date.now() + timeoutMs, 'before ready');
    await smoke.becomeReady();
  },

  calls: () => smoke.calls,

  /** The user will answer the next message box with `response` (a button index) and `checkboxChecked`. */
  answerDialog({ response, checkboxChecked = false }) {
    smoke.dialogAnswers.push({ response, checkboxChecked });
  },

  /**
   * Start-up is over when the composition root registered its last listener (`activate`) and the
   * work it set going without awaiting (recent calls, start at login) stopped adding calls.
   */
  async settle({ quietMs = 150, timeoutMs = 10_000 } = {}) {
    const deadline = Date.now() + timeoutMs;
    while (smoke.app.listenerCount('activate') === 0) {
      if (Date.now() > deadline) throw new Error('start-up did not finish (no activate listener)');
      await sleep(10);
    }
    await untilQuiet(quietMs, deadline, 'start-up');
  },

  /** The OS resumed from sleep or unlocked the screen: Electron's powerMonitor emits `event`. */
  emitPowerMonitor({ event }) {
    smoke.powerMonitor.emit(event);
  },

  /** Emits an app event with an Electron-style event object first (`second-instance`, `open-url`). */
  emitApp({ event, args = [] }) {
    smoke.app.emit(event, smoke.preventable(), ...args);
  },

  /**
   * A page calls `ipcRenderer.invoke(channel, request)`. By default the sender is window 1's main
   * frame at its loaded URL; `frameUrl` puts that frame elsewhere (a navigation that slipped
   * through), `subFrame` sends from an iframe of the page instead.
   */
  async invoke({ channel, request, window: id, frameUrl, subFrame = false }) {
    const handler = smoke.ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no ipcMain handler for ${channel}`);
    const contents = windowById(id).webContents;
    // A page sends only once it has loaded (its preload runs first).
    await contents.loading.catch(() => {});
    const main = contents.mainFrame;
    const frame = subFrame ? { url: frameUrl ?? main.url, name: 'child', parent: main } : main;
    const loadedUrl = main.url;
    if (!subFrame && frameUrl !== undefined) main.url = frameUrl;
    try {
      const value = await handler(
        { sender: contents, senderFrame: frame, processId: 4, frameId: 1 },
        request,
      );
      // What the page would receive: Electron structured-clones the result.
      return { ok: true, value: globalThis.structuredClone(value) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    } finally {
      main.url = loadedUrl;
    }
  },

  /** Chromium asks the session's permission request handler (a getUserMedia or geolocation prompt). */
  permissionRequest({ window: id, permission, details = {} }) {
    const contents = windowById(id).webContents;
    const handler = contents.session.permissionRequestHandler;
    if (!handler) throw new Error('no permission request handler');
    return new Promise((resolve) =>
      handler(contents, permission, resolve, {
        requestingUrl: contents.getURL(),
        isMainFrame: true,
        ...details,
      }),
    );
  },

  /** Chromium's synchronous permission check, with the arguments Electron passes. */
  permissionCheck({ window: id, permission, requestingOrigin, details = {} }) {
    const contents = windowById(id).webContents;
    const handler = contents.session.permissionCheckHandler;
    if (!handler) throw new Error('no permission check handler');
    return handler(contents, permission, requestingOrigin, { isMainFrame: true, ...details });
  },

  devicePermission({ details }) {
    const handler = smoke.session()?.devicePermissionHandler;
    if (!handler) throw new Error('no device permission handler');
    return handler(details);
  },

  /**
   * A window the app did not create (another module, an extension, a compromised dependency)
   * loads `url`, say our own page, with no preload of ours. Returns its id for `invoke`.
   */
  async foreignWindow({ url }) {
    const window = new BrowserWindow({ show: false });
    await window.loadURL(url);
    return window.id;
  },

  /** The page calls `window.open(url)` or follows a `target=_blank` link. */
  windowOpen({ window: id, url }) {
    const contents = windowById(id).webContents;
    if (!contents.windowOpenHandler) throw new Error('no window open handler');
    return contents.windowOpenHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
    });
  },

  /** The page starts navigating (`will-navigate`, `will-redirect`) or adds a <webview>; was it stopped? */
  navigate({ window: id, event, url }) {
    const contents = windowById(id).webContents;
    const navigation = smoke.preventable({ url, isMainFrame: true });
    if (event === 'will-attach-webview') contents.emit(event, navigation, {}, { src: url });
    else contents.emit(event, navigation, url, false, true);
    return navigation.defaultPrevented;
  },

  /**
   * The user chose Quit. The process ends and the calls arrive with the `exit` event; the command
   * itself only answers if something stopped the quit, with the reason.
   */
  quit: () =>
    new Promise((resolve) => {
      smoke.hooks.quitStopped = resolve;
      smoke.app.quit();
    }),
};

smoke.hooks.exit = (code) => {
  if (!process.connected) process.exit(code);
  process.send({ event: 'exit', code, calls: smoke.calls }, () => process.exit(code));
};

process.on('message', async ({ id, command, ...args }) => {
  try {
    if (!Object.hasOwn(commands, command)) throw new Error(`unknown command ${command}`);
    const value = await commands[command](args);
    process.send({ id, ok: true, value: smoke.plain(value) });
  } catch (error) {
    process.send({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});

// The test went away (or stopped us): nothing may outlive it.
process.on('disconnect', () => process.exit(0));
