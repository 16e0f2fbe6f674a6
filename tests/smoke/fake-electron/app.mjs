/**
 * The fake `app`, and what Electron adds to `process` in the main process. Paths all lead into
 * SMOKE_USER_DATA and HOME, which the test points at a throwaway folder.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { setImmediate } from 'node:timers';
import { hooks, lifecycle, preventable, record, recordListeners } from './state.mjs';

const env = process.env;
if (!env.SMOKE_USER_DATA) {
  // Refuse rather than fall back to a real profile folder.
  throw new Error('fake electron: set SMOKE_USER_DATA to a throwaway folder');
}
const userData = env.SMOKE_USER_DATA;
const home = env.HOME ?? tmpdir();
/** `electron .` runs the app in the current folder; its package.json names and versions the app. */
const appPath = process.cwd();
const readJson = (...path) => JSON.parse(readFileSync(join(appPath, ...path), 'utf8'));
const appPackage = readJson('package.json');
/** Schemes another app already handles, e.g. `{"callto:":"Skype"}`. */
const protocolHandlers = JSON.parse(env.SMOKE_PROTOCOL_HANDLERS ?? '{}');

// What Electron adds to `process` in the main process. electron-store reads `type`, electron-log
// reads `versions.electron`, protocols.ts reads `defaultApp` (an unpackaged `electron <entry>` run).
process.type = 'browser';
process.defaultApp = true;
process.resourcesPath = join(appPath, 'node_modules', 'electron', 'dist', 'resources');
Object.defineProperty(process.versions, 'electron', {
  value: readJson('node_modules', 'electron', 'package.json').version,
  enumerable: true,
});

const openWindows = () => lifecycle.windows.filter((window) => !window.isDestroyed());

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  name: appPackage.productName ?? appPackage.name,
  getName: () => app.name,
  showAboutPanel() {
    record('app.showAboutPanel');
  },
  getVersion: () => appPackage.version,
  // SMOKE_LANGUAGES: the system's preferred languages, as the OS lists them (a fresh install's default).
  getPreferredSystemLanguages: () => (env.SMOKE_LANGUAGES ?? 'en-US').split(','),
  getAppPath: () => appPath,
  getPath(name) {
    const paths = {
      home,
      appData: join(home, '.config'),
      documents: join(home, 'Documents'),
      userData,
      logs: join(userData, 'logs'),
      temp: tmpdir(),
      exe: process.execPath,
    };
    if (!Object.hasOwn(paths, name)) throw new Error(`Failed to get '${name}' path`);
    return paths[name];
  },
  isReady: () => lifecycle.ready,
  whenReady: () => lifecycle.whenReady,
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    // SMOKE_LOCK_TAKEN: another instance is running, so this one is the second launch.
    return env.SMOKE_LOCK_TAKEN !== '1';
  },
  /** Electron's order: before-quit, every window closes (any may refuse), will-quit, quit, exit. */
  quit() {
    record('app.quit');
    if (lifecycle.quitting) return;
    lifecycle.quitting = true;
    setImmediate(() => {
      const stop = (reason) => {
        lifecycle.quitting = false;
        record('app.quit stopped', [reason]);
        hooks.quitStopped(reason);
      };
      const beforeQuit = preventable();
      app.emit('before-quit', beforeQuit);
      if (beforeQuit.defaultPrevented) return stop('before-quit was prevented');
      for (const window of openWindows()) window.close();
      if (openWindows().length > 0) return stop('a window refused to close');
      const willQuit = preventable();
      app.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) return stop('will-quit was prevented');
      app.emit('quit', preventable(), 0);
      hooks.exit(0);
    });
  },
  exit(code = 0) {
    record('app.exit', [code]);
    hooks.exit(code);
  },
  setAsDefaultProtocolClient(...args) {
    record('app.setAsDefaultProtocolClient', args);
    return true;
  },
  isDefaultProtocolClient: () => false,
  getApplicationNameForProtocol(url) {
    record('app.getApplicationNameForProtocol', [url]);
    return protocolHandlers[url] ?? '';
  },
  getLoginItemSettings(...args) {
    record('app.getLoginItemSettings', args);
    return { openAtLogin: false, wasOpenedAtLogin: false };
  },
  setLoginItemSettings(...args) {
    record('app.setLoginItemSettings', args);
  },
  setBadgeCount(count) {
    record('app.setBadgeCount', [count]);
    return true;
  },
});
recordListeners(app, 'app.on');
