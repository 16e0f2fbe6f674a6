import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../src-preload/contract';
import { acceleratorWarnings, parseGlobalAccelerator, type Platform } from './accelerator';
import { HotkeyService, type GlobalShortcutPort, type HotkeySettings } from './hotkey-service';

/** A globalShortcut stand-in: `takenByOthers` plays the other applications. */
class FakeShortcuts implements GlobalShortcutPort {
  readonly active = new Map<string, () => void>();
  constructor(private readonly takenByOthers: string[] = []) {}
  register = vi.fn((accelerator: string, callback: () => void) => {
    if (this.takenByOthers.includes(accelerator) || this.active.has(accelerator)) return false;
    this.active.set(accelerator, callback);
    return true;
  });
  unregister = vi.fn((accelerator: string) => void this.active.delete(accelerator));
  isRegistered = vi.fn((accelerator: string) => this.active.has(accelerator));
  press(accelerator: string) {
    this.active.get(accelerator)?.();
  }
}

const hotkeys = (over: Partial<HotkeySettings> = {}): HotkeySettings => ({
  ...defaultSettings().desktop.hotkeys,
  ...over,
});

describe('parseGlobalAccelerator', () => {
  const valid: [string, Platform, string][] = [
    ['CommandOrControl+Alt+A', 'win32', 'alt+control+a'],
    ['CommandOrControl+Alt+A', 'darwin', 'alt+command+a'],
    ['cmdorctrl+shift+z', 'linux', 'control+shift+z'],
    ['Ctrl+Shift+F9', 'win32', 'control+shift+f9'],
    ['Super+Alt+K', 'linux', 'alt+super+k'],
    ['Meta+Alt+K', 'linux', 'alt+super+k'],
    ['Command+Option+P', 'darwin', 'alt+command+p'],
    ['Ctrl+Plus', 'win32', 'control+plus'],
    ['Alt+Space', 'linux', 'alt+space'],
    ['Ctrl+Alt+num5', 'win32', 'alt+control+num5'],
    ['MediaPlayPause', 'linux', 'mediaplaypause'],
    ['F13', 'win32', 'f13'],
    ['Shift+F24', 'win32', 'shift+f24'],
    ['Ctrl+/', 'win32', 'control+/'],
  ];
  it.each(valid)('accepts %s on %s', (accelerator, platform, canonical) => {
    expect(parseGlobalAccelerator(accelerator, platform)).toMatchObject({ ok: true, canonical });
  });

  const invalid: [string, string, Platform, RegExp][] = [
    ['empty key', 'Ctrl+', 'win32', /not a key/],
    ['plus as key', 'Ctrl++', 'win32', /not a modifier|Plus/],
    ['two keys', 'Ctrl+A+B', 'win32', /not a modifier/],
    ['unknown modifier', 'Hyper+A', 'linux', /not a modifier/],
    ['unknown key', 'Ctrl+Banana', 'linux', /not a key/],
    ['F25', 'Ctrl+F25', 'linux', /not a key/],
    ['spaces', 'Ctrl + A', 'win32', /without spaces/],
    ['duplicate modifier', 'Ctrl+Control+A', 'win32', /twice/],
    ['CmdOrCtrl duplicates Ctrl on Windows', 'CmdOrCtrl+Ctrl+A', 'win32', /twice/],
    ['Command on Windows', 'Command+A', 'win32', /only on a Mac/],
    ['Option on Linux', 'Option+A', 'linux', /only on a Mac/],
    ['no modifier', 'A', 'win32', /needs Control/],
    ['shift only', 'Shift+A', 'linux', /Shift alone/],
    ['plain F5', 'F5', 'win32', /needs Control/],
    ['newline injection', 'Ctrl+A\nCtrl+B', 'linux', /without spaces/],
    ['unicode key', 'Ctrl+\u00e4', 'linux', /without spaces/],
    ['too long', `Ctrl+${'Shift+'.repeat(20)}A`, 'linux', /without spaces/],
  ];
  it.each(invalid)('refuses %s', (_name, accelerator, platform, reason) => {
    const result = parseGlobalAccelerator(accelerator, platform);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('acceleratorWarnings', () => {
  const warn = (accelerator: string, platform: Platform) => {
    const parsed = parseGlobalAccelerator(accelerator, platform);
    if (!parsed.ok) throw new Error(parsed.reason);
    return acceleratorWarnings(parsed, platform);
  };
  it('flags Ctrl+Alt+letter on Windows and Linux (AltGr)', () => {
    expect(warn('CommandOrControl+Alt+M', 'win32')).toEqual([expect.stringMatching(/AltGr/)]);
    expect(warn('Ctrl+Alt+F5', 'win32')).toEqual([]);
    expect(warn('CommandOrControl+Alt+M', 'darwin').join()).not.toMatch(/AltGr/);
  });
  it('flags macOS system shortcuts', () => {
    expect(warn('CommandOrControl+Alt+H', 'darwin')).toEqual([
      expect.stringMatching(/Hide Others/),
    ]);
    expect(warn('CommandOrControl+Alt+D', 'darwin')).toEqual([expect.stringMatching(/Dock/)]);
    expect(warn('CommandOrControl+Alt+A', 'darwin')).toEqual([]);
  });
  it('flags media keys on macOS (accessibility permission)', () => {
    expect(warn('MediaPlayPause', 'darwin')).toEqual([expect.stringMatching(/Accessibility/)]);
  });
});

describe('HotkeyService', () => {
  it('registers the contract defaults and routes presses to onHotkey', () => {
    const shortcuts = new FakeShortcuts();
    const onHotkey = vi.fn();
    const report = new HotkeyService({ shortcuts, onHotkey, platform: 'linux' }).apply(hotkeys());
    // Do not disturb has no default combination: every one of the five others is taken.
    expect(Object.values(report).map((entry) => entry.status)).toEqual([
      ...Array(5).fill('registered'),
      'disabled',
    ]);
    shortcuts.press('CommandOrControl+Shift+F10');
    expect(onHotkey).toHaveBeenCalledWith('hangup');
  });

  it('reports each status', () => {
    const shortcuts = new FakeShortcuts(['CommandOrControl+Alt+M']);
    const report = new HotkeyService({ shortcuts, onHotkey: vi.fn(), platform: 'win32' }).apply(
      hotkeys({
        answer: 'Ctrl+Shift+F9',
        hangup: '',
        mute: 'CommandOrControl+Alt+M',
        toggleWindow: 'Shift+P',
        dialSelection: 'Hyper+A',
      }),
    );
    expect(report.answer).toMatchObject({ status: 'registered', warnings: [] });
    expect(report.hangup).toMatchObject({ status: 'disabled' });
    expect(report.mute).toMatchObject({
      status: 'in-use',
      message: expect.stringMatching(/another application/),
    });
    expect(report.toggleWindow).toMatchObject({
      status: 'invalid',
      message: expect.stringMatching(/Shift alone/),
    });
    expect(report.dialSelection.status).toBe('invalid');
    expect(shortcuts.register).not.toHaveBeenCalledWith('Shift+P', expect.anything());
  });

  it('on a Wayland desktop without the shortcuts portal, says they are unavailable, not taken', () => {
    // The portal refuses every combination: nothing here is another application's.
    const shortcuts = Object.assign(new FakeShortcuts(), { backend: 'portal' as const });
    shortcuts.register.mockReturnValue(false);
    const report = new HotkeyService({ shortcuts, onHotkey: vi.fn(), platform: 'linux' }).apply(
      hotkeys(),
    );
    expect(report.answer).toMatchObject({
      status: 'unavailable',
      message: expect.stringMatching(/GlobalShortcuts portal.*inside the window still work/),
    });
    expect(report.answer.message).not.toMatch(/another application/);
  });

  it('treats a thrown register as invalid', () => {
    // Our grammar accepts it but Electron's parser throws (e.g. a key newer Electrons dropped).
    const shortcuts = new FakeShortcuts();
    shortcuts.register.mockImplementationOnce(() => {
      throw new TypeError('conversion failure');
    });
    const report = new HotkeyService({ shortcuts, onHotkey: vi.fn(), platform: 'linux' }).apply(
      hotkeys(),
    );
    expect(report.answer).toMatchObject({
      status: 'invalid',
      message: expect.stringMatching(/Electron/),
    });
    expect(report.hangup.status).toBe('registered');
  });

  it('refuses the same combination twice, even spelt differently', () => {
    const report = new HotkeyService({
      shortcuts: new FakeShortcuts(),
      onHotkey: vi.fn(),
      platform: 'win32',
    }).apply(hotkeys({ answer: 'Ctrl+Alt+F1', hangup: 'CmdOrCtrl+alt+f1' }));
    expect(report.answer.status).toBe('registered');
    expect(report.hangup).toMatchObject({
      status: 'invalid',
      message: 'Same shortcut as "Answer".',
    });
  });

  it('unregisters the old hotkeys before applying new ones, and only its own', () => {
    const shortcuts = new FakeShortcuts();
    shortcuts.active.set('Ctrl+Shift+X', () => {}); // someone else in the app
    const service = new HotkeyService({ shortcuts, onHotkey: vi.fn(), platform: 'linux' });
    service.apply(hotkeys());
    const report = service.apply(
      hotkeys({
        answer: 'Ctrl+Shift+F1',
        hangup: '',
        mute: '',
        toggleWindow: '',
        dialSelection: 'Ctrl+Shift+X',
      }),
    );
    expect([...shortcuts.active.keys()].sort()).toEqual(['Ctrl+Shift+F1', 'Ctrl+Shift+X']);
    expect(shortcuts.unregister).toHaveBeenCalledTimes(5);
    expect(report.dialSelection.status).toBe('in-use');
    service.dispose();
    expect([...shortcuts.active.keys()]).toEqual(['Ctrl+Shift+X']);
  });

  it('re-applying the same settings keeps them registered', () => {
    const shortcuts = new FakeShortcuts();
    const service = new HotkeyService({ shortcuts, onHotkey: vi.fn(), platform: 'darwin' });
    service.apply(hotkeys());
    const again = service.apply(hotkeys());
    expect(again.answer.status).toBe('registered');
    expect(shortcuts.active.size).toBe(5);
  });

  it('chose contract defaults that collide with nothing it knows of, on any platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const report = new HotkeyService({
        shortcuts: new FakeShortcuts(),
        onHotkey: vi.fn(),
        platform,
      }).apply(hotkeys());
      expect(Object.values(report).flatMap((entry) => entry.warnings)).toEqual([]);
    }
  });

  it('warns where Ctrl/Cmd+Alt combinations collide', () => {
    const altCombos = hotkeys({
      answer: 'CommandOrControl+Alt+A',
      hangup: 'CommandOrControl+Alt+H',
      mute: 'CommandOrControl+Alt+M',
      toggleWindow: 'CommandOrControl+Alt+P',
      dialSelection: 'CommandOrControl+Alt+D',
      toggleDnd: 'CommandOrControl+Alt+N',
    });
    const mac = new HotkeyService({
      shortcuts: new FakeShortcuts(),
      onHotkey: vi.fn(),
      platform: 'darwin',
    }).apply(altCombos);
    expect(mac.hangup.warnings.join()).toMatch(/Hide Others/);
    expect(mac.mute.warnings.join()).toMatch(/Minimise All/);
    expect(mac.dialSelection.warnings.join()).toMatch(/Dock/);
    const win = new HotkeyService({
      shortcuts: new FakeShortcuts(),
      onHotkey: vi.fn(),
      platform: 'win32',
    }).apply(altCombos);
    expect(Object.values(win).every((entry) => /AltGr/.test(entry.warnings.join()))).toBe(true);
  });
});
