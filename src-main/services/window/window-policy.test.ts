import { describe, expect, it } from 'vitest';
import {
  closeAction,
  startHidden,
  startState,
  type CloseAction,
  type CloseContext,
} from './window-policy';

const base: CloseContext = {
  closeToTray: true,
  quitting: false,
  platform: 'win32',
  trayCreated: true,
};

describe('closeAction', () => {
  const rows: [string, Partial<CloseContext>, CloseAction][] = [
    ['Windows hides to the tray', {}, 'hide'],
    ['quitting closes', { quitting: true }, 'close'],
    ['setting off closes', { closeToTray: false }, 'close'],
    ['macOS hides (the Dock brings it back)', { platform: 'darwin', trayCreated: false }, 'hide'],
    [
      'GNOME minimises: no tray without an extension',
      { platform: 'linux', desktop: 'ubuntu:GNOME' },
      'minimize',
    ],
    ['KDE hides', { platform: 'linux', desktop: 'KDE' }, 'hide'],
    [
      'no tray at all minimises',
      { platform: 'linux', desktop: 'KDE', trayCreated: false },
      'minimize',
    ],
  ];
  it.each(rows)('%s', (_name, over, expected) => {
    expect(closeAction({ ...base, ...over })).toBe(expected);
  });
});

describe('startHidden', () => {
  it('starts hidden for --minimized, the setting, or a macOS login launch', () => {
    const none = { minimizedSwitch: false, startMinimized: false, openedAtLogin: false };
    expect(startHidden(none)).toBe(false);
    expect(startHidden({ ...none, minimizedSwitch: true })).toBe(true);
    expect(startHidden({ ...none, startMinimized: true })).toBe(true);
    expect(startHidden({ ...none, openedAtLogin: true })).toBe(true);
  });
});

describe('startState', () => {
  const hidden = { minimizedSwitch: true, startMinimized: false, openedAtLogin: false };
  it('shows the window unless asked to start hidden', () => {
    expect(
      startState({
        ...hidden,
        minimizedSwitch: false,
        platform: 'linux',
        desktop: 'GNOME',
        trayCreated: true,
      }),
    ).toBe('show');
  });
  it('waits in the tray where there is one, minimised where there is none', () => {
    expect(startState({ ...hidden, platform: 'win32', trayCreated: true })).toBe('hide');
    expect(
      startState({ ...hidden, platform: 'linux', desktop: 'ubuntu:GNOME', trayCreated: true }),
    ).toBe('minimize');
    expect(startState({ ...hidden, platform: 'linux', desktop: 'KDE', trayCreated: false })).toBe(
      'minimize',
    );
    expect(startState({ ...hidden, platform: 'darwin', trayCreated: true })).toBe('hide');
  });
});
