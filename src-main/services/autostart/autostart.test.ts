import { mkdtemp, readFile, readdir, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  Autostart,
  autostartDesktopPath,
  buildAutostartEntry,
  quoteExecArgument,
  type LoginItemPort,
} from './autostart';

describe('autostartDesktopPath', () => {
  it('uses XDG_CONFIG_HOME when absolute, else ~/.config', () => {
    expect(autostartDesktopPath({ XDG_CONFIG_HOME: '/xdg', HOME: '/home/u' })).toBe(
      '/xdg/autostart/softphone.desktop',
    );
    expect(autostartDesktopPath({ HOME: '/home/u' })).toBe(
      '/home/u/.config/autostart/softphone.desktop',
    );
    expect(autostartDesktopPath({ XDG_CONFIG_HOME: '', HOME: '/home/u' })).toBe(
      '/home/u/.config/autostart/softphone.desktop',
    );
    expect(autostartDesktopPath({ XDG_CONFIG_HOME: 'relative/cfg', HOME: '/home/u' })).toBe(
      '/home/u/.config/autostart/softphone.desktop',
    );
  });
});

describe('quoteExecArgument', () => {
  it.each([
    ['/opt/Softphone/softphone', '/opt/Softphone/softphone'],
    ['/home/u/My Apps/Softphone.AppImage', '"/home/u/My Apps/Softphone.AppImage"'],
    ['/x/a"b', '"/x/a\\\\"b"'],
    ['/x/$HOME`id`', '"/x/\\\\$HOME\\\\`id\\\\`"'],
    ['/x/back\\slash', '"/x/back\\\\\\\\slash"'],
    ['/x/100%', '"/x/100%%"'],
    ['--minimized', '--minimized'],
    ['', '""'],
  ])('%s', (arg, expected) => {
    expect(quoteExecArgument(arg)).toBe(expected);
  });

  it('refuses control characters that would inject keys', () => {
    expect(() => quoteExecArgument('/x\nExec=evil')).toThrow(/control characters/);
  });
});

describe('buildAutostartEntry', () => {
  it('builds a minimal, valid entry that starts minimised', () => {
    expect(
      buildAutostartEntry({
        execPath: '/opt/Softphone/softphone',
        args: ['--minimized'],
        name: 'Softphone',
        icon: 'softphone',
      }),
    ).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Version=1.0',
        'Name=Softphone',
        'Comment=Start Softphone in the tray at login',
        'Exec=/opt/Softphone/softphone --minimized',
        'Icon=softphone',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
  });

  it('refuses a relative path and keeps hostile names on one line', () => {
    expect(() =>
      buildAutostartEntry({ execPath: 'softphone', args: [], name: 'S', icon: 'i' }),
    ).toThrow(/absolute/);
    const text = buildAutostartEntry({
      execPath: '/a',
      args: [],
      name: 'Soft\nExec=evil',
      icon: 'i',
    });
    expect(text).not.toMatch(/^Exec=evil/m);
  });
});

describe('Autostart on Linux (real files in a temp dir)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'softphone-autostart-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const linux = (execPath = '/opt/Softphone/softphone') =>
    new Autostart({
      platform: 'linux',
      execPath,
      env: { XDG_CONFIG_HOME: join(dir, 'cfg'), HOME: join(dir, 'home') },
    });
  const file = () => join(dir, 'cfg', 'autostart', 'softphone.desktop');

  it('writes the entry (creating the directory) and removes it', async () => {
    const autostart = linux();
    expect(await autostart.isEnabled()).toBe(false);
    await autostart.setEnabled(true);
    expect(await readFile(file(), 'utf8')).toContain('Exec=/opt/Softphone/softphone --minimized');
    expect((await stat(file())).mode & 0o777).toBe(0o644);
    expect(await autostart.isEnabled()).toBe(true);
    expect(await readdir(join(dir, 'cfg', 'autostart'))).toEqual(['softphone.desktop']); // no temp file left
    await autostart.setEnabled(false);
    expect(await autostart.isEnabled()).toBe(false);
    await expect(autostart.setEnabled(false)).resolves.toBeUndefined();
  });

  it('refreshes the path when enabled again (AppImage moved)', async () => {
    await linux('/home/u/Downloads/Softphone.AppImage').setEnabled(true);
    await linux('/home/u/Apps/Softphone.AppImage').setEnabled(true);
    expect(await readFile(file(), 'utf8')).toContain(
      'Exec=/home/u/Apps/Softphone.AppImage --minimized',
    );
  });

  it('treats an entry the user hid in session settings as disabled', async () => {
    await mkdir(join(dir, 'cfg', 'autostart'), { recursive: true });
    await writeFile(file(), '[Desktop Entry]\nType=Application\nExec=softphone\nHidden=true\n');
    expect(await linux().isEnabled()).toBe(false);
    await writeFile(file(), '[Desktop Entry]\nX-GNOME-Autostart-enabled=false\n');
    expect(await linux().isEnabled()).toBe(false);
  });
});

describe('Autostart on Windows and macOS (login items)', () => {
  const port = (): LoginItemPort & { state: boolean } => {
    const fake = {
      state: false,
      getLoginItemSettings: vi.fn(() => ({ openAtLogin: fake.state })),
      setLoginItemSettings: vi.fn(
        (s: { openAtLogin: boolean }) => void (fake.state = s.openAtLogin),
      ),
    };
    return fake;
  };

  it('passes path and --minimized on Windows, both when setting and reading', async () => {
    const loginItems = port();
    const autostart = new Autostart({
      platform: 'win32',
      execPath: 'C:\\Softphone\\Softphone.exe',
      env: { HOME: 'C:\\Users\\u' },
      loginItems,
    });
    await autostart.setEnabled(true);
    expect(loginItems.setLoginItemSettings).toHaveBeenCalledWith({
      openAtLogin: true,
      path: 'C:\\Softphone\\Softphone.exe',
      args: ['--minimized'],
    });
    expect(await autostart.isEnabled()).toBe(true);
    expect(loginItems.getLoginItemSettings).toHaveBeenCalledWith({
      path: 'C:\\Softphone\\Softphone.exe',
      args: ['--minimized'],
    });
  });

  it('passes only openAtLogin on macOS', async () => {
    const loginItems = port();
    const autostart = new Autostart({
      platform: 'darwin',
      execPath: '/Applications/Softphone.app/Contents/MacOS/Softphone',
      env: { HOME: '/Users/u' },
      loginItems,
    });
    await autostart.setEnabled(true);
    expect(loginItems.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true });
    await autostart.setEnabled(false);
    expect(await autostart.isEnabled()).toBe(false);
  });

  it('says clearly when the shell forgot the port', async () => {
    const autostart = new Autostart({
      platform: 'darwin',
      execPath: '/x',
      env: { HOME: '/Users/u' },
    });
    await expect(autostart.isEnabled()).rejects.toThrow(/login-item port/);
  });
});
