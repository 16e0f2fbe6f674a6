import { HOSTILE_DISPLAY_NAME } from '../../testbed/extensions';
import { expect, test } from './phones';

test.describe('calls: placing, answering, declining', () => {
  test('a call rings with the caller shown, is answered, carries audio both ways and is hung up', async ({
    phone,
  }, testInfo) => {
    const alice = await phone('1001');
    const bob = await phone('1002');

    const dialled = Date.now();
    await alice.dial('1002');
    await expect(bob.ringingCall).toContainText('Alice Example');
    await expect(bob.ringingCall).toContainText('1001');
    const ringingAfterMs = Date.now() - dialled;

    const toBob = alice.call('1002');
    await expect(toBob).toContainText('Ringing…');
    // Our own ringback (no early media from a browser callee), and the ring at the callee.
    await expect.poll(async () => (await alice.tones()).speaker).toBe('ringback');
    await expect.poll(async () => (await bob.tones()).ringer).toBe('ring');

    const answered = Date.now();
    await bob.answer();
    await expect(alice.button(toBob, 'Hold')).toBeVisible();
    const activeAfterMs = Date.now() - answered;
    await expect.poll(async () => (await alice.tones()).speaker).toBeUndefined();
    await expect.poll(async () => (await bob.tones()).ringer).toBeUndefined();

    await alice.expectHearing();
    await bob.expectHearing();
    // The call details show the quality estimate from getStats (every 2 s).
    await expect(toBob).toContainText('Good');

    await alice.hangUp(toBob);
    await expect(alice.cards).toHaveCount(0);
    await expect(bob.cards).toHaveCount(0);
    await alice.expectHistoryEntry('1002', 'Outgoing · Answered');
    await bob.expectHistoryEntry('Alice Example', 'Incoming · Answered');
    testInfo.annotations.push({
      type: 'timing',
      description: `Call click -> callee ringing ${ringingAfterMs} ms; Answer click -> caller active ${activeAfterMs} ms`,
    });
  });

  test('a declined call shows "Busy" to the caller, and both histories say so', async ({
    phone,
  }) => {
    const carol = await phone('1003');
    const dave = await phone('1004');
    await carol.dial('1004');
    await dave.decline();
    await expect(dave.cards).toHaveCount(0);
    // The caller's card stays a moment to say why.
    await expect(carol.call('1004')).toContainText('Busy');
    // The caller hears the busy tone, once.
    await expect.poll(async () => (await carol.toneStarts()).busy).toBe(1);
    await carol.expectHistoryEntry('1004', 'Outgoing · Busy');
    await dave.expectHistoryEntry('Carol Example', 'Incoming · Declined');
  });

  test('a call to a number the PBX does not know plays the error tone', async ({ phone }) => {
    const alice = await phone('1001');
    await alice.dial('1999');
    await expect(alice.call('1999')).toContainText(/not found|does not exist/i);
    await expect.poll(async () => (await alice.toneStarts()).error).toBe(1);
    expect((await alice.toneStarts()).busy).toBeUndefined();
  });

  test('a call the caller gives up on is a missed call for the callee', async ({ phone }) => {
    const erin = await phone('1005');
    const alice = await phone('1001');
    await erin.dial('1001');
    await expect(alice.ringingCall).toContainText('Erin Example');
    await erin.hangUp(erin.call('1001'));
    await expect(alice.cards).toHaveCount(0);
    await expect.poll(async () => (await alice.tones()).ringer).toBeUndefined();
    await expect(alice.page.getByRole('navigation')).toContainText('1');
    // Who keeps the history owns the missed-call count: in a browser the bridge, in the tab title.
    await expect(alice.page).toHaveTitle(/^\(1\) /);
    await alice.expectHistoryEntry('Erin Example', 'Incoming · Missed');
    await erin.expectHistoryEntry('1001', 'Outgoing · Cancelled');
  });

  test('declining with 603 (the setting) tells the caller "Declined"', async ({ phone }) => {
    const erin = await phone('1005');
    const dave = await phone('1004');
    await dave.openSettings();
    await dave.page.getByLabel('Decline calls with').selectOption({ label: 'Decline (603)' });
    await dave.openPhone();
    await erin.dial('1004');
    await dave.decline();
    await expect(erin.call('1004')).toContainText('Declined');
    await erin.expectHistoryEntry('1004', 'Outgoing · Declined');
  });

  test('Do not disturb turns callers away as busy and records a missed call', async ({ phone }) => {
    const bob = await phone('1002');
    const carol = await phone('1003');
    // The main view's toggle (Settings keeps only the code callers hear).
    await bob.page.getByRole('button', { name: 'Do not disturb', exact: true }).click();
    await carol.dial('1002');
    await expect(carol.call('1002')).toContainText('Busy');
    await expect(bob.cards).toHaveCount(0);
    await bob.expectHistoryEntry('Carol Example', 'Incoming · Missed');
  });

  test("a caller's display name is shown as text, never as markup", async ({ phone }) => {
    const mallory = await phone('1006');
    const erin = await phone('1005');
    let dialogs = 0;
    erin.page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await mallory.dial('1005');
    await expect(erin.ringingCall).toContainText(HOSTILE_DISPLAY_NAME);
    await expect(erin.ringingCall).toContainText('1006');
    await expect(erin.ringingCall.locator('img')).toHaveCount(0);
    await erin.decline();
    expect(dialogs).toBe(0);
  });

  test('an invalid number is refused before anything is sent', async ({ phone }) => {
    const alice = await phone('1001');
    await alice.dial('1-800-FLOWERS');
    await expect(alice.page.getByRole('alert')).toContainText('not a valid phone number');
    await alice.dial('sip:1002@softphone.test;maddr=203.0.113.1');
    await expect(alice.page.getByRole('alert')).toContainText('not a valid SIP address');
    await expect(alice.cards).toHaveCount(0);
    expect(await alice.stats()).toEqual([]);
  });
});
