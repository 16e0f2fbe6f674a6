/**
 * How global shortcuts reach the desktop. On X11, Windows and macOS Electron grabs them itself.
 * A Wayland session lets no application grab keys: there Chromium's GlobalShortcutsPortal feature
 * asks the desktop through xdg-desktop-portal (KDE Plasma 6, GNOME 48 and newer implement it;
 * the desktop may ask the user to confirm). The shell turns the feature on before `ready`.
 */
export type ShortcutBackend = 'system' | 'portal';

export function shortcutBackend(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): ShortcutBackend {
  if (platform !== 'linux') return 'system';
  // Forced onto X11 (XWayland), Electron grabs keys as on X11, for X11 windows only.
  if (env.ELECTRON_OZONE_PLATFORM_HINT === 'x11') return 'system';
  const wayland = env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY);
  return wayland ? 'portal' : 'system';
}

/** The Chromium feature switch the shell appends on a Wayland session. */
export const PORTAL_FEATURE = 'GlobalShortcutsPortal';
