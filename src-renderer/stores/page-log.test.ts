import { describe, expect, it, vi } from 'vitest';
import { capturePageLog } from './page-log';

describe('capturePageLog', () => {
  it('keeps warnings and errors, redacted, and still passes them to the console', () => {
    const warn = vi.fn();
    const error = vi.fn();
    const target = { warn, error } as unknown as Console;
    const lines = capturePageLog(target);
    target.warn('could not save', { password: 'x' }, 'password=hunter2');
    target.error(new Error('boom'));
    expect(warn).toHaveBeenCalledWith('could not save', { password: 'x' }, 'password=hunter2');
    expect(error).toHaveBeenCalledTimes(1);
    const kept = lines();
    expect(kept).toHaveLength(2);
    expect(kept[0]).toMatch(/^\S+Z warn could not save /);
    expect(kept[0]).not.toContain('hunter2');
    expect(kept[0]).not.toContain('"x"');
    expect(kept[1]).toContain('error Error: boom');
    // A second capture of the same console keeps one list and wraps nothing again.
    expect(capturePageLog(target)()).toEqual(kept);
  });
});
