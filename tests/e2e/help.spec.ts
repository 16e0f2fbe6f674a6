import { readFileSync } from 'node:fs';
import { expect, test } from './calls/phones';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const SUPPORT = 'https://support.softphone.test/help';

/** Issue 11, point 4: the in-app shortcuts, and Help with its shortcut list and About. */
test.describe('help and keyboard shortcuts', () => {
  test('a call is answered, held, muted, offered for transfer and hung up by keyboard alone', async ({
    phone,
  }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    await alice.dial('1002');
    await expect(bob.ringingCall).toContainText('Alice Example');

    // The shortcut is announced and shown, while the name stays "Answer".
    const answer = bob.button(bob.ringingCall, 'Answer');
    await expect(answer).toHaveAttribute('aria-keyshortcuts', 'Alt+A');
    await expect(answer).toHaveAttribute('title', 'Answer (Alt+A)');
    await bob.page.keyboard.press('Alt+A');
    const fromAlice = bob.call('Alice Example');
    const toBob = alice.call('1002');
    await expect(bob.button(fromAlice, 'Hold')).toBeVisible();
    await expect(bob.button(fromAlice, 'Hold')).toHaveAttribute('title', 'Hold (Alt+H)');
    await alice.expectHearing();

    await bob.page.keyboard.press('Alt+H');
    await expect(bob.button(fromAlice, 'Resume')).toBeVisible();
    await expect(toBob).toContainText('Put on hold by the other party');
    await bob.page.keyboard.press('Alt+H');
    await expect(bob.button(fromAlice, 'Hold')).toBeVisible();
    await expect(toBob).not.toContainText('Put on hold');

    await bob.page.keyboard.press('Alt+M');
    await expect(bob.button(fromAlice, 'Unmute')).toBeVisible();
    await alice.expectSilence();
    await bob.page.keyboard.press('Alt+M');
    await expect(bob.button(fromAlice, 'Mute')).toBeVisible();
    await alice.expectHearing();

    // Transfer opens the call's panel with the cursor in "Transfer to".
    await bob.page.keyboard.press('Alt+T');
    const transferTo = fromAlice.getByLabel('Transfer to', { exact: true });
    await expect(transferTo).toBeFocused();
    // While typing in a field, Alt+H is the field's: the call is not put on hold.
    await bob.page.keyboard.press('Alt+H');
    await bob.page.keyboard.press('Escape');
    await expect(transferTo).toHaveCount(0);
    await bob.page.keyboard.press('Alt+M');
    await expect(bob.button(fromAlice, 'Unmute')).toBeVisible();
    await expect(bob.button(fromAlice, 'Hold')).toBeVisible();

    // Alt+N goes to the Number field; hanging up works from inside it.
    await bob.page.keyboard.press('Alt+N');
    await expect(bob.numberField).toBeFocused();
    await expect(bob.numberField).toHaveAttribute('aria-keyshortcuts', 'Alt+N');
    await bob.page.keyboard.press('Alt+X');
    await expect(bob.cards).toHaveCount(0);
    await expect(alice.button(toBob, 'Hold')).toHaveCount(0);
  });

  test('F1 opens Help: the shortcut list, About with version and third-party notice, support', async ({
    phone,
  }) => {
    const carol = await phone('1003', {
      profile: { supportUrl: SUPPORT, supportPhone: '1004' },
    });
    const dave = await phone('1004');
    const page = carol.page;

    const helpButton = page.getByRole('banner').getByRole('button', { name: 'Help', exact: true });
    await expect(helpButton).toHaveAttribute('aria-keyshortcuts', 'F1');
    await page.keyboard.press('F1');
    await expect(page.getByRole('heading', { level: 1, name: 'Help' })).toBeFocused();
    await expect(helpButton).toHaveAttribute('aria-current', 'page');

    const shortcuts = page.getByRole('table', { name: 'Keyboard shortcuts' });
    for (const [action, keys] of [
      ['Answer the ringing call', 'Alt+A'],
      ['Hang up, or decline a ringing call', 'Alt+X'],
      ['Hold or resume the call', 'Alt+H'],
      ['Mute or unmute the microphone', 'Alt+M'],
      ['Transfer the call', 'Alt+T'],
      ['Go to the Number field', 'Alt+N'],
      ['Open this help', 'F1'],
    ]) {
      await expect(shortcuts.getByRole('row', { name: `${action} ${keys}` })).toBeVisible();
    }
    // The browser build has no global hotkeys.
    await expect(page.getByRole('heading', { name: 'Global hotkeys' })).toHaveCount(0);

    const about = page.getByRole('region', { name: 'About' });
    await expect(about).toContainText(`Softphone Version ${version}`);
    await expect(about).toContainText(/Chromium \d+/);
    await expect(about).toContainText('Licence: MIT');
    await about.getByText('Third-party notices', { exact: true }).click();
    const notices = about.getByRole('region', { name: 'Third-party notices' });
    await expect(notices).toContainText(`Softphone ${version}: third-party notices`);
    await expect(notices).toContainText(/jssip 3\.\d+\.\d+ \(MIT\)/);
    await expect(notices).toContainText('Permission is hereby granted, free of charge');
    await expect(about.getByRole('link', { name: 'Open as a text file' })).toHaveAttribute(
      'href',
      /third-party-notices\.txt$/,
    );

    // Support: the profile's page in a new tab without an opener (recorded: loopback only)…
    await page.evaluate(() => {
      const calls: unknown[][] = [];
      (globalThis as unknown as { __opened: unknown[][] }).__opened = calls;
      (globalThis as unknown as { open: unknown }).open = (...args: unknown[]) => (
        calls.push(args),
        null
      );
    });
    await expect(about).toContainText('Your provider: Test PBX');
    await about.getByRole('link', { name: 'Support', exact: true }).click();
    await expect
      .poll(() =>
        page.evaluate(() => (globalThis as unknown as { __opened: unknown[][] }).__opened),
      )
      .toEqual([[SUPPORT, '_blank', 'noopener']]);

    // …and its number: Call support dials it and goes back to the phone; Alt+X declines there.
    await about.getByRole('button', { name: 'Call support', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Help' })).toHaveCount(0);
    await expect(dave.ringingCall).toContainText('Carol');
    await expect(dave.button(dave.ringingCall, 'Decline')).toHaveAttribute(
      'title',
      'Decline (Alt+X)',
    );
    await dave.page.keyboard.press('Alt+X');
    await expect(dave.ringingCall).toHaveCount(0);
    await expect(carol.call('1004')).toContainText(/declined|busy/i);

    // The header button toggles Help, and Back returns to the view the user was on.
    await carol.openSettings();
    await helpButton.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Help' })).toBeVisible();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeAttached();
  });

  test('a profile without support details shows no support', async ({ phone }) => {
    const alice = await phone('1001');
    await alice.page.keyboard.press('F1');
    const about = alice.page.getByRole('region', { name: 'About' });
    await expect(about).toContainText('Licence: MIT');
    await expect(about.getByRole('link', { name: 'Support' })).toHaveCount(0);
    await expect(about.getByRole('button', { name: 'Call support' })).toHaveCount(0);
  });
});
