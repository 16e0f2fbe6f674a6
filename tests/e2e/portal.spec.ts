import { expect, test } from './calls/phones';

const PORTAL = 'https://portal.softphone.test/customer';

/** Issue 9, point 7, in the browser build: a new tab with noopener, for the profile's portal only. */
test.describe('customer portal (browser)', () => {
  test('Open customer portal opens the profile’s portalUrl in a new tab without an opener', async ({
    phone,
  }) => {
    const alice = await phone('1001', { profile: { portalUrl: PORTAL } });
    // Record what the page asks of window.open (the tab itself cannot load: loopback only).
    await alice.page.evaluate(() => {
      const calls: unknown[][] = [];
      (globalThis as unknown as { __opened: unknown[][] }).__opened = calls;
      (globalThis as unknown as { open: unknown }).open = (...args: unknown[]) => (
        calls.push(args),
        null
      );
    });
    await alice.openSettings();
    await alice.page.getByRole('button', { name: 'Open customer portal' }).click();
    await expect
      .poll(() =>
        alice.page.evaluate(() => (globalThis as unknown as { __opened: unknown[][] }).__opened),
      )
      .toEqual([[PORTAL, '_blank', 'noopener']]);
  });

  test('without a portal in the profile there is no button', async ({ phone }) => {
    const alice = await phone('1001');
    await alice.openSettings();
    await expect(alice.page.getByRole('button', { name: 'Add line' })).toBeVisible();
    await expect(alice.page.getByRole('button', { name: 'Open customer portal' })).toHaveCount(0);
  });
});
