/**
 * Shell adapter: Electron's Tray and Menu behind the TrayService ports. Logic (what the tray
 * shows, when it changes) is in services/tray.
 */
import { app, Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import { trayIconFile } from '../services/window/app-paths';
import type { Logger } from '../services/logging/logger';
import type { MenuItemModel, TrayCommand, TrayIconState } from '../services/tray/tray-model';
import type { BadgePort, MenuBuilderPort, TrayPort } from '../services/tray/tray-service';

export interface ElectronTrayPorts {
  tray: Tray;
  port: TrayPort<Menu>;
  menuBuilder: MenuBuilderPort<Menu>;
  badge: BadgePort;
}

/** Creates the tray icon, or returns undefined when the platform refuses (no tray host). */
export function createTrayPorts(options: {
  iconDirectory: string;
  platform: NodeJS.Platform;
  onClick: () => void;
  log: Logger;
}): ElectronTrayPorts | undefined {
  const image = (state: TrayIconState) => {
    const icon = nativeImage.createFromPath(
      trayIconFile(options.iconDirectory, state, options.platform),
    );
    if (icon.isEmpty())
      options.log.warn('tray icon missing', { state, directory: options.iconDirectory });
    if (options.platform === 'darwin') icon.setTemplateImage(true);
    return icon;
  };
  let tray: Tray;
  try {
    tray = new Tray(image('offline'));
  } catch (error) {
    options.log.warn('no tray available', { error });
    return undefined;
  }
  // Windows and most Linux hosts: a left click shows or hides the window; the menu is on right click.
  tray.on('click', options.onClick);
  const toTemplate = (
    items: readonly MenuItemModel[],
    onCommand: (command: TrayCommand) => void,
  ): MenuItemConstructorOptions[] =>
    items.map((item) => {
      const command = item.command;
      return {
        id: item.id,
        type: item.type,
        label: item.label,
        enabled: item.enabled ?? true,
        checked: item.checked,
        submenu: item.submenu ? toTemplate(item.submenu, onCommand) : undefined,
        click: command ? () => onCommand(command) : undefined,
      };
    });
  return {
    tray,
    port: {
      setImage: (state) => tray.setImage(image(state)),
      setToolTip: (text) => tray.setToolTip(text),
      setContextMenu: (menu) => tray.setContextMenu(menu),
    },
    menuBuilder: {
      build: (items, onCommand) => Menu.buildFromTemplate(toTemplate(items, onCommand)),
    },
    badge: { setBadgeCount: (count) => void app.setBadgeCount(count) },
  };
}
