import { AudioTestPage } from '../pages/audio-test-page';
import { expect, test } from './phones';

test.describe('Test audio', () => {
  test('meters the chosen microphone, plays the test sounds where calls sound, records and plays back, and lets the microphone go', async ({
    phone,
  }) => {
    // Five seconds of recording and its playback, on two shared cores.
    test.setTimeout(90_000);
    const alice = await phone('1001');
    const check = new AudioTestPage(alice.page);
    await check.watchMicrophone();

    await alice.openSettings();
    await alice.page
      .getByLabel('Speaker', { exact: true })
      .selectOption({ label: 'Fake Audio Output 1' });
    await alice.page
      .getByLabel('Ringer', { exact: true })
      .selectOption({ label: 'Fake Audio Output 2' });
    await alice.page.getByLabel('Ringer volume', { exact: true }).fill('30');
    await alice.page.getByLabel('Call volume', { exact: true }).fill('50');
    const speaker = await alice.deviceId('audiooutput', 'Fake Audio Output 1');
    const ringer = await alice.deviceId('audiooutput', 'Fake Audio Output 2');
    await check.openFromSettings();

    // The fake microphone beeps twice a second: the meter's value follows it.
    await expect.poll(() => check.meterValue(), { timeout: 10_000 }).toBeGreaterThan(20);
    expect(await check.openedTracks()).toContainEqual(
      expect.objectContaining({ readyState: 'live' }),
    );

    // Switching the microphone beside the meter: the old one closes, the new one is metered.
    await check.microphone.selectOption({ label: 'Fake Audio Input 1' });
    const chosen = await alice.deviceId('audioinput', 'Fake Audio Input 1');
    await expect
      .poll(async () => (await check.openedTracks()).filter((track) => track.readyState === 'live'))
      .toEqual([{ readyState: 'live', deviceId: chosen }]);
    await expect.poll(() => check.meterValue(), { timeout: 10_000 }).toBeGreaterThan(20);
    expect(await alice.savedSettings('audio')).toMatchObject({ microphoneId: chosen });

    await check.button('Play test sound').click();
    await expect
      .poll(() => check.testTones())
      .toMatchObject({ sound: { sinkId: speaker, volume: 0.5 } });
    await check.button('Play test ringtone').click();
    await expect
      .poll(() => check.testTones())
      .toEqual({
        sound: { sinkId: speaker, volume: 0.5 },
        ringtone: { sinkId: ringer, volume: 0.3 },
      });
    expect(await alice.toneStarts()).toMatchObject({ 'test-sound': 1, 'test-ring': 1 });

    await check.button('Record 5 seconds').click();
    await expect(check.status).toHaveText(/^Recording/);
    await expect(check.button('Record 5 seconds')).toBeDisabled();
    await expect(check.status).toHaveText(/^Playing back/, { timeout: 10_000 });
    expect(await check.playbackRoute()).toEqual({ sinkId: speaker, volume: 0.5 });
    // What the speaker gets is the beeping microphone, not silence.
    expect(await check.playbackPeakRms(4000)).toBeGreaterThan(0.01);
    await expect(check.status).toHaveText(/^Played back/, { timeout: 10_000 });
    await check.button('Play back again').click();
    await expect(check.status).toHaveText(/^Playing back/);
    expect(await check.playbackPeakRms(1500)).toBeGreaterThan(0.01);

    // Leaving the view closes the microphone: no track of it is left running.
    await check.button('Back to settings').click();
    await expect(alice.page.getByRole('button', { name: 'Test audio', exact: true })).toBeVisible();
    const tracks = await check.openedTracks();
    expect(tracks.length).toBeGreaterThanOrEqual(2);
    expect(tracks.map((track) => track.readyState)).toEqual(tracks.map(() => 'ended'));
  });

  test('says kindly when the microphone is refused, and the speaker tests still work', async ({
    phone,
  }) => {
    const alice = await phone('1001');
    const check = new AudioTestPage(alice.page);
    await check.watchMicrophone('NotAllowedError');
    await alice.openSettings();
    await check.openFromSettings();
    await expect(check.alert).toContainText('Softphone may not use the microphone');
    await expect(check.button('Record 5 seconds')).toBeDisabled();
    expect(await check.meterValue()).toBe(0);
    await check.button('Play test sound').click();
    await expect.poll(async () => (await alice.toneStarts())['test-sound']).toBe(1);
    await check.button('Try again').click();
    await expect(check.alert).toContainText('Softphone may not use the microphone');
    await check.button('Back to settings').click();
    await expect(alice.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeAttached();
  });
});
