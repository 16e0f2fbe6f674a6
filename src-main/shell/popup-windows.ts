/**
 * Shell adapter: incoming-call popups as small BrowserWindows showing popup.html with the popup
 * preload, plus their placement (screen, tray) and the native-notification fallback.
 * Which calls get a popup, where, and when it closes is decided in services/popup.
 */
import { BrowserWindow, Notification, screen, type Tray } from 'electron';
import type { PopupWindowPort } from '../services/popup/popup-bridge';
import type { Logger } from '../services/logging/logger';
import type { NotifierPort, PopupPlacementPort } from '../services/popup/popup-service';
import type { AppOrigin } from '../services/security/origin-policy';
import { pushToPopup } from './ipc-main';
import { lockWebContents, secureWebPreferences } from './secure-web-contents';
import type { MainTranslate } from '../services/i18n/translator';

export interface PopupWindows {
  port: PopupWindowPort;
  /** The call a popup window was opened for, by `webContents.id` (for the popup router). */
  callIdOf(contentsId: number): string | undefined;
}

export function createPopupWindows(options: {
  origin: AppOrigin;
  preloadPath: string;
  log: Logger;
  t: MainTranslate;
}): PopupWindows {
  const callIds = new Map<number, string>();
  const port: PopupWindowPort = {
    open(view, bounds, onDismissed) {
      const window = new BrowserWindow({
        ...bounds,
        show: false,
        frame: false,
        resizable: false,
        movable: true,
        minimizable: false,
        maximizable: false,
        fullscreenable: false,
        alwaysOnTop: true,
        skipTaskbar: true,
        // Focusable, so a keyboard user can reach Answer/Decline (Alt+Tab); shown inactive, so a
        // keystroke meant for another app never lands here.
        focusable: true,
        title: options.t('notify.incoming'),
        backgroundColor: '#161c24',
        webPreferences: secureWebPreferences(options.preloadPath),
      });
      // No `parent`: an owned window hides with its minimised owner on Windows.
      window.setAlwaysOnTop(true, 'pop-up-menu');
      window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
      lockWebContents(window.webContents, options.origin, options.log);
      const contentsId = window.webContents.id;
      callIds.set(contentsId, view.callId);
      let closedByUs = false;
      window.once('ready-to-show', () => window.showInactive());
      window.on('closed', () => {
        callIds.delete(contentsId);
        if (!closedByUs) onDismissed();
      });
      // A window closed before its page loads rejects; that is not a crash.
      window
        .loadURL(options.origin.pageUrl)
        .catch((error: unknown) => options.log.warn('the page did not load', { error }));
      return {
        update(next, nextBounds) {
          if (window.isDestroyed()) return;
          window.setBounds(nextBounds);
          pushToPopup(window.webContents, 'popup:changed', next);
        },
        close() {
          closedByUs = true;
          if (!window.isDestroyed()) window.close();
        },
      };
    },
  };
  return { port, callIdOf: (id) => callIds.get(id) };
}

/** Where popups go: the display the pointer is on (where the user is looking), near the tray. */
export function createPopupPlacement(tray: () => Tray | undefined): PopupPlacementPort {
  return {
    current() {
      const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
      return {
        workArea: display.workArea,
        displayBounds: display.bounds,
        trayBounds: tray()?.getBounds() ?? null,
      };
    },
  };
}

/** Native notifications, for when the user turned popups off. */
export function createNotifier(platform: NodeJS.Platform): NotifierPort {
  // Linux notification servers read body markup: a caller named "<b>" must stay text.
  const text = (value: string) =>
    platform === 'linux'
      ? value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      : value;
  return {
    show(note, onClick) {
      if (!Notification.isSupported()) return { close: () => {} };
      const notification = new Notification({
        title: note.title,
        body: text(note.body),
        urgency: 'critical',
        timeoutType: 'never',
      });
      notification.on('click', onClick);
      notification.show();
      return { close: () => notification.close() };
    },
  };
}
