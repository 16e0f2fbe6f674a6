import { expect, test } from '@playwright/test';
import { startPbx } from '../testbed/pbx';
import { SignInPage } from './pages/sign-in-page';
import { extension } from './testbed';

test.describe('registration', () => {
  test('a test extension signs in and registers', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(extension('1001'));
    await signIn.expectRegistered();
    await expect(signIn.status).toContainText('1001');
    // The header's dot is green and still once registered (a broken style once made it red and pulsing).
    const dot = signIn.status.locator('.registration__dot');
    const okColour = await page.evaluate<string>(`(() => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--state-ok)';
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    })()`);
    await expect(dot).toHaveCSS('background-color', okColour);
    await expect(dot).toHaveCSS('animation-name', 'none');
    // Signed in: the form is gone, and signing out brings it back.
    await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  });

  test('a wrong password is reported as such', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn({ ...extension('1002'), password: 'not-the-password' });
    await expect(signIn.status).toContainText(/wrong password/i);
    await expect(signIn.status).not.toContainText('Registered');
    // The form stays so the user can correct the password, and the right one then works.
    await signIn.signIn(extension('1002'));
    await signIn.expectRegistered();
  });

  test('an unreachable PBX is reported and the app keeps retrying until it comes up', async ({
    page,
  }) => {
    const wsPort = 15166;
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn({ ...extension('1003'), server: `ws://127.0.0.1:${wsPort}/` });
    await expect(signIn.status).toContainText(/cannot reach server/i);

    const pbx = await startPbx({ wsPort, udpPort: 15160 });
    try {
      // JsSIP's recovery interval starts at 2 s and backs off to 30 s at most.
      await expect(signIn.status).toContainText('Registered', { timeout: 35_000 });
    } finally {
      await pbx.stop();
    }
    await expect(signIn.status).toContainText(/cannot reach server/i);
  });

  test('invalid input is refused field by field before anything is sent', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn({
      ...extension('1001'),
      server: 'http://example.invalid',
      extension: '10 01',
    });
    await expect(page.getByLabel('Server', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(page.getByLabel('Extension', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(page.getByRole('status')).toHaveCount(0);
  });

  test('the authentication user is the one sent to the PBX', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    // 1001 with 1002's credentials: the digest is valid, but for another user, so the PBX refuses it.
    const bob = extension('1002');
    await page.getByLabel('Authentication user (optional)').fill(bob.extension);
    await signIn.signIn({ ...extension('1001'), password: bob.password });
    await expect(signIn.status).toContainText('The server refused extension 1001');
  });
});
