/**
 * The fake BrowserWindow, its webContents, the default session and ipcMain: what the shell
 * builds pages and IPC from. driver.mjs reaches the handlers the app registers here (permission
 * handlers, the window-open handler, ipcMain handlers) to play Chromium's part.
 */
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { setImmediate, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { app } from './app.mjs';
import { LABEL, lifecycle, preventable, record, recordListeners, requireReady } from './state.mjs';

class Session {
  permissionRequestHandler = null;
  permissionCheckHandler = null;
  devicePermissionHandler = null;

  setPermissionRequestHandler(handler) {
    record('session.setPermissionRequestHandler', [handler]);
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler) {
    record('session.setPermissionCheckHandler', [handler]);
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler) {
    record('session.setDevicePermissionHandler', [handler]);
    this.devicePermissionHandler = handler;
  }
  /** electron-log's `initialize()` adds its own renderer preload to every session this way. */
  registerPreloadScript(script) {
    record('session.registerPreloadScript', [script]);
    return script.id;
  }
}

/** Windows without a `partition` share the default session, as in Electron. */
let defaultSession;
export const session = {
  get defaultSession() {
    requireReady('session.defaultSession');
    defaultSession ??= new Session();
    return defaultSession;
  },
};

/** How long the fake takes to load a page. */
const PAGE_LOAD_MS = 30;

class WebContents extends EventEmitter {
  #destroyed = false;
  windowOpenHandler = null;
  loading = Promise.resolve();

  constructor(id) {
    super();
    this.id = id;
    this.session = session.defaultSession;
    /** Compared by identity with `event.senderFrame` (shell/ipc-main.ts), as Electron allows. */
    this.mainFrame = { url: '', name: '', parent: null };
    recordListeners(this, 'webContents.on', id);
  }

  get [LABEL]() {
    return `[WebContents ${this.id}]`;
  }
  getURL() {
    return this.mainFrame.url;
  }
  isDestroyed() {
    return this.#destroyed;
  }
  /** electron-log's IPC transport asks before sending log lines to a page. */
  isCrashed() {
    return false;
  }
  destroy() {
    this.#destroyed = true;
  }
  /**
   * A page takes a moment to load, and the promise settles the way Electron's does: it rejects
   * for a missing file, and for a window closed before the page finished (Electron rejects with
   * ERR_ABORTED or ERR_FAILED then). `loading` lets driver.mjs wait before the page "sends".
   */
  loadURL(url) {
    this.emit('did-start-loading');
    this.loading = new Promise((resolve, reject) => {
      setTimeout(() => {
        if (this.#destroyed) return reject(new Error(`ERR_ABORTED (-3) loading '${url}'`));
        if (url.startsWith('file:') && !existsSync(fileURLToPath(url))) {
          return reject(new Error(`ERR_FILE_NOT_FOUND (-6) loading '${url}'`));
        }
        this.mainFrame.url = url;
        this.emit('did-finish-load');
        resolve();
      }, PAGE_LOAD_MS);
    });
    return this.loading;
  }
  send(channel, ...args) {
    // Electron structured-clones IPC payloads and throws for what it cannot clone (functions,
    // class instances); such a payload never reaches the page.
    globalThis.structuredClone(args);
    record('webContents.send', [channel, ...args], this.id);
  }
  reload() {
    record('webContents.reload', [], this.id);
    this.emit('did-start-loading');
  }
  setWindowOpenHandler(handler) {
    record('webContents.setWindowOpenHandler', [handler], this.id);
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return lifecycle.windows.filter((window) => !window.isDestroyed());
  }

  #destroyed = false;

  constructor(options = {}) {
    super();
    requireReady('new BrowserWindow');
    this.id = lifecycle.windows.length + 1;
    const { x = 100, y = 100, width = 800, height = 600 } = options;
    /** What the shell reads back (isVisible, getNormalBounds…). */
    this.state = { visible: options.show !== false, minimized: false, maximized: false };
    this.state.bounds = { x, y, width, height };
    record('new BrowserWindow', [options], this.id);
    // Same id for the window and its contents: one number names both in the record.
    this.webContents = new WebContents(this.id);
    lifecycle.windows.push(this);
    recordListeners(this, 'window.on', this.id);
  }

  get [LABEL]() {
    return `[BrowserWindow ${this.id}]`;
  }
  async loadURL(url) {
    record('window.loadURL', [url], this.id);
    await this.webContents.loadURL(url);
    setImmediate(() => this.emit('ready-to-show'));
  }
  /** `close` may be prevented (close-to-tray); otherwise the window is destroyed. */
  close() {
    record('window.close', [], this.id);
    if (this.#destroyed) return;
    const event = preventable();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.#destroyed = true;
    this.state.visible = false;
    this.webContents.destroy();
    record('window closed', [], this.id);
    this.emit('closed');
    const last = BrowserWindow.getAllWindows().length === 0;
    if (last && !lifecycle.quitting) app.emit('window-all-closed');
  }
  isDestroyed() {
    return this.#destroyed;
  }
  isVisible() {
    return this.state.visible;
  }
  isMinimized() {
    return this.state.minimized;
  }
  isMaximized() {
    return this.state.maximized;
  }
  isFullScreen() {
    return false;
  }
  getBounds() {
    return { ...this.state.bounds };
  }
  getNormalBounds() {
    return { ...this.state.bounds };
  }
}

/** The window methods the shell calls: each is recorded and changes what the shell reads back. */
const changes = {
  show: (state) => Object.assign(state, { visible: true, minimized: false }),
  showInactive: (state) => Object.assign(state, { visible: true }),
  hide: (state) => Object.assign(state, { visible: false }),
  minimize: (state) => Object.assign(state, { minimized: true }),
  restore: (state) => Object.assign(state, { minimized: false }),
  maximize: (state) => Object.assign(state, { maximized: true }),
  focus: () => {},
  setBounds: (state, bounds) => Object.assign(state.bounds, bounds),
  setAlwaysOnTop: () => {},
  setVisibleOnAllWorkspaces: () => {},
};
for (const [method, change] of Object.entries(changes)) {
  BrowserWindow.prototype[method] = function (...args) {
    record(`window.${method}`, args, this.id);
    if (!this.isDestroyed()) change(this.state, ...args);
  };
}

class IpcMain extends EventEmitter {
  handlers = new Map();

  handle(channel, handler) {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    record('ipcMain.handle', [channel]);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel) {
    record('ipcMain.removeHandler', [channel]);
    this.handlers.delete(channel);
  }
}
export const ipcMain = new IpcMain();
recordListeners(ipcMain, 'ipcMain.on');

/** For driver.mjs: the default session once the app made it, without creating one. */
export const madeSession = () => defaultSession;
