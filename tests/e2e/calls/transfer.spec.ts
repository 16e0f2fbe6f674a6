import { expect, test } from './phones';

test.describe('calls: transfer', () => {
  test('blind transfer: the far end is put through to the target and we drop out', async ({
    phone,
  }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    const carol = await phone('1003');
    const toBob = await alice.callAnswered('1002', bob);

    await alice.blindTransfer(toBob, '1003');
    // Bob (the transferee) calls Carol himself: she sees Bob, not Alice.
    await expect(carol.ringingCall).toContainText('Bob Example');
    await expect(alice.cards).toHaveCount(0);
    // On Bob's screen the new call has taken the old one's place.
    await expect(bob.cards).toHaveCount(1);
    await expect(bob.call('1003')).toBeVisible();

    await carol.answer();
    await expect(bob.button(bob.call('1003'), 'Hold')).toBeVisible();
    await bob.expectHearing();
    await carol.expectHearing();
    await alice.expectHistoryEntry('1002', 'Outgoing · Answered');
    await bob.hangUp(bob.call('1003'));
    await expect(carol.cards).toHaveCount(0);
  });

  test('a blind transfer to a number that does not exist fails and leaves the call up', async ({
    phone,
  }) => {
    const dave = await phone('1004');
    const erin = await phone('1005');
    const toErin = await dave.callAnswered('1005', erin);

    await dave.blindTransfer(toErin, '1999');
    await expect(toErin.getByRole('alert')).toContainText('The transfer failed');
    await expect(erin.cards).toHaveCount(1);
    await dave.expectHearing();
    await erin.expectHearing();
    await dave.hangUp(toErin);
  });

  test('attended transfer: consult, then join the two parties (INVITE with Replaces)', async ({
    phone,
  }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    const carol = await phone('1003');
    const toBob = await alice.callAnswered('1002', bob);

    await alice.consult(toBob, '1003');
    await expect(alice.button(toBob, 'Resume')).toBeVisible();
    await expect(carol.ringingCall).toContainText('Alice Example');
    await carol.answer();
    const consultLeg = alice.call('1003');
    await expect(alice.button(consultLeg, 'Complete transfer')).toBeVisible();
    await carol.expectHearing();
    await bob.expectSilence();

    await alice.completeTransfer(consultLeg);
    await expect(alice.cards).toHaveCount(0);
    // Carol's call with Alice is replaced by one with Bob, without ringing.
    await expect(carol.cards).toHaveCount(1);
    await expect(carol.call('Bob Example')).toBeVisible();
    await expect(carol.button(carol.call('Bob Example'), 'Hold')).toBeVisible();
    await expect(bob.cards).toHaveCount(1);
    await expect(bob.button(bob.call('1003'), 'Hold')).toBeVisible();
    await bob.expectHearing();
    await carol.expectHearing();
    expect((await carol.tones()).ringer).toBeUndefined();

    await carol.hangUp(carol.call('Bob Example'));
    await expect(bob.cards).toHaveCount(0);
  });

  test('cancelling a consultation returns to the original call', async ({ phone }) => {
    const alice = await phone('1001');
    const dave = await phone('1004');
    const erin = await phone('1005');
    const toDave = await alice.callAnswered('1004', dave);

    await alice.consult(toDave, '1005');
    await erin.answer();
    const consultLeg = alice.call('1005');
    await expect(alice.button(consultLeg, 'Hold')).toBeVisible();
    await erin.expectHearing();
    await alice.cancelTransfer(consultLeg);

    await expect(erin.cards).toHaveCount(0);
    await expect(alice.cards).toHaveCount(1);
    await expect(alice.button(toDave, 'Hold')).toBeVisible();
    await alice.expectHearing();
    await dave.expectHearing();
    await alice.hangUp(toDave);
  });
});
