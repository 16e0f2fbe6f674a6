import { expect, test } from './phones';

test.describe('calls: local 3-way conference', () => {
  test('merged calls hear each other through our mix, even while we are muted', async ({
    phone,
  }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    const carol = await phone('1003');
    const withBob = await alice.callAnswered('1002', bob);
    // A second call puts the first on hold.
    await alice.dial('1003');
    await carol.answer();
    const withCarol = alice.call('1003');
    await expect(alice.button(withBob, 'Resume')).toBeVisible();
    await expect(alice.button(withCarol, 'Hold')).toBeVisible();

    await alice.mergeCalls();
    await expect(withBob).toContainText('Conference');
    await expect(withCarol).toContainText('Conference');
    await alice.expectHearing();
    await bob.expectHearing();
    await carol.expectHearing();

    // With Alice muted, whatever Bob and Carol still hear can only be each other.
    await alice.mute(withBob);
    await expect(alice.button(withCarol, 'Unmute')).toBeVisible();
    await bob.expectHearing();
    await carol.expectHearing();

    // Bob leaves: Alice and Carol go on as a plain call, Alice still muted.
    await bob.hangUp(bob.call('Alice Example'));
    await expect(alice.cards).toHaveCount(1);
    await expect(withCarol).not.toContainText('Conference');
    await carol.expectSilence();
    await alice.unmute(withCarol);
    await carol.expectHearing();
    await alice.expectHearing();
    await alice.hangUp(withCarol);
  });
});
