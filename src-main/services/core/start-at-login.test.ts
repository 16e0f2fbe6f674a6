import { describe, expect, it, vi } from 'vitest';
import { createStartAtLogin } from './start-at-login';

describe('createStartAtLogin', () => {
  it('turns start at login on and off, and says so', async () => {
    const setEnabled = vi.fn(async () => {});
    const onChange = vi.fn();
    const startAtLogin = createStartAtLogin({
      port: { setEnabled },
      log: { warn: vi.fn() },
      onChange,
    });
    await startAtLogin.apply(true);
    expect(setEnabled).toHaveBeenCalledWith(true);
    expect(startAtLogin.error).toBeUndefined();
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('turns a failure into a sentence for the settings page, cleared by the next success', async () => {
    let fail = true;
    const warn = vi.fn();
    const startAtLogin = createStartAtLogin({
      port: {
        setEnabled: async () => {
          if (fail) throw new Error('read-only file system');
        },
      },
      log: { warn },
      onChange: () => {},
    });
    await startAtLogin.apply(false);
    expect(startAtLogin.error).toBe(
      'Start at login could not be turned off: read-only file system',
    );
    expect(warn).toHaveBeenCalled();
    fail = false;
    await startAtLogin.apply(true);
    expect(startAtLogin.error).toBeUndefined();
  });

  it('does nothing where the platform has no start at login', async () => {
    const onChange = vi.fn();
    await createStartAtLogin({ log: { warn: vi.fn() }, onChange }).apply(true);
    expect(onChange).not.toHaveBeenCalled();
  });
});
