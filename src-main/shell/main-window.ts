import { BrowserWindow, type Rectangle } from 'electron';
import { join } from 'node:path';
import type { Logger } from '../services/logging/logger';
import type { AppOrigin } from '../services/security/origin-policy';
import { lockWebContents } from './secure-web-contents';

export interface MainWindowOptions {
  origin: AppOrigin;
  preloadPath: string;
  iconPath?: string;
  bounds?: Partial<Rectangle>;
  show: boolean;
  log: Logger;
}

/** The window that runs the phone. It must keep ringing while hidden, so it is never throttled. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: options.bounds?.width ?? 420,
    height: options.bounds?.height ?? 720,
    x: options.bounds?.x,
    y: options.bounds?.y,
    minWidth: 360,
    minHeight: 520,
    show: false,
    title: 'Softphone',
    icon: options.iconPath,
    autoHideMenuBar: true,
    backgroundColor: '#0f141a',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // The phone must ring, keep its WebSocket alive and run timers while minimised or hidden.
      backgroundThrottling: false,
    },
  });
  lockWebContents(window.webContents, options.origin, options.log);
  window.once('ready-to-show', () => {
    if (options.show) window.show();
  });
  void window.loadURL(options.origin.pageUrl);
  return window;
}

/** Where the renderer lives: the dev server under `electron-vite dev`, else the bundled file. */
export function rendererPageUrl(mainDirectory: string, devServerUrl: string | undefined): string {
  if (devServerUrl) return devServerUrl;
  return new URL(`file://${join(mainDirectory, '../renderer/index.html')}`).href;
}
