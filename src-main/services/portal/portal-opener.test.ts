import { describe, expect, it, vi } from 'vitest';
import { createPortalOpener } from './portal-opener';

const PORTAL = 'https://portal.example.com/customer';

function opener(portalUrl: string | null = PORTAL) {
  const browser = { openExternal: vi.fn(async (_url: string) => undefined) };
  const log = { info: vi.fn(), warn: vi.fn() };
  return {
    open: createPortalOpener({ portalUrl: () => portalUrl ?? undefined, browser, log }),
    browser,
    log,
  };
}

describe('createPortalOpener', () => {
  it('opens the profile’s portal in the system browser', async () => {
    const { open, browser } = opener();
    await open(PORTAL);
    expect(browser.openExternal).toHaveBeenCalledWith(PORTAL);
  });

  it('opens the profile’s own address when asked without one (the tray)', async () => {
    const { open, browser } = opener();
    await open();
    expect(browser.openExternal).toHaveBeenCalledWith(PORTAL);
  });

  it.each([
    'https://evil.example/',
    'http://portal.example.com/customer',
    'https://portal.example.com@evil.example/',
    'file:///etc/passwd',
  ])('refuses %s and opens nothing', async (url) => {
    const { open, browser, log } = opener();
    await expect(open(url)).rejects.toThrow(/provider/);
    expect(browser.openExternal).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalled();
  });

  it('refuses when no profile names a portal', async () => {
    const { open, browser } = opener(null);
    await expect(open(PORTAL)).rejects.toThrow(/not set/);
    await expect(open()).rejects.toThrow(/not set/);
    expect(browser.openExternal).not.toHaveBeenCalled();
  });

  it('opens the profile’s support page, but no other page on its host’s neighbours', async () => {
    const browser = { openExternal: vi.fn(async (_url: string) => undefined) };
    const log = { info: vi.fn(), warn: vi.fn() };
    const open = createPortalOpener({
      portalUrl: () => PORTAL,
      supportUrl: () => 'https://help.example.net/softphone',
      browser,
      log,
    });
    await open('https://help.example.net/softphone');
    expect(browser.openExternal).toHaveBeenCalledWith('https://help.example.net/softphone');
    await expect(open('https://example.net/')).rejects.toThrow(/provider/);
    expect(browser.openExternal).toHaveBeenCalledTimes(1);
  });
});
