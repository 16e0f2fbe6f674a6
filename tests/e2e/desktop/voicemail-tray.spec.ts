import { publishMailbox } from '../presence/mailbox';
import { expect, test } from '../calls/phones';
import { createDesktopHarness, type DesktopHarness } from './desktop-harness';
import { openDesktopPhone } from './desktop-page';

/**
 * Voicemail in main's tray and dock badge: the page reports its line's mailbox (message-summary
 * from the test PBX) and main's real tray model follows (desktop-harness.ts stands in for the OS).
 */
test.describe('voicemail in the tray (main process wired to the page)', () => {
  let harness: DesktopHarness;
  test.beforeEach(async ({ baseURL }) => {
    harness = await createDesktopHarness(String(baseURL));
  });
  test.afterEach(() => harness.close());

  test('the badge, tooltip and "Call voicemail" follow the mailbox', async ({
    browser,
    baseURL,
    phone,
  }) => {
    const dave = await phone('1004');
    const { context, page } = await openDesktopPhone(harness, browser, String(baseURL));
    try {
      await page
        .getByRole('navigation')
        .getByRole('button', { name: /^Settings/ })
        .click();
      await page.getByLabel('Voicemail number').fill('1004');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText('Saved')).toBeVisible();

      await publishMailbox('1005', 2, 0);
      await expect.poll(() => harness.os.trayTooltips.at(-1)).toContain('2 new voicemails');
      await expect.poll(() => harness.os.badgeCounts.at(-1)).toBe(2);
      const item = harness.os.trayMenus.at(-1)?.find((candidate) => candidate.id === 'voicemail');
      expect(item?.label).toBe('Call voicemail');

      harness.clickTray('voicemail');
      await expect(dave.ringingCall).toContainText('1005');
      await dave.decline();

      await publishMailbox('1005', 0, 2);
      await expect.poll(() => harness.os.badgeCounts.at(-1)).toBe(0);
      expect(harness.os.trayTooltips.at(-1)).not.toContain('voicemail');
    } finally {
      await context.close();
    }
  });
});
