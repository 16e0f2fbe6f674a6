import { describe, expect, it, vi } from 'vitest';
import { createLogger, memorySink } from '../logging/logger';
import { appPageUrl, hostileUrls } from '../security/hostile-urls';
import { createPopupRouter } from './popup-ipc';

const popupUrl = appPageUrl('popup.html');

function setup() {
  const command = vi.fn();
  const route = createPopupRouter({
    origin: { pageUrl: popupUrl },
    callIdOf: (id) => (id === 7 ? 'c1' : undefined),
    view: (callId) => ({ callId, number: '1006', moreCount: 0, language: 'en', theme: 'system' }),
    command,
    log: createLogger('popup-ipc', memorySink()),
  });
  return { route, command };
}

describe('popup router', () => {
  const popup = { url: popupUrl, isMainFrame: true, contentsId: 7 };

  it('serves the popup its own call and acts on that call only', async () => {
    const { route, command } = setup();
    await expect(route(popup, 'popup:view', undefined)).resolves.toMatchObject({ callId: 'c1' });
    await route(popup, 'popup:command', { action: 'answer' });
    expect(command).toHaveBeenCalledWith('c1', 'answer');
  });

  it('refuses any window that is not a popup, a sub-frame, or a foreign page', async () => {
    const { route, command } = setup();
    await expect(
      route({ ...popup, contentsId: 1 }, 'popup:command', { action: 'answer' }),
    ).rejects.toThrow(/not use the popup bridge/);
    await expect(
      route({ ...popup, isMainFrame: false }, 'popup:command', { action: 'answer' }),
    ).rejects.toThrow();
    await expect(
      route({ ...popup, url: 'https://evil.example/' }, 'popup:command', { action: 'answer' }),
    ).rejects.toThrow();
    expect(command).not.toHaveBeenCalled();
  });

  it.each(hostileUrls(appPageUrl('popup.html')).map(({ name, url }) => [name, url]))(
    'refuses a popup window whose top frame is at %s (%s)',
    async (_name, url) => {
      const { route, command } = setup();
      await expect(route({ ...popup, url }, 'popup:view', undefined)).rejects.toThrow(
        /not use the popup bridge/,
      );
      await expect(route({ ...popup, url }, 'popup:command', { action: 'answer' })).rejects.toThrow(
        /not use the popup bridge/,
      );
      expect(command).not.toHaveBeenCalled();
    },
  );

  it('refuses unknown channels and malformed requests', async () => {
    const { route, command } = setup();
    await expect(route(popup, 'settings:get', undefined)).rejects.toThrow(/Unknown popup channel/);
    await expect(
      route(popup, 'popup:command', { action: 'transfer', callId: 'c2' }),
    ).rejects.toThrow(/Invalid/);
    expect(command).not.toHaveBeenCalled();
  });
});
