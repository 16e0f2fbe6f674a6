import { beforeEach, describe, expect, it, vi } from 'vitest';

describe('jssip-runtime', () => {
  beforeEach(() => vi.resetModules());

  it('refuses JsSIP before it is loaded, and loads it once', async () => {
    const runtime = await import('./jssip-runtime');
    expect(runtime.jssipLoaded()).toBe(false);
    expect(() => runtime.jssip()).toThrow(/before loadJsSip/);
    const first = runtime.loadJsSip();
    expect(runtime.loadJsSip()).toBe(first);
    const modules = await first;
    expect(runtime.jssipLoaded()).toBe(true);
    expect(runtime.jssip()).toBe(modules);
    expect(typeof modules.JsSIP.UA).toBe('function');
    expect(typeof modules.RequestSender.prototype._receiveResponse).toBe('function');
  });
});
