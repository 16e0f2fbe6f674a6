import { BrowserWindow, screen } from 'electron';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { MainWindowPort } from '../services/desktop-core';
import { closeAction, type StartState } from '../services/window/window-policy';
import type { Logger } from '../services/logging/logger';
import type { AppOrigin } from '../services/security/origin-policy';
import { WindowStateService, type WindowState } from '../services/window/window-state';
import { lockWebContents, secureWebPreferences } from './secure-web-contents';

export interface MainWindowOptions {
  origin: AppOrigin;
  preloadPath: string;
  iconPath?: string;
  state?: WindowState;
  start: StartState;
  log: Logger;
}

/** The window that runs the phone. It must keep ringing while hidden, so it is never throttled. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const bounds = options.state?.bounds;
  const window = new BrowserWindow({
    width: bounds?.width ?? 420,
    height: bounds?.height ?? 720,
    x: bounds?.x,
    y: bounds?.y,
    minWidth: 360,
    minHeight: 520,
    show: false,
    title: 'Softphone',
    icon: options.iconPath,
    autoHideMenuBar: true,
    backgroundColor: '#0f141a',
    // The phone must ring, keep its WebSocket alive and run timers while minimised or hidden.
    webPreferences: secureWebPreferences(options.preloadPath, { backgroundThrottling: false }),
  });
  lockWebContents(window.webContents, options.origin, options.log);
  window.once('ready-to-show', () => {
    if (options.state?.maximized) window.maximize();
    if (options.start === 'show') window.show();
    else if (options.start === 'minimize') {
      window.showInactive();
      window.minimize();
    }
  });
  // A window closed before its page loads rejects; that is not a crash.
  window
    .loadURL(options.origin.pageUrl)
    .catch((error: unknown) => options.log.warn('the page did not load', { error }));
  return window;
}

/** Window position and size in `<userData>/window-state.json`. */
export function createWindowState(filePath: string, log: Logger): WindowStateService {
  return new WindowStateService({
    store: {
      read: () =>
        existsSync(filePath) ? (JSON.parse(readFileSync(filePath, 'utf8')) as unknown) : undefined,
      write: (state) => writeFileSync(filePath, JSON.stringify(state), { mode: 0o600 }),
      remove: () => rmSync(filePath, { force: true }),
    },
    workAreas: () => screen.getAllDisplays().map((display) => display.workArea),
    log,
  });
}

export interface WindowBehaviour {
  port: MainWindowPort;
  /** The user chose Quit (or an update installs): closing really closes from now on. */
  markQuitting(): void;
}

/**
 * Close-to-tray, show/hide for the core, and remembering the window's place. The decision what
 * "close" means is services/window/window-policy.ts (never leaving the tray as the only way back).
 */
export function attachWindowBehaviour(
  window: BrowserWindow,
  options: {
    closeToTray: () => boolean;
    trayCreated: boolean;
    platform: NodeJS.Platform;
    state: WindowStateService;
    onVisibilityChanged: () => void;
  },
): WindowBehaviour {
  let quitting = false;
  const hideAction = () =>
    closeAction({
      closeToTray: true,
      quitting: false,
      platform: options.platform,
      desktop: process.env.XDG_CURRENT_DESKTOP,
      trayCreated: options.trayCreated,
    });
  const hide = () => (hideAction() === 'minimize' ? window.minimize() : window.hide());
  const save = () => {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    options.state.save({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  let saveTimer: NodeJS.Timeout | undefined;
  const saveSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', (event) => {
    save();
    const action = closeAction({
      closeToTray: options.closeToTray(),
      quitting,
      platform: options.platform,
      desktop: process.env.XDG_CURRENT_DESKTOP,
      trayCreated: options.trayCreated,
    });
    if (action === 'close') return;
    event.preventDefault();
    if (action === 'minimize') window.minimize();
    else window.hide();
  });
  window.on('show', options.onVisibilityChanged);
  window.on('hide', options.onVisibilityChanged);
  window.on('minimize', options.onVisibilityChanged);
  window.on('restore', options.onVisibilityChanged);
  return {
    markQuitting: () => void (quitting = true),
    port: {
      isVisible: () => !window.isDestroyed() && window.isVisible() && !window.isMinimized(),
      show: () => {
        if (window.isDestroyed()) return;
        if (window.isMinimized()) window.restore();
        window.show();
        window.focus();
      },
      hide: () => {
        if (!window.isDestroyed()) hide();
      },
    },
  };
}
