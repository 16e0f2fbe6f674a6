import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type PushChannel } from '../../../src-preload/contract';
import { createAppReset } from './app-reset';
import { RendererOutbox } from './renderer-outbox';

describe('createAppReset', () => {
  it('reloads the page and greets it with what could not be removed', async () => {
    const pushed: { channel: PushChannel; payload: unknown }[] = [];
    const outbox = new RendererOutbox({
      push: (channel, payload) => void pushed.push({ channel, payload }),
      reload: () => {},
    });
    outbox.markReady();
    const reload = vi.fn();
    const settings = defaultSettings();
    const reset = createAppReset({
      settings: {
        get: () => ({ ...settings, accounts: [{ id: 'a1' } as never] }),
        reset: () => settings,
        update: () => settings,
      },
      secrets: { remove: () => Promise.reject(new Error('keychain locked')) },
      history: { clear: () => undefined },
      log: { info: () => {}, warn: () => {} },
      outbox,
      reload,
    });
    await reset([]);
    expect(reload).toHaveBeenCalledOnce();
    // Held while the page reloads, delivered once it says it is ready.
    expect(pushed).toEqual([]);
    outbox.markReady();
    expect(pushed).toEqual([
      { channel: 'notice:show', payload: { level: 'error', message: expect.any(String) } },
    ]);
  });
});
