/**
 * The composition root: creates each service with its Electron dependency and wires them together.
 * Logic lives in services/ (plain Node, unit-tested); Electron calls live in shell/.
 */
import { app, BrowserWindow, net } from 'electron';
import { join } from 'node:path';
import type { AppInfo, PhoneSnapshot } from '../src-preload/contract';
import { createInvokeRouter } from './services/ipc/invoke-router';
import { createMainHandlers } from './services/ipc/main-handlers';
import { createLogger } from './services/logging/logger';
import { fetchProvisioningProfile } from './services/provisioning/profile-fetcher';
import { HistoryStore } from './services/history';
import { loadKeytar, openSecretStore } from './services/secrets';
import { SettingsService } from './services/settings';
import { bindInvokeChannels, push } from './shell/ipc-main';
import { createElectronLogSink } from './shell/log-sink';
import { createMainWindow, rendererPageUrl } from './shell/main-window';
import { createSafeStoragePort } from './shell/safe-storage';
import { createElectronSettingsBackend } from './shell/electron-settings-backend';
import { restrictPermissions } from './shell/secure-web-contents';

const sink = createElectronLogSink();
const log = createLogger('main', sink);

// One instance only: a second launch (a tel: link, --dial) hands its argv to the first and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  const origin = { pageUrl: rendererPageUrl(__dirname, process.env.ELECTRON_RENDERER_URL) };
  const userData = app.getPath('userData');

  const settings = SettingsService.open(createElectronSettingsBackend(), { log: createLogger('settings', sink) });
  const { store: secrets, warning: secretWarning } = await openSecretStore({
    loadKeytar,
    safeStorage: createSafeStoragePort(),
    filePath: join(userData, 'passwords.json'),
    log: createLogger('secrets', sink),
  });
  const history = await HistoryStore.open({ filePath: join(userData, 'history.jsonl'), log: createLogger('history', sink) });

  let snapshot: PhoneSnapshot | undefined;
  const appInfo = (): AppInfo => ({
    mode: 'desktop',
    version: app.getVersion(),
    platform: process.platform,
    secretBackend: secrets.backend,
    secretWarning,
    startupNotice: settings.startupNotice,
  });

  const handlers = createMainHandlers({
    appInfo,
    settings,
    secrets,
    history,
    fetchProfile: (url) => fetchProvisioningProfile(url, (target, init) => net.fetch(target, init)),
    onPhoneSnapshot: (next) => {
      snapshot = next;
      log.debug('phone state', { registration: next.registration, calls: next.calls.length });
    },
  });
  bindInvokeChannels(createInvokeRouter(handlers, origin, createLogger('ipc', sink)));

  const window = createMainWindow({
    origin,
    preloadPath: join(__dirname, '../preload/index.cjs'),
    show: !process.argv.includes('--minimized'),
    log: createLogger('window', sink),
  });
  restrictPermissions(window.webContents.session, origin, createLogger('permissions', sink));
  settings.subscribe((next) => push(window.webContents, 'settings:changed', next));

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length > 0) window.show();
  });
  void snapshot;
}
