/**
 * The application menu, as a pure template (the shell turns it into an Electron `Menu`).
 *
 * Why our own: with no application menu Electron installs its default one, whose View menu has
 * Reload (Ctrl/Cmd+R) and Toggle Developer Tools (Ctrl+Shift+I) in every build. The page runs
 * the phone, so a reload drops live calls, and DevTools in a release build hands anyone at the
 * keyboard the page's session. Packaged builds get no reload, force-reload or DevTools item
 * (and so no accelerator for them); development builds keep them, the reload asking first
 * while a call is live.
 */

/** The Electron menu roles this menu uses (a subset of `MenuItemConstructorOptions['role']`). */
export type AppMenuRole =
  | 'appMenu'
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'editMenu'
  | 'windowMenu'
  | 'help'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools';

/** Items the shell carries out itself (they need the core or the OS, not a role). */
export type AppMenuCommand = 'about' | 'report-issue' | 'reload' | 'open-portal';

export interface AppMenuItem {
  role?: AppMenuRole;
  type?: 'separator';
  label?: string;
  accelerator?: string;
  command?: AppMenuCommand;
  submenu?: AppMenuItem[];
}

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** `app.isPackaged`: release builds get no reload or DevTools. */
  isPackaged: boolean;
  appName: string;
  /** The provisioning profile names a customer portal: Help offers to open it. */
  portal?: boolean;
}

/** Where "Report an Issue…" leads (the project's issue tracker, `homepage` in package.json). */
export const REPORT_ISSUE_URL = 'https://github.com/softphone-app/softphone/issues';

const separator: AppMenuItem = { type: 'separator' };

/** The menu bar: the macOS app menu first on darwin, then Edit, View, Window and Help. */
export function appMenuTemplate(options: AppMenuOptions): AppMenuItem[] {
  const { platform, appName } = options;
  const mac = platform === 'darwin';
  const about: AppMenuItem = { label: `About ${appName}`, command: 'about' };
  const help: AppMenuItem = {
    role: 'help',
    label: 'Help',
    submenu: [
      ...(options.portal
        ? [{ label: 'Open Customer Portal', command: 'open-portal' } satisfies AppMenuItem]
        : []),
      { label: 'Report an Issue…', command: 'report-issue' },
      // macOS has About in the app menu; elsewhere Help is where people look for it.
      ...(mac ? [] : [separator, about]),
    ],
  };
  return [
    ...(mac ? [macAppMenu(appName, about)] : []),
    { role: 'editMenu', label: 'Edit' },
    viewMenu(options.isPackaged),
    { role: 'windowMenu', label: 'Window' },
    help,
  ];
}

function macAppMenu(appName: string, about: AppMenuItem): AppMenuItem {
  return {
    role: 'appMenu',
    label: appName,
    submenu: [
      about,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

function viewMenu(isPackaged: boolean): AppMenuItem {
  const zoom: AppMenuItem[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    separator,
    { role: 'togglefullscreen' },
  ];
  const development: AppMenuItem[] = [
    // Our own item rather than the `reload` role: it asks first while a call is live.
    { label: 'Reload', accelerator: 'CommandOrControl+R', command: 'reload' },
    { role: 'toggleDevTools' },
    separator,
  ];
  return { label: 'View', submenu: [...(isPackaged ? [] : development), ...zoom] };
}

/** Every role in a template, submenus included (for tests and for the shell's checks). */
export function rolesOf(items: readonly AppMenuItem[]): AppMenuRole[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...rolesOf(item.submenu ?? []),
  ]);
}

/** Every command in a template, submenus included. */
export function commandsOf(items: readonly AppMenuItem[]): AppMenuCommand[] {
  return items.flatMap((item) => [
    ...(item.command ? [item.command] : []),
    ...commandsOf(item.submenu ?? []),
  ]);
}
