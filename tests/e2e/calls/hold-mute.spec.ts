import { expect, test } from './phones';

test.describe('calls: hold, mute, call waiting', () => {
  test('hold silences both directions and resume brings the audio back', async ({ phone }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    await alice.dial('1002');
    await bob.answer();
    const toBob = alice.call('1002');
    const fromAlice = bob.call('Alice Example');
    await alice.expectHearing();
    await bob.expectHearing();

    await alice.hold(toBob);
    await expect(toBob).toContainText('On hold');
    await expect(fromAlice).toContainText('Put on hold by the other party');
    await alice.expectSilence();
    await bob.expectSilence();

    await alice.resume(toBob);
    await expect(fromAlice).not.toContainText('Put on hold');
    await alice.expectHearing();
    await bob.expectHearing();
    await alice.hangUp(toBob);
  });

  test('mute stops the far end hearing us, and only that direction', async ({ phone }) => {
    const carol = await phone('1003');
    const dave = await phone('1004');
    await carol.dial('1004');
    await dave.answer();
    const toDave = carol.call('1004');
    await dave.expectHearing();

    await carol.mute(toDave);
    await dave.expectSilence();
    await carol.expectHearing();

    await carol.unmute(toDave);
    await dave.expectHearing();
    await carol.hangUp(toDave);
  });

  test('a second call rings during a call; answering it holds the first', async ({ phone }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    const erin = await phone('1005');
    await alice.dial('1002');
    await bob.answer();
    await alice.expectHearing();

    await erin.dial('1001');
    await expect(alice.ringingCall).toContainText('Erin Example');
    // Call waiting: a soft beep in the earpiece, not the ringer.
    await expect
      .poll(async () => alice.tones())
      .toMatchObject({ speaker: 'call-waiting', ringer: undefined });

    await alice.answer(alice.ringingCall);
    const withErin = alice.call('Erin Example');
    const withBob = alice.call('1002');
    await expect(alice.button(withBob, 'Resume')).toBeVisible();
    await expect(bob.call('Alice Example')).toContainText('Put on hold by the other party');
    await erin.expectHearing();
    const calls = await alice.stats();
    const erinCall = calls.find((call) => call.phase === 'active');
    await alice.expectHearing({ callId: erinCall?.callId });
    await bob.expectSilence();

    // Switching back: Bob resumes, Erin goes on hold.
    await alice.resume(withBob);
    await expect(alice.button(withErin, 'Resume')).toBeVisible();
    await bob.expectHearing();
    await erin.expectSilence();
    await alice.hangUp(withBob);
    await alice.hangUp(withErin);
    await expect(alice.cards).toHaveCount(0);
  });
});
