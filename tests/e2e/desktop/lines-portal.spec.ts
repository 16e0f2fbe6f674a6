import { expect, test } from '../calls/phones';
import { LinesPage } from '../pages/lines-page';
import { extension, pbxWsUrl } from '../testbed';
import { createDesktopHarness, type DesktopHarness } from './desktop-harness';
import { openDesktopPhone } from './desktop-page';

const PORTAL = 'https://portal.softphone.test/customer';

/**
 * Issue 9 on the desktop: with two lines the incoming-call popup says which line rings, and
 * "Open customer portal" (Settings, tray) reaches the system browser only through main's check.
 * Erin (1005) is the desktop app, with Dave (1004) as a second line; Bob (1002) is a web phone.
 */
test.describe('desktop: several lines and the customer portal', () => {
  let harness: DesktopHarness;
  test.beforeEach(async ({ baseURL }) => {
    harness = await createDesktopHarness(String(baseURL));
  });
  test.afterEach(() => harness.close());

  test('the popup names the line that rings; the portal opens from Settings and the tray', async ({
    browser,
    baseURL,
    phone,
  }) => {
    const {
      context,
      page,
      phone: erin,
    } = await openDesktopPhone(harness, browser, String(baseURL));
    try {
      const lines = new LinesPage(page);
      await erin.openSettings();
      await lines.addLine(extension('1004'));
      await expect(lines.status('1004')).toContainText('Registered as 1004');
      await lines.line('1004').getByLabel('Label (optional)').fill('Support');
      await lines.line('1004').getByLabel('Label (optional)').blur();
      await expect(lines.line('Support')).toBeVisible();

      const bob = await phone('1002');
      harness.os.window.visible = false;
      await bob.dial('1004');
      await expect.poll(() => harness.os.popups.length).toBe(1);
      expect(harness.os.popups[0]!.view).toMatchObject({ number: '1002', line: 'Support' });
      await expect(erin.ringingCall).toContainText('On line Support');
      await bob.hangUp(bob.call('1004'));
      await expect.poll(() => harness.os.popups[0]!.closed).toBe(true);

      // The ringing call brought the phone view forward. No portal in the profile: no button,
      // no tray item.
      await erin.openSettings();
      const portalButton = page.getByRole('button', { name: 'Open customer portal' });
      const trayItem = () => harness.os.trayMenus.at(-1)?.find((item) => item.id === 'portal');
      await expect(portalButton).toHaveCount(0);
      expect(trayItem()).toBeUndefined();
      await harness.core.handlers['settings:update']({
        provisioning: {
          version: 1,
          provider: 'Test PBX',
          servers: [pbxWsUrl()],
          domain: 'softphone.test',
          iceServers: [],
          featureCodes: {},
          extensions: [],
          portalUrl: PORTAL,
        },
      });
      await portalButton.click();
      await expect.poll(() => harness.os.opened).toEqual([PORTAL]);
      expect(trayItem()).toMatchObject({ label: 'Open customer portal' });
      harness.core.onTrayCommand({ kind: 'open-portal' });
      await expect.poll(() => harness.os.opened).toEqual([PORTAL, PORTAL]);
      // A page that asks main for another address gets an error, and nothing opens.
      const refused = await page.evaluate(async () => {
        const bridge = (
          globalThis as unknown as {
            __softphoneHarness: { invoke(channel: string, request: unknown): Promise<unknown> };
          }
        ).__softphoneHarness;
        return bridge.invoke('portal:open', { url: 'https://evil.example/' }).then(
          () => 'opened',
          (error: Error) => error.message,
        );
      });
      expect(refused).toMatch(/provider’s own customer portal/);
      expect(harness.os.opened).toEqual([PORTAL, PORTAL]);
    } finally {
      await context.close();
    }
  });
});
