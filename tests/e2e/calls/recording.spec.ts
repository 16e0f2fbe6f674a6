import type { Locator } from '@playwright/test';
import { RecordingsPage, peakRms, type DecodedRecording } from '../pages/recordings-page';
import type { CallPage } from '../pages/call-page';
import { expect, test } from './phones';

/** Audible: Chromium's fake microphone beeps well above this. */
const AUDIBLE = 0.005;
/** Silent: a disabled (muted) track or an idle far end. */
const SILENT = 0.001;
/** After each switch (mute, unmute) this much is skipped before a segment is measured. */
const SETTLE_S = 1.0;

/** A measured figure, in the report (the README quotes them). */
function figure(description: string): void {
  test.info().annotations.push({ type: 'figure', description });
}

async function record(phone: CallPage, card: Locator): Promise<number> {
  const record = phone.button(card, 'Record');
  await expect(record).toHaveAttribute('aria-pressed', 'false');
  await record.click();
  await expect(record).toHaveAttribute('aria-pressed', 'true');
  await expect(
    card.getByRole('status').filter({ hasText: /^● ?Recording \d+:\d\d$|Recording \d+:\d\d/ }),
  ).toBeVisible();
  return Date.now();
}

/** Opens Recordings, expects exactly one, and decodes it. */
async function theOnlyRecording(phone: CallPage): Promise<DecodedRecording> {
  const recordings = new RecordingsPage(phone.page);
  await recordings.open();
  await expect(recordings.rows()).toHaveCount(1);
  return recordings.playAndDecode();
}

test.describe('calls: recording', () => {
  test('a recorded call decodes, lasts the call and carries both sides', async ({ phone }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    const toBob = await alice.callAnswered('1002', bob);
    const fromAlice = bob.call('Alice Example');
    await alice.expectHearing();
    await bob.mute(fromAlice);
    await alice.expectSilence();

    // Segment A: only our microphone (the far end is muted).
    const start = await record(alice, toBob);
    await alice.page.waitForTimeout(3000);
    // Segment B: only the far end (we are muted).
    await alice.mute(toBob);
    await bob.unmute(fromAlice);
    const switchB = (Date.now() - start) / 1000;
    await alice.expectHearing();
    await alice.page.waitForTimeout(2000);
    // Segment C: both muted, the control: silence must read as silence.
    await bob.mute(fromAlice);
    const switchC = (Date.now() - start) / 1000;
    await alice.expectSilence();
    await alice.page.waitForTimeout(2000);
    await alice.hangUp(toBob);
    const lengthS = (Date.now() - start) / 1000;
    await expect(alice.cards).toHaveCount(0);

    const recordings = new RecordingsPage(alice.page);
    await recordings.open();
    await expect(recordings.rows()).toHaveCount(1);
    const row = recordings.rows().first();
    await expect(row).toContainText('1002');
    await expect(row).toContainText('1001');
    await expect(row.getByRole('button', { name: 'Download' })).toBeVisible();
    const decoded = await recordings.playAndDecode();
    figure(
      `recording: ${decoded.durationS.toFixed(2)} s for a call of ${lengthS.toFixed(2)} s; ` +
        `peaks A ${peakRms(decoded, 0.5, switchB).toFixed(4)}, ` +
        `B ${peakRms(decoded, switchB + SETTLE_S, switchC).toFixed(4)}, ` +
        `C ${peakRms(decoded, switchC + SETTLE_S, lengthS - 0.5).toFixed(4)}`,
    );
    expect(Math.abs(decoded.durationS - lengthS)).toBeLessThan(1);
    expect(peakRms(decoded, 0.5, switchB), 'our microphone is in the recording').toBeGreaterThan(
      AUDIBLE,
    );
    expect(
      peakRms(decoded, switchB + SETTLE_S, switchC),
      'the far end is in the recording',
    ).toBeGreaterThan(AUDIBLE);
    expect(
      peakRms(decoded, switchC + SETTLE_S, lengthS - 0.5),
      'both muted is silent',
    ).toBeLessThan(SILENT);

    await row.getByRole('button', { name: /^Delete the recording/ }).click();
    await expect(recordings.page.getByText('No recordings yet.')).toBeVisible();
  });

  test('one recording runs on across hold and resume', async ({ phone }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    const toBob = await alice.callAnswered('1002', bob);
    await alice.expectHearing();
    const start = await record(alice, toBob);
    await alice.page.waitForTimeout(1500);
    await alice.hold(toBob);
    await expect(toBob.getByRole('status').filter({ hasText: /Recording/ })).toBeVisible();
    await alice.page.waitForTimeout(2000);
    await alice.resume(toBob);
    const resumedAt = (Date.now() - start) / 1000;
    await alice.expectHearing();
    await alice.page.waitForTimeout(2500);
    await alice.hangUp(toBob);
    const lengthS = (Date.now() - start) / 1000;

    const decoded = await theOnlyRecording(alice);
    figure(
      `across hold: ${decoded.durationS.toFixed(2)} s for ${lengthS.toFixed(2)} s; after resume peak ${peakRms(decoded, resumedAt + SETTLE_S, lengthS - 0.3).toFixed(4)}`,
    );
    expect(Math.abs(decoded.durationS - lengthS)).toBeLessThan(1);
    expect(
      peakRms(decoded, resumedAt + SETTLE_S, lengthS - 0.3),
      'audio after resume',
    ).toBeGreaterThan(AUDIBLE);
  });

  test('Record every call records from the answer, on its own', async ({ phone }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    await alice.openSettings();
    const everyCall = alice.page.getByRole('checkbox', { name: 'Record every call' });
    await expect(everyCall).not.toBeChecked();
    await everyCall.check();
    await expect(
      alice.page.getByRole('checkbox', { name: 'Play a recording notice' }),
    ).not.toBeChecked();
    await alice.openPhone();

    const toBob = await alice.callAnswered('1002', bob);
    await expect(alice.button(toBob, 'Record')).toHaveAttribute('aria-pressed', 'true');
    await expect(toBob.getByRole('status').filter({ hasText: /Recording/ })).toBeVisible();
    await alice.expectHearing();
    await alice.page.waitForTimeout(2000);
    await alice.hangUp(toBob);

    // Bob, without the setting, recorded nothing.
    const bobs = new RecordingsPage(bob.page);
    await bobs.open();
    await expect(bob.page.getByText('No recordings yet.')).toBeVisible();

    const decoded = await theOnlyRecording(alice);
    expect(decoded.durationS).toBeGreaterThan(1.5);
    expect(peakRms(decoded, 0, decoded.durationS)).toBeGreaterThan(AUDIBLE);

    // The call's history entry leads to its recording: loaded into the player, focused.
    const history = await alice.openHistory();
    await history.getByRole('button', { name: /^Recording of the call with 1002 at / }).click();
    const player = alice.page.getByLabel('Recording of 1002', { exact: true });
    await expect(player).toHaveAttribute('src', /^blob:/);
    await expect(player).toBeFocused();
  });

  test('the recording notice reaches the far end and the recording, even with both muted', async ({
    phone,
  }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    await alice.openSettings();
    await alice.page.getByRole('checkbox', { name: 'Play a recording notice' }).check();
    await alice.openPhone();
    const toBob = await alice.callAnswered('1002', bob);
    const fromAlice = bob.call('Alice Example');
    await alice.mute(toBob);
    await bob.mute(fromAlice);
    await bob.expectSilence();

    // Bob hears the beep although Alice's microphone is off (energy is cumulative).
    const bobsEnergy = async () => (await bob.onlyCall()).audioEnergy;
    const before = await bobsEnergy();
    const start = await record(alice, toBob);
    await expect.poll(bobsEnergy, { timeout: 3000 }).toBeGreaterThan(before + 1e-4);
    await bob.expectSilence();
    await alice.page.waitForTimeout(1000);
    await alice.hangUp(toBob);
    const lengthS = (Date.now() - start) / 1000;

    const decoded = await theOnlyRecording(alice);
    figure(
      `notice: peak ${peakRms(decoded, 0, 1).toFixed(4)} in the first second, ` +
        `${peakRms(decoded, 1.5, lengthS - 0.3).toFixed(4)} after`,
    );
    expect(peakRms(decoded, 0, 1), 'the notice is in the recording').toBeGreaterThan(AUDIBLE);
    expect(peakRms(decoded, 1.5, lengthS - 0.3), 'then silence').toBeLessThan(SILENT);
  });

  test('a 3-way conference records the mix: the other party too', async ({ phone }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    const carol = await phone('1003');
    const withBob = await alice.callAnswered('1002', bob);
    const start = await record(alice, withBob);
    await alice.dial('1003');
    await carol.answer();
    const withCarol = alice.call('1003');
    await alice.mergeCalls();
    await expect(withBob).toContainText('Conference');
    // Only Carol speaks: Alice and Bob are muted.
    await alice.mute(withBob);
    await bob.mute(bob.call('Alice Example'));
    await bob.expectHearing();
    const onlyCarolFrom = (Date.now() - start) / 1000;
    await alice.page.waitForTimeout(2500);
    const onlyCarolTo = (Date.now() - start) / 1000;
    await alice.hangUp(withCarol);
    await alice.hangUp(withBob);
    await expect(alice.cards).toHaveCount(0);

    const decoded = await theOnlyRecording(alice);
    const carolPeak = peakRms(decoded, onlyCarolFrom + SETTLE_S, onlyCarolTo);
    figure(`conference: Carol alone peaks ${carolPeak.toFixed(4)} in the recording of Bob's call`);
    expect(carolPeak, 'Carol is in the recording of the call with Bob').toBeGreaterThan(AUDIBLE);
  });

  test('a blind transfer ends the recording cleanly', async ({ phone }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    const carol = await phone('1003');
    const toBob = await alice.callAnswered('1002', bob);
    await alice.expectHearing();
    const start = await record(alice, toBob);
    await alice.page.waitForTimeout(2500);
    await alice.blindTransfer(toBob, '1003');
    await expect(alice.cards).toHaveCount(0);
    const lengthS = (Date.now() - start) / 1000;
    await carol.answer();
    await carol.expectHearing();

    const decoded = await theOnlyRecording(alice);
    await expect(new RecordingsPage(alice.page).rows().first()).not.toContainText(
      /in progress|incomplete/,
    );
    figure(
      `transfer: ${decoded.durationS.toFixed(2)} s recorded before a transfer at ${lengthS.toFixed(2)} s`,
    );
    expect(Math.abs(decoded.durationS - lengthS)).toBeLessThan(1);
    expect(peakRms(decoded, 0.5, lengthS - 0.5)).toBeGreaterThan(AUDIBLE);
  });

  test('one recording runs on across a microphone switch, with the new microphone in it', async ({
    phone,
  }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    const toBob = await alice.callAnswered('1002', bob);
    // Only Alice's microphone can be in the recording.
    await bob.mute(bob.call('Alice Example'));
    await alice.expectSilence();
    const start = await record(alice, toBob);
    await alice.page.waitForTimeout(1500);
    await alice.openSettings();
    await alice.page
      .getByLabel('Microphone', { exact: true })
      .selectOption({ label: 'Fake Audio Input 1' });
    await alice.openPhone();
    const microphone = await alice.deviceId('audioinput', 'Fake Audio Input 1');
    await expect.poll(async () => (await alice.onlyCall()).microphoneId).toBe(microphone);
    const switchedAt = (Date.now() - start) / 1000;
    await alice.page.waitForTimeout(2500);
    await alice.hangUp(toBob);
    const lengthS = (Date.now() - start) / 1000;

    const decoded = await theOnlyRecording(alice);
    const after = peakRms(decoded, switchedAt + SETTLE_S, lengthS - 0.3);
    figure(
      `microphone switch: ${decoded.durationS.toFixed(2)} s for ${lengthS.toFixed(2)} s; after the switch peak ${after.toFixed(4)}`,
    );
    expect(Math.abs(decoded.durationS - lengthS)).toBeLessThan(1);
    expect(peakRms(decoded, 0.3, 1.5), 'the first microphone').toBeGreaterThan(AUDIBLE);
    expect(after, 'the new microphone').toBeGreaterThan(AUDIBLE);
  });
});
