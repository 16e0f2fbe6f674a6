import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { test } from './calls/phones';
import { SignInPage } from './pages/sign-in-page';
import { pbxWsUrl } from './testbed';

/**
 * Renders every main view at a phone window (400×700) and full screen (1280×800), light and dark,
 * and checks on each picture what makes a phone window usable: nothing wider than the window,
 * no call control wrapped onto a second row. The test suite writes into .tmp/; `npm run
 * screenshots` sets SCREENSHOTS_DIR=assets/screenshots to refresh the README's pictures.
 */
const OUT = process.env.SCREENSHOTS_DIR ?? '.tmp/screenshots';
const SIZES = [
  { name: '400', width: 400, height: 700 },
  { name: '1280', width: 1280, height: 800 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

/**
 * What overflows the window sideways, and call-control rows that wrapped. A string, evaluated in
 * the page: the tests' own type-check has no DOM.
 */
const LAYOUT_DEFECTS = `(() => {
  const defects = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth)
    defects.push('page is ' + root.scrollWidth + 'px wide in a ' + root.clientWidth + 'px window');
  for (const group of document.querySelectorAll('.call__controls, .call__actions')) {
    const tops = new Set(
      [...group.querySelectorAll('button')]
        .filter((button) => button.offsetParent !== null)
        .map((button) => Math.round(button.getBoundingClientRect().top)),
    );
    if (tops.size > 1) defects.push('call controls wrap onto ' + tops.size + ' rows');
  }
  return defects;
})()`;

async function layoutDefects(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(LAYOUT_DEFECTS);
}

async function capture(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      // Let layout, the call timer and the quality bars settle so the pictures are stable.
      await page.waitForTimeout(250);
      expect(await layoutDefects(page), `${name} at ${size.name}, ${scheme}`).toEqual([]);
      await page.screenshot({ path: `${OUT}/${name}-${size.name}-${scheme}.png` });
    }
  }
}

test('sign-in with a provider profile: only extension and password, Sign in in view', async ({
  page,
}) => {
  await page.route('**/test-profile.json', (route) =>
    route.fulfill({
      json: {
        version: 1,
        provider: 'Example Telecom',
        servers: [pbxWsUrl()],
        domain: process.env.PBX_DOMAIN ?? 'softphone.test',
      },
    }),
  );
  await page.setViewportSize({ width: 400, height: 700 });
  await new SignInPage(page).open('?profile=test-profile.json');
  await expect(page.getByRole('note')).toContainText('Settings from Example Telecom');
  await expect(page.getByLabel('Server', { exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeInViewport();
  await capture(page, 'sign-in');
});

test('phone, calls, transfer, history, recordings, contacts and settings', async ({ phone }) => {
  test.setTimeout(120_000);
  const alice = await phone('1001');
  const bob = await phone('1002');
  await capture(alice.page, 'dial-pad');

  await alice.dial('1002');
  await expect(bob.ringingCall).toContainText('Alice Example');
  await capture(bob.page, 'incoming-call');

  await bob.answer();
  const toBob = alice.call('1002');
  await expect(alice.button(toBob, 'Hold')).toBeVisible();
  await alice.expectHearing();
  await expect(toBob.locator('summary')).toBeVisible();
  await capture(alice.page, 'in-call');
  await alice.openTransfer(toBob, '1003');
  await capture(alice.page, 'transfer');
  await alice.button(toBob, 'Record').click();
  await alice.page.waitForTimeout(1500);

  await alice.hangUp(toBob);
  await expect(alice.cards).toHaveCount(0);
  await alice.page.getByRole('button', { name: 'History' }).click();
  await expect(alice.page.getByRole('list', { name: 'Call history' })).toBeVisible();
  await capture(alice.page, 'history');
  await alice.page.getByRole('navigation').getByRole('button', { name: 'Recordings' }).click();
  await expect(
    alice.page.getByRole('button', { name: /^Play the recording of 1002/ }),
  ).toBeVisible();
  await capture(alice.page, 'recordings');
  await alice.page.getByRole('navigation').getByRole('button', { name: 'Contacts' }).click();
  await alice.page.getByRole('button', { name: 'Add contact' }).click();
  await alice.page.getByLabel('Name', { exact: true }).fill('Bob Example');
  await alice.page.getByLabel('Company').fill('Example Ltd');
  await alice.page.getByLabel('Number 1', { exact: true }).fill('1002');
  await alice.page.getByRole('button', { name: 'Save contact' }).click();
  await expect(alice.page.getByRole('button', { name: /^Call Bob Example/ })).toBeVisible();
  await capture(alice.page, 'contacts');
  await alice.page.getByRole('button', { name: 'Settings' }).click();
  await capture(alice.page, 'settings');
});
