import { createHash } from 'node:crypto';
import { expect, test } from '../calls/phones';
import { CallPage } from '../pages/call-page';
import { SignInPage } from '../pages/sign-in-page';
import { extension } from '../testbed';
import { createDesktopHarness, type DesktopHarness } from './desktop-harness';

/**
 * After its first registration a line keeps the digest HA1 in the secret store instead of the
 * password, against the real test PBX (Kamailio challenges REGISTER with 401 and INVITE with 407):
 * the store then holds no password, and after a reload the line registers and calls with the HA1
 * alone. The desktop core runs in the Playwright process (desktop-harness.ts), so the test reads
 * the very secret store the app uses.
 */
const REALM = 'softphone.test';

test.describe('the secret store keeps the HA1, not the password', () => {
  let harness: DesktopHarness;
  test.beforeEach(async ({ baseURL }) => {
    harness = await createDesktopHarness(String(baseURL));
  });
  test.afterEach(() => harness.close());

  test('sign in, registered: HA1 stored; reload: registers and calls with it', async ({
    browser,
    baseURL,
    phone,
  }) => {
    const erinDetails = extension('1005');
    const context = await browser.newContext({
      baseURL: String(baseURL),
      permissions: ['microphone'],
    });
    try {
      const page = await context.newPage();
      await harness.attach(page);
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn(erinDetails);
      await signIn.expectRegistered();

      const settings = await harness.core.handlers['settings:get'](undefined);
      const accountId = settings.accounts[0]!.id;
      const ha1 = createHash('md5').update(`1005:${REALM}:${erinDetails.password}`).digest('hex');
      await expect
        .poll(() => harness.core.handlers['secrets:get']({ accountId }))
        .toEqual({ ha1, realm: REALM });

      await page.reload();
      await signIn.expectRegistered();
      const erin = new CallPage(page);
      const mallory = await phone('1006');
      // Kamailio challenges the INVITE (407): answered with the HA1, the call goes through.
      await erin.dial('1006');
      await mallory.answer();
      await erin.expectHearing();
      await erin.hangUp();
      await expect(erin.cards).toHaveCount(0);
    } finally {
      await context.close();
    }
  });
});
