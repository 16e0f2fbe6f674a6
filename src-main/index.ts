/**
 * The composition root: creates the Electron ports and hands them to the desktop core
 * (services/desktop-core.ts), where all the logic is. Electron calls live in shell/.
 */
import { app, BrowserWindow, net } from 'electron';
import { join } from 'node:path';
import { APP_ID } from './services/app-id';
import { parseArgv } from './services/cli/argv';
import { PORTAL_FEATURE, shortcutBackend } from './services/hotkeys/shortcut-backend';
import { createMainTranslator } from './services/i18n/translator';
import { createDesktopCore, type DesktopCore } from './services/desktop-core';
import { appPaths } from './services/window/app-paths';
import { startState } from './services/window/window-policy';
import { createLogger } from './services/logging/logger';
import { fetchProvisioningProfile } from './services/provisioning/profile-fetcher';
import { guardQuit, installAppMenu } from './shell/app-menu';
import { bindCore } from './shell/bind-core';
import { push } from './shell/ipc-main';
import { createElectronLogSink, electronLogFolder } from './shell/log-sink';
import { attachWindowBehaviour, createMainWindow, createWindowState } from './shell/main-window';
import {
  autostartPort,
  browserPort,
  clipboardPort,
  dialogPorts,
  openFolderPort,
  powerBlockerPort,
  powerMonitorPort,
  saveDialogPort,
  shortcutPort,
  updaterPort,
} from './shell/os-ports';
import { openStores } from './shell/open-stores';
import { createNotifier, createPopupPlacement, createPopupWindows } from './shell/popup-windows';
import { registerCallLinkSchemes } from './shell/protocols';
import { openRecordings } from './shell/recordings';
import { restrictPermissions } from './shell/secure-web-contents';
import { createTrayPorts } from './shell/tray';

const sink = createElectronLogSink();
const logger = (scope: string) => createLogger(scope, sink);
const log = logger('main');

// Links and command lines that arrive before the core exists wait here (macOS sends `open-url`
// before `ready` for the link that launched the app).
let core: DesktopCore | undefined;
const early: ((ready: DesktopCore) => void)[] = [];
const withCore = (run: (ready: DesktopCore) => void) => (core ? run(core) : early.push(run));

// Before `ready`, as Chromium reads its switches at start. Windows needs the AppUserModelID
// (electron-builder's appId) for notifications and taskbar pinning; a Wayland session needs the
// portal for global shortcuts.
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
if (shortcutBackend(process.platform, process.env) === 'portal')
  app.commandLine.appendSwitch('enable-features', PORTAL_FEATURE);

// One instance only: a second launch (a tel: link, --dial) hands its argv to the first and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('open-url', (event, url) => {
    event.preventDefault();
    withCore((ready) => ready.handleOpenUrl(url));
  });
  app.on('second-instance', (_event, argv) => withCore((ready) => ready.handleArgv(argv)));
  start().catch((error: unknown) => {
    log.error('start-up failed', { error });
    app.exit(1);
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  const platform = process.platform;
  const paths = appPaths({
    mainDirectory: __dirname,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
  });
  const userData = app.getPath('userData');
  const { settings, secrets, secretWarning, history, contacts } = await openStores(
    userData,
    logger,
  );
  // Tray, notifications and system dialogs speak the language chosen in Settings.
  const t = createMainTranslator(() => settings.get().ui.language);
  registerCallLinkSchemes(logger('links'));

  const origin = { pageUrl: paths.mainPage };
  const windowState = createWindowState(join(userData, 'window-state.json'), logger('window'));
  const tray = createTrayPorts({
    iconDirectory: paths.trayIcons,
    platform,
    onClick: () => core?.onTrayCommand({ kind: 'toggle-window' }),
    log: logger('tray'),
  });
  const window = createMainWindow({
    origin,
    preloadPath: paths.mainPreload,
    iconPath: paths.appIcon,
    state: windowState.restore(),
    start: startState({
      minimizedSwitch: parseArgv(process.argv, { isPackaged: app.isPackaged }).minimized,
      startMinimized: settings.get().desktop.startMinimized,
      openedAtLogin: platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin,
      platform,
      desktop: process.env.XDG_CURRENT_DESKTOP,
      trayCreated: tray !== undefined,
    }),
    log: logger('window'),
  });
  restrictPermissions(window.webContents.session, origin, logger('permissions'));
  const behaviour = attachWindowBehaviour(window, {
    closeToTray: () => settings.get().desktop.closeToTray,
    trayCreated: tray !== undefined,
    platform,
    state: windowState,
    onVisibilityChanged: () => core?.onWindowVisibilityChanged(),
  });
  const popupOrigin = { pageUrl: paths.popupPage };
  const popupWindows = createPopupWindows({
    origin: popupOrigin,
    preloadPath: paths.popupPreload,
    log: logger('popup'),
    t,
  });
  const dialogs = dialogPorts(() => (window.isDestroyed() ? undefined : window), t);
  // Set when the user already agreed that calls end (installing an update).
  const quitPermit = { granted: false };
  const recordings = await openRecordings({
    userData,
    folder: () => settings.get().recording.folder,
    window: () => (window.isDestroyed() ? undefined : window),
    log: logger('recordings'),
    t,
  });

  core = createDesktopCore({
    platform,
    desktop: process.env.XDG_CURRENT_DESKTOP,
    isPackaged: app.isPackaged,
    version: app.getVersion(),
    settings,
    t,
    secrets,
    secretWarning,
    history,
    contacts,
    fetchProfile: (url) => fetchProvisioningProfile(url, (target, init) => net.fetch(target, init)),
    renderer: {
      push: (channel, payload) => push(window.webContents, channel, payload),
      reload: () => window.webContents.reload(),
    },
    window: behaviour.port,
    tray,
    popupWindows: popupWindows.port,
    popupPlacement: createPopupPlacement(() => tray?.tray),
    notifier: createNotifier(platform),
    shortcuts: shortcutPort,
    powerBlocker: powerBlockerPort,
    powerMonitor: powerMonitorPort,
    autostart: autostartPort(platform),
    updates: {
      // The update question already said that calls end: that quit is not asked about again.
      updater: updaterPort(logger('updates'), () => {
        quitPermit.granted = true;
        behaviour.markQuitting();
      }),
      dialog: dialogs,
      enabled: app.isPackaged,
    },
    windowState,
    clipboard: clipboardPort(platform),
    browser: browserPort,
    dialog: dialogs,
    saveDialog: saveDialogPort(() => (window.isDestroyed() ? undefined : window), t),
    quit: () => app.quit(),
    log: logger('desktop'),
    sipLog: logger('sip'),
    logs: { folder: electronLogFolder(), openFolder: openFolderPort },
    recordings,
  });
  const ready = core;
  bindCore({
    core: ready,
    window,
    origin,
    popupOrigin,
    popupCallIdOf: popupWindows.callIdOf,
    logger,
  });
  installAppMenu({ core: ready, window, platform, settings, log: logger('menu') });
  guardQuit(ready, quitPermit, () => behaviour.markQuitting());
  ready.handleArgv(process.argv, { initial: true });
  for (const run of early.splice(0)) run(ready);

  app.on('will-quit', () => ready.dispose());
  app.on('window-all-closed', () => app.quit());
  // macOS: clicking the Dock icon is the way back to a hidden window.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length > 0) behaviour.port.show();
  });
}
