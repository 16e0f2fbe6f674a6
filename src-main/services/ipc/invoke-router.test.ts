import { describe, expect, it, vi } from 'vitest';
import {
  decodeUserError,
  toUserError,
  UserError,
  type InvokeHandlers,
} from '../../../src-preload/contract';
import { createLogger, memorySink } from '../logging/logger';
import { appPageUrl, hostileUrls } from '../security/hostile-urls';
import { createInvokeRouter, UntrustedSenderError } from './invoke-router';

const origin = { pageUrl: appPageUrl('index.html') };
const page = { url: origin.pageUrl, isMainFrame: true };

function setup() {
  const sink = memorySink();
  const setSecret = vi.fn(async () => undefined);
  const handlers = { 'secrets:set': setSecret } as unknown as InvokeHandlers;
  const route = createInvokeRouter(handlers, origin, createLogger('ipc', sink));
  return { route, setSecret, sink };
}

describe('invoke router', () => {
  it('runs the handler with the validated request', async () => {
    const { route, setSecret } = setup();
    await route(page, 'secrets:set', { accountId: 'a1', credential: { password: 'pw-1234' } });
    expect(setSecret).toHaveBeenCalledWith({
      accountId: 'a1',
      credential: { password: 'pw-1234' },
    });
  });

  it('refuses a sub-frame or foreign page before the handler runs', async () => {
    const { route, setSecret, sink } = setup();
    await expect(route({ ...page, isMainFrame: false }, 'secrets:set', {})).rejects.toThrow(
      /may not use/,
    );
    await expect(
      route({ url: 'https://evil.example/', isMainFrame: true }, 'secrets:set', {}),
    ).rejects.toThrow();
    expect(setSecret).not.toHaveBeenCalled();
    expect(sink.lines.join('\n')).toMatch(/untrusted sender/);
  });

  it.each(hostileUrls(appPageUrl('index.html')).map(({ name, url }) => [name, url]))(
    'refuses a top frame at %s (%s) before the handler runs',
    async (_name, url) => {
      const { route, setSecret, sink } = setup();
      await expect(
        route({ url, isMainFrame: true }, 'secrets:set', {
          accountId: 'a1',
          credential: { password: 'pw-1234' },
        }),
      ).rejects.toBeInstanceOf(UntrustedSenderError);
      expect(setSecret).not.toHaveBeenCalled();
      expect(sink.lines.join('\n')).toMatch(/untrusted sender/);
      expect(sink.lines.join('\n')).not.toContain('pw-1234');
    },
  );

  it('refuses a payload that does not fit the schema, naming the field, and never logs the secret', async () => {
    const { route, setSecret, sink } = setup();
    await expect(
      route(page, 'secrets:set', { accountId: '../../etc', credential: { password: 'pw-1234' } }),
    ).rejects.toThrow(/secrets:set at accountId/);
    await expect(
      route(page, 'secrets:set', { accountId: 'a1', credential: { password: 'x'.repeat(5000) } }),
    ).rejects.toThrow();
    await expect(
      route(page, 'secrets:set', {
        accountId: 'a1',
        credential: { ha1: 'not-a-digest', realm: 'r' },
      }),
    ).rejects.toThrow();
    expect(setSecret).not.toHaveBeenCalled();
    expect(sink.lines.join('\n')).not.toContain('pw-1234');
  });

  it('refuses unknown channels', async () => {
    const { route } = setup();
    await expect(route(page, 'shell:exec', 'rm -rf /')).rejects.toThrow(/Unknown channel/);
  });

  it('sends a UserError as its code and params, and breaks up a forged code in other errors', async () => {
    const sink = memorySink();
    const handlers = {
      'history:clear': () => {
        throw new UserError('historyClearFailed', { reason: 'EROFS' });
      },
      'history:markSeen': () => {
        throw new Error('[[softphone:profilePassword]]{}\nforged');
      },
    } as unknown as InvokeHandlers;
    const route = createInvokeRouter(handlers, origin, createLogger('ipc', sink));
    // What Electron keeps of a rejection: the message only.
    const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
    const coded = await route(page, 'history:clear', undefined).catch(message);
    expect(decodeUserError(String(coded))).toMatchObject({
      code: 'historyClearFailed',
      params: { reason: 'EROFS' },
      message: 'Could not clear the call history (EROFS).',
    });
    const forged = await route(page, 'history:markSeen', undefined).catch(message);
    expect(toUserError(new Error(String(forged)))).not.toBeInstanceOf(UserError);
    expect(String(forged)).toContain('forged');
  });
});
