import { expect, test } from './phones';

test.describe('calls: audio devices', () => {
  test('microphone and speaker can be switched mid-call; the choice is remembered', async ({
    phone,
  }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    const card = await alice.callAnswered('1002', bob);
    await bob.expectHearing();
    expect((await alice.onlyCall()).microphoneId).toBe('default');

    await alice.openSettings();
    await alice.page
      .getByLabel('Microphone', { exact: true })
      .selectOption({ label: 'Fake Audio Input 1' });
    await alice.page
      .getByLabel('Speaker', { exact: true })
      .selectOption({ label: 'Fake Audio Output 1' });
    await alice.page
      .getByLabel('Ringer', { exact: true })
      .selectOption({ label: 'Fake Audio Output 2' });
    await alice.openPhone();

    const microphone = await alice.deviceId('audioinput', 'Fake Audio Input 1');
    const speaker = await alice.deviceId('audiooutput', 'Fake Audio Output 1');
    const ringer = await alice.deviceId('audiooutput', 'Fake Audio Output 2');
    await expect.poll(async () => (await alice.onlyCall()).microphoneId).toBe(microphone);
    expect(await alice.devicesInUse()).toEqual({
      microphoneId: microphone,
      speakerId: speaker,
      ringerId: ringer,
    });
    // The call went on: Bob hears the new microphone, Alice still hears Bob.
    await bob.expectHearing();
    await alice.expectHearing();
    await alice.hangUp(card);

    expect(await alice.savedSettings('audio')).toEqual({
      microphoneId: microphone,
      speakerId: speaker,
      ringerId: ringer,
      ringerVolume: 80,
      callVolume: 100,
    });
  });

  test('ringer volume and call volume are set apart, and reach a live call', async ({ phone }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    const volumes = () =>
      alice.page.evaluate(() =>
        (
          globalThis as unknown as {
            __softphoneDebug: { volumes(): { ringer: number; call: number; calls: number[] } };
          }
        ).__softphoneDebug.volumes(),
      );
    expect(await volumes()).toEqual({ ringer: 0.8, call: 1, calls: [] });
    const card = await alice.callAnswered('1002', bob);
    await alice.openSettings();
    await alice.page.getByLabel('Ringer volume', { exact: true }).fill('30');
    await alice.page.getByLabel('Call volume', { exact: true }).fill('50');
    await expect.poll(volumes).toEqual({ ringer: 0.3, call: 0.5, calls: [0.5] });
    expect(await alice.savedSettings('audio')).toMatchObject({ ringerVolume: 30, callVolume: 50 });
    await alice.openPhone();
    await alice.hangUp(card);
  });
});
