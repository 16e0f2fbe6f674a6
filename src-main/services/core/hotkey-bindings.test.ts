import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../src-preload/contract';
import { createHotkeyBindings } from './hotkey-bindings';

function setup(taken: string[] = []) {
  const registered = new Map<string, () => void>();
  const deps = {
    shortcuts: {
      register: (accelerator: string, callback: () => void) => {
        if (taken.includes(accelerator)) return false;
        registered.set(accelerator, callback);
        return true;
      },
      unregister: (accelerator: string) => void registered.delete(accelerator),
      isRegistered: (accelerator: string) => registered.has(accelerator),
    },
    platform: 'linux' as const,
    onHotkey: vi.fn(),
    onReport: vi.fn(),
    log: { warn: vi.fn() },
  };
  const initial = defaultSettings().desktop.hotkeys;
  return { bindings: createHotkeyBindings(initial, deps), deps, registered, initial };
}

describe('createHotkeyBindings', () => {
  it('registers the hotkeys at once and calls back when one is pressed', () => {
    const { bindings, deps, registered } = setup();
    expect(bindings.report.answer.status).toBe('registered');
    registered.get('CommandOrControl+Shift+F9')?.();
    expect(deps.onHotkey).toHaveBeenCalledWith('answer');
  });

  it('logs a combination another application holds', () => {
    const { bindings, deps } = setup(['CommandOrControl+Shift+F11']);
    expect(bindings.report.mute.status).toBe('in-use');
    expect(deps.log.warn).toHaveBeenCalledWith('hotkey not registered', expect.anything());
  });

  it('registers again only when the hotkeys changed, and reports it', () => {
    const { bindings, deps, registered, initial } = setup();
    expect(bindings.apply({ ...initial })).toBe(false);
    expect(deps.onReport).not.toHaveBeenCalled();
    expect(bindings.apply({ ...initial, mute: 'CommandOrControl+Shift+F7' })).toBe(true);
    expect(registered.has('CommandOrControl+Shift+F7')).toBe(true);
    expect(deps.onReport).toHaveBeenCalledWith(bindings.report);
  });

  it('lets go of every combination on dispose', () => {
    const { bindings, registered } = setup();
    bindings.dispose();
    expect(registered.size).toBe(0);
  });
});
