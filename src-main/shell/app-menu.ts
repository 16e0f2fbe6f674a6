/**
 * The application menu (services/menu/app-menu.ts builds it) and the guard that asks before a
 * quit or a reload drops live calls.
 */
import { app, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { DesktopCore } from '../services/desktop-core';
import type { Logger } from '../services/logging/logger';
import type { SettingsService } from '../services/settings/settings-service';
import {
  appMenuTemplate,
  REPORT_ISSUE_URL,
  type AppMenuCommand,
  type AppMenuItem,
} from '../services/menu/app-menu';

/** Replaces Electron's default menu (whose Reload and DevTools are live in every build). */
export function installAppMenu(options: {
  core: DesktopCore;
  window: BrowserWindow;
  platform: NodeJS.Platform;
  /** Help offers the customer portal while the provisioning profile names one. */
  settings: Pick<SettingsService, 'get' | 'subscribe'>;
  log: Logger;
}): void {
  const { core, window, log, settings } = options;
  const reload = (): void => {
    if (window.isDestroyed()) return;
    if (core.mayEndCalls('reload', reload)) window.webContents.reload();
  };
  const run = (command: AppMenuCommand): void => {
    switch (command) {
      case 'about':
        return app.showAboutPanel();
      case 'report-issue':
        shell.openExternal(REPORT_ISSUE_URL).catch((error: unknown) => {
          log.warn('could not open the issue page', { error });
        });
        return;
      case 'reload':
        return reload();
      case 'open-portal':
        core.openPortal().catch((error: unknown) => {
          log.warn('could not open the customer portal', { error });
        });
        return;
    }
  };
  const hasPortal = () => Boolean(settings.get().provisioning?.portalUrl);
  let portal = hasPortal();
  const install = (): void => {
    const template = appMenuTemplate({
      platform: options.platform,
      isPackaged: app.isPackaged,
      appName: app.getName(),
      portal,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(toElectron(template, run)));
  };
  install();
  // The menu lives as long as the app: the subscription is never removed.
  settings.subscribe(() => {
    if (hasPortal() === portal) return;
    portal = hasPortal();
    install();
  });
}

function toElectron(
  items: readonly AppMenuItem[],
  run: (command: AppMenuCommand) => void,
): MenuItemConstructorOptions[] {
  return items.map(({ command, submenu, ...item }) => ({
    ...item,
    ...(submenu ? { submenu: toElectron(submenu, run) } : {}),
    ...(command ? { click: () => run(command) } : {}),
  }));
}

/**
 * `before-quit` asks first while a call is live. `permit.granted` is a quit the user already
 * agreed to elsewhere (installing an update); `onQuitting` runs once the quit goes ahead.
 */
export function guardQuit(
  core: DesktopCore,
  permit: { readonly granted: boolean },
  onQuitting: () => void,
): void {
  app.on('before-quit', (event) => {
    if (!permit.granted && !core.mayEndCalls('quit', () => app.quit())) {
      event.preventDefault();
      return;
    }
    onQuitting();
  });
}
