import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/calls/phones';
import { SignInPage } from '../e2e/pages/sign-in-page';

const OUT = 'assets/screenshots';

async function capture(page: Page, name: string, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 420, height: 720 });
  // Let the call timer and quality bars settle so the pictures are stable.
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/${name}.png` });
}

test('sign-in view', async ({ page }) => {
  await new SignInPage(page).open();
  await capture(page, 'sign-in', 'light');
});

test('phone, incoming call, active call, transfer, history, recordings, contacts and settings views', async ({
  phone,
}) => {
  const alice = await phone('1001');
  const bob = await phone('1002');
  await capture(alice.page, 'dial-pad', 'light');

  await alice.dial('1002');
  await expect(bob.ringingCall).toContainText('Alice Example');
  await capture(bob.page, 'incoming-call', 'dark');

  await bob.answer();
  const toBob = alice.call('1002');
  await expect(alice.button(toBob, 'Hold')).toBeVisible();
  await alice.expectHearing();
  await expect(toBob.locator('summary')).toBeVisible();
  await alice.page.waitForTimeout(2500);
  await capture(alice.page, 'in-call', 'light');
  await alice.openTransfer(toBob, '1003');
  await capture(alice.page, 'transfer', 'dark');
  await alice.button(toBob, 'Record').click();
  await alice.page.waitForTimeout(1500);

  await alice.hangUp(toBob);
  await expect(alice.cards).toHaveCount(0);
  await alice.page.getByRole('button', { name: 'History' }).click();
  await expect(alice.page.getByRole('list', { name: 'Call history' })).toBeVisible();
  await capture(alice.page, 'history', 'dark');
  await alice.page.getByRole('navigation').getByRole('button', { name: 'Recordings' }).click();
  await expect(
    alice.page.getByRole('button', { name: /^Play the recording of 1002/ }),
  ).toBeVisible();
  await capture(alice.page, 'recordings', 'light');
  await alice.page.getByRole('navigation').getByRole('button', { name: 'Contacts' }).click();
  await alice.page.getByRole('button', { name: 'Add contact' }).click();
  await alice.page.getByLabel('Name', { exact: true }).fill('Bob Example');
  await alice.page.getByLabel('Company').fill('Example Ltd');
  await alice.page.getByLabel('Number 1', { exact: true }).fill('1002');
  await alice.page.getByRole('button', { name: 'Save contact' }).click();
  await expect(alice.page.getByRole('button', { name: /^Call Bob Example/ })).toBeVisible();
  await capture(alice.page, 'contacts', 'dark');
  await alice.page.getByRole('button', { name: 'Settings' }).click();
  await capture(alice.page, 'settings', 'light');
});
