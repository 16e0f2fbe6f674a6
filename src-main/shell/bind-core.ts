/**
 * Connects the desktop core to Electron's IPC and to the phone window's page life cycle.
 */
import type { BrowserWindow } from 'electron';
import type { DesktopCore } from '../services/desktop-core';
import { createInvokeRouter } from '../services/ipc/invoke-router';
import type { Logger } from '../services/logging/logger';
import { createPopupRouter } from '../services/popup/popup-ipc';
import type { AppOrigin } from '../services/security/origin-policy';
import { bindInvokeChannels, bindPopupChannels } from './ipc-main';

export function bindCore(options: {
  core: DesktopCore;
  window: BrowserWindow;
  origin: AppOrigin;
  popupOrigin: AppOrigin;
  popupCallIdOf: (contentsId: number) => string | undefined;
  logger: (scope: string) => Logger;
}): void {
  const { core, window, logger } = options;
  const log = logger('main');
  bindInvokeChannels(
    createInvokeRouter(core.handlers, options.origin, logger('ipc')),
    (contents) => contents === window.webContents,
  );
  bindPopupChannels(
    createPopupRouter({
      origin: options.popupOrigin,
      callIdOf: options.popupCallIdOf,
      view: (callId) => core.popupView(callId),
      command: (callId, action) => core.popupCommand(callId, action),
      log: logger('popup-ipc'),
    }),
  );
  // A reload (reset app data, crash recovery) drops the page's listeners: hold commands again.
  window.webContents.on('did-start-loading', () => core.onRendererLoading());
  window.webContents.on('render-process-gone', (_event, details) => {
    // The phone lives in this page: bring it back rather than leave a dead window.
    log.error('the phone page crashed; reloading', { reason: details.reason });
    if (details.reason !== 'clean-exit') window.webContents.reload();
  });
}
