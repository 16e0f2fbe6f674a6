import { expect, test } from './phones';

test.describe('calls: keyboard', () => {
  test('typing a number anywhere and pressing Enter places the call; Tab reaches Answer', async ({
    phone,
  }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');

    // Nothing focused: the digits go to the Number field, Enter calls.
    await alice.page.locator('body').click({ position: { x: 5, y: 5 } });
    await alice.page.keyboard.type('1002');
    await expect(alice.numberField).toHaveValue('1002');
    await alice.page.keyboard.press('Enter');
    await expect(bob.ringingCall).toContainText('Alice Example');

    // The callee answers from the keyboard alone.
    const answer = bob.button(bob.ringingCall, 'Answer');
    // Tab until Answer has focus, as a keyboard user would.
    await expect(async () => {
      await bob.page.keyboard.press('Tab');
      await expect(answer).toBeFocused({ timeout: 100 });
    }).toPass({ timeout: 10_000 });
    await bob.page.keyboard.press('Enter');
    await expect(alice.button(alice.call('1002'), 'Hold')).toBeVisible();
    await alice.expectHearing();
  });
});
