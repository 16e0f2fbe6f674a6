/**
 * What happens to the main window when the user closes it or the app starts, as pure decisions.
 *
 * The phone lives in the main window's page, so "closing" it to the tray really hides it and the
 * phone keeps ringing. The tray must never be the only way back (the issue, and GNOME, which shows
 * no tray icon at all without an extension):
 * - macOS: hide; the Dock icon stays and clicking it (`activate`) shows the window again.
 * - Windows: hide; the tray always exists there, and starting Softphone again (Start menu,
 *   taskbar pin, a tel: link) shows the running window (`second-instance`).
 * - Linux on GNOME (and Pantheon, which also has no tray by default): minimise instead of hiding,
 *   so the window stays in the dash and Alt+Tab.
 * - Other Linux desktops: hide, like Windows; launching again shows the window.
 */

export type CloseAction = 'hide' | 'minimize' | 'close';

export interface CloseContext {
  closeToTray: boolean;
  /** Set once the user chose Quit (tray, menu, Cmd+Q) or an update is installing. */
  quitting: boolean;
  platform: string;
  /** `XDG_CURRENT_DESKTOP` on Linux. */
  desktop?: string;
  /** False when the tray icon could not be created at all. */
  trayCreated: boolean;
}

/** Desktops that show no tray icons unless the user installed an extension. */
const NO_TRAY_DESKTOP = /gnome|pantheon/i;

export function closeAction(context: CloseContext): CloseAction {
  if (context.quitting || !context.closeToTray) return 'close';
  if (context.platform === 'darwin') return 'hide';
  if (!context.trayCreated) return 'minimize';
  if (context.platform === 'linux' && NO_TRAY_DESKTOP.test(context.desktop ?? ''))
    return 'minimize';
  return 'hide';
}

export interface StartContext {
  /** `--minimized` on the command line (the autostart entry passes it). */
  minimizedSwitch: boolean;
  /** `settings.desktop.startMinimized`. */
  startMinimized: boolean;
  /** macOS: `app.getLoginItemSettings().wasOpenedAtLogin` (login items carry no arguments there). */
  openedAtLogin: boolean;
}

/** Whether the window stays hidden at start-up (the app waits in the tray, or the Dock). */
export function startHidden(context: StartContext): boolean {
  return context.minimizedSwitch || context.startMinimized || context.openedAtLogin;
}

export type StartState = 'show' | 'hide' | 'minimize';

/**
 * How the window starts: shown, or waiting hidden in the tray; minimised instead where there is
 * no tray to come back from (GNOME, no tray host), so the window is still in the dash or taskbar.
 */
export function startState(
  context: StartContext & Pick<CloseContext, 'platform' | 'desktop' | 'trayCreated'>,
): StartState {
  if (!startHidden(context)) return 'show';
  const action = closeAction({ ...context, closeToTray: true, quitting: false });
  return action === 'minimize' ? 'minimize' : 'hide';
}
