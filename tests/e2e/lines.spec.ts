import { testExtension } from '../testbed/extensions';
import { expect, test } from './calls/phones';
import { LinesPage } from './pages/lines-page';
import { extension } from './testbed';

/** Issue 9, point 1: several lines registered at once, each with its own status and identity. */
test.describe('several lines', () => {
  test('a second line registers beside the first, rings as itself, calls out as itself and is removed', async ({
    phone,
  }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    const lines = new LinesPage(alice.page);

    await alice.openSettings();
    // One line: no Line select on the dial pad (checked below), one line group here.
    await expect(lines.status('1001')).toContainText('Registered as 1001');
    await lines.addLine(extension('1005'));
    // Each line registers on its own and says so.
    await expect(lines.status('1005')).toContainText('Registered as 1005');
    await expect(lines.status('1001')).toContainText('Registered as 1001');
    await lines.line('1005').getByLabel('Ringtone').selectOption({ label: 'Chime' });

    // A call to the second line rings with that line's ringtone and says which line it is.
    await alice.openPhone();
    await bob.dial('1005');
    await expect(alice.ringingCall).toContainText('Bob Example');
    await expect(alice.ringingCall).toContainText('On line 1005');
    await expect.poll(async () => (await alice.tones()).ringer).toBe('ring-chime');
    await alice.answer();
    await expect(alice.button(alice.call('Bob Example'), 'Hold')).toBeVisible();
    await alice.hangUp(alice.call('Bob Example'));
    await expect(alice.cards).toHaveCount(0);
    await expect(bob.cards).toHaveCount(0);
    await alice.expectHistoryEntry('Bob Example', /Incoming · Answered.*On line 1005/);

    // The Line select starts on the line last used (1005 answered); switch to 1001 and back.
    const lineSelect = alice.page.getByLabel('Line', { exact: true });
    await expect(lineSelect.locator('option:checked')).toHaveText('1005');
    await lineSelect.selectOption({ label: '1001' });
    await lineSelect.selectOption({ label: '1005' });
    // The call goes out with that line's identity: the far end sees 1005 calling, not 1001.
    await alice.dial('1002');
    await expect(bob.ringingCall).toContainText('1005');
    await expect(bob.ringingCall).not.toContainText(testExtension('1001').displayName);
    await bob.decline();
    await expect(alice.call('1002')).toContainText('Busy');
    await alice.expectHistoryEntry('1002', /Outgoing · Busy.*On line 1005/);

    // Remove line signs it out: the other line stays, and 1005 no longer rings here.
    await alice.openSettings();
    await lines.removeLine('1005');
    await expect(lines.status('1001')).toContainText('Registered as 1001');
    await alice.openPhone();
    await expect(alice.page.getByLabel('Line', { exact: true })).toHaveCount(0);
    await bob.dial('1005');
    await expect(bob.call('1005')).toContainText(/Number not found|Not available right now/);
    await expect(alice.ringingCall).toHaveCount(0);
  });

  test('a line added with a wrong password asks again, and can be removed from there', async ({
    phone,
  }) => {
    const alice = await phone('1001');
    const lines = new LinesPage(alice.page);
    await alice.openSettings();
    const { page } = alice;
    await page.getByRole('button', { name: 'Add line', exact: true }).click();
    await page.getByLabel('Extension', { exact: true }).fill('1004');
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    // The PBX refuses it: the form asks for that line again (the other line stays registered).
    await expect(page.getByRole('heading', { name: 'Sign in to your phone' })).toBeVisible();
    await expect(page.getByLabel('Extension', { exact: true })).toHaveValue('1004');
    await page.getByRole('button', { name: 'Remove line', exact: true }).click();
    await alice.openSettings();
    await expect(lines.line('1004')).toHaveCount(0);
    await expect(lines.status('1001')).toContainText('Registered as 1001');
  });

  test('the provider profile’s extensions are offered when adding a line', async ({ phone }) => {
    const alice = await phone('1001', {
      profile: {
        extensions: [
          { user: '1001', displayName: 'Alice Example' },
          { user: '1003', displayName: 'Carol Example' },
          { user: '1004', displayName: 'Dave Example' },
        ],
      },
    });
    const lines = new LinesPage(alice.page);
    await alice.openSettings();
    await alice.page.getByRole('button', { name: 'Add line', exact: true }).click();
    // 1001 is a line already: the others are offered, the first of them filled in.
    const choice = alice.page.getByLabel('Extension from your provider');
    await expect(choice.getByRole('option')).toHaveText([
      '1003 · Carol Example',
      '1004 · Dave Example',
      'Enter another',
    ]);
    await expect(alice.page.getByLabel('Extension', { exact: true })).toHaveValue('1003');
    await choice.selectOption({ label: '1004 · Dave Example' });
    await expect(alice.page.getByLabel('Extension', { exact: true })).toHaveValue('1004');
    await alice.page.getByLabel('Password', { exact: true }).fill(extension('1004').password);
    await alice.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(lines.status('1004')).toContainText('Registered as 1004');
    await expect(lines.line('1004').getByLabel('Display name')).toHaveValue('Dave Example');
  });
});
