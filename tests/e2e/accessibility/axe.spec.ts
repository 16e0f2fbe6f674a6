import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../calls/phones';
import { SignInPage } from '../pages/sign-in-page';

/** WCAG 2.2 AA, as axe-core tags it. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on what the page shows now and fails with one readable line per violation
 * ("color-contrast: .button--danger (3.4:1)"), so a regression names its rule and element.
 */
async function expectNoViolations(page: Page, view: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id}: ${node.target.join(' ')} ${node.failureSummary ?? ''}`,
    ),
  );
  expect(found, `axe violations in ${view}`).toEqual([]);
}

async function nav(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(name, 'i') })).toBeAttached();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`WCAG 2.2 AA, ${colorScheme}`, () => {
    test('sign-in: empty, refused field by field, and with a profile under Advanced', async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      const signIn = new SignInPage(page);
      await signIn.open();
      await expectNoViolations(page, 'sign-in');

      await page.getByLabel('Server', { exact: true }).fill('http://example.invalid');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByLabel('Server', { exact: true })).toBeFocused();
      await expect(page.getByRole('alert')).toContainText('Sign-in failed');
      await expectNoViolations(page, 'sign-in with errors');

      await page.route('**/a11y-profile.json', (route) =>
        route.fulfill({
          json: {
            version: 1,
            provider: 'Test PBX',
            servers: ['wss://pbx.test/ws'],
            domain: 'pbx.test',
          },
        }),
      );
      await signIn.open('?profile=a11y-profile.json');
      await expect(page.getByRole('note')).toContainText('Test PBX');
      await expectNoViolations(page, 'sign-in with a profile');
      await signIn.openAdvanced();
      await expectNoViolations(page, 'sign-in with Advanced open');
    });

    test('test audio, with the microphone metered', async ({ phone }) => {
      // Sign-in plus an axe run while the meter moves, on two shared cores.
      test.setTimeout(90_000);
      const alice = await phone('1001');
      await alice.page.emulateMedia({ colorScheme });
      await nav(alice.page, 'Settings');
      await alice.page.getByRole('button', { name: 'Test audio', exact: true }).click();
      await expect(alice.page.getByRole('heading', { level: 1, name: 'Test audio' })).toBeVisible();
      await expect(alice.page.getByRole('meter', { name: 'Microphone level' })).toBeVisible();
      await expectNoViolations(alice.page, 'test audio');
    });

    test('phone idle, ringing and in a call; history, contacts, recordings, busy lamps, settings', async ({
      phone,
    }) => {
      // Eight axe runs on a full page, each a few seconds on two shared cores.
      test.setTimeout(150_000);
      const alice = await phone('1001');
      const bob = await phone('1002');
      for (const each of [alice, bob]) await each.page.emulateMedia({ colorScheme });
      await expectNoViolations(alice.page, 'phone, idle');

      await alice.dial('1002');
      await expect(bob.ringingCall).toBeVisible();
      await expectNoViolations(bob.page, 'phone, ringing call');

      await bob.answer();
      const toBob = alice.call('1002');
      await expect(alice.button(toBob, 'Hold')).toBeVisible();
      await alice.button(toBob, 'Keypad').click();
      await expect(toBob.getByRole('group', { name: 'Keypad' })).toBeVisible();
      await alice.button(toBob, 'Record').click();
      await expectNoViolations(alice.page, 'phone, active call with keypad, recording');
      await alice.hold(toBob);
      await alice.mute(toBob);
      await expectNoViolations(alice.page, 'phone, call on hold and muted');
      await alice.hangUp(toBob);
      await expect(alice.cards).toHaveCount(0);

      await nav(alice.page, 'History');
      await expect(alice.page.getByRole('list', { name: 'Call history' })).toBeVisible();
      await expectNoViolations(alice.page, 'history');
      await nav(alice.page, 'Contacts');
      await expectNoViolations(alice.page, 'contacts');
      await nav(alice.page, 'Recordings');
      await expect(
        alice.page.getByRole('button', { name: /^Play the recording of 1002/ }),
      ).toBeVisible();
      await expectNoViolations(alice.page, 'recordings');
      await nav(alice.page, 'Busy lamps');
      await expectNoViolations(alice.page, 'busy lamps');
      await nav(alice.page, 'Settings');
      await expectNoViolations(alice.page, 'settings');
    });

    test('help: shortcuts, About with support, the third-party notices open', async ({ phone }) => {
      // Sign-in and one axe run over the long notice text, on two shared cores.
      test.setTimeout(90_000);
      const alice = await phone('1001', {
        profile: { supportUrl: 'https://support.softphone.test/', supportPhone: '1002' },
      });
      await alice.page.emulateMedia({ colorScheme });
      await alice.page.keyboard.press('F1');
      await expect(alice.page.getByRole('heading', { level: 1, name: 'Help' })).toBeFocused();
      await alice.page.getByText('Third-party notices', { exact: true }).click();
      await expect(alice.page.getByRole('region', { name: 'Third-party notices' })).toContainText(
        'jssip',
      );
      await expectNoViolations(alice.page, 'help');
    });
  });
}
