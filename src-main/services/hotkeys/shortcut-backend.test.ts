import { describe, expect, it } from 'vitest';
import { shortcutBackend } from './shortcut-backend';

describe('shortcutBackend', () => {
  it('uses the desktop portal on a Wayland session', () => {
    expect(shortcutBackend('linux', { XDG_SESSION_TYPE: 'wayland' })).toBe('portal');
    expect(shortcutBackend('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe('portal');
  });

  it('grabs keys itself on X11, Windows and macOS, and when forced onto XWayland', () => {
    expect(shortcutBackend('linux', { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' })).toBe('system');
    expect(shortcutBackend('win32', { WAYLAND_DISPLAY: 'wayland-0' })).toBe('system');
    expect(shortcutBackend('darwin', {})).toBe('system');
    expect(
      shortcutBackend('linux', {
        WAYLAND_DISPLAY: 'wayland-0',
        ELECTRON_OZONE_PLATFORM_HINT: 'x11',
      }),
    ).toBe('system');
  });
});
