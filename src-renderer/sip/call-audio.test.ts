import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeAudioContext, FakeAudioElement } from './testing/fake-media';
import { registeredPhone, settle } from './testing/harness';

afterEach(() => vi.unstubAllGlobals());

describe('CallAudio', () => {
  /** Every frequency the tone player has scheduled so far. */
  const frequencies = () =>
    FakeAudioContext.all.flatMap((context) =>
      context.oscillators.map((oscillator) => oscillator.frequency.value),
    );

  it('plays no ringback over early media, and keypad feedback for single digits only', async () => {
    const h = registeredPhone();
    const { id, session } = await h.dial('1002');
    session.remoteRinging(true);
    expect(h.view(id)?.earlyMedia).toBe(true);
    // A later plain 180 must not bring the ringback back over the far end's own media.
    session.remoteRinging(false);
    expect(h.phone.calls.audio.playing().speaker).toBeUndefined();
    h.phone.calls.sendDtmf(id, '1234');
    expect(frequencies()).toEqual([]);
    h.phone.calls.sendDtmf(id, '7');
    expect(frequencies().sort((x, y) => x - y)).toEqual([852, 1209]);
  });

  it.each([
    ['US', [440, 480]],
    ['DE', [425]],
  ])(
    'rings back with the %s tone and stops every tone when the call ends',
    async (country, tone) => {
      const h = registeredPhone();
      h.phone.calls.setPreferences({ doNotDisturb: false, declineCode: 486, country });
      const { id, session } = await h.dial('1002');
      session.remoteRinging();
      expect(h.phone.calls.audio.playing().speaker).toBe('ringback');
      expect([...new Set(frequencies())].sort((x, y) => x - y)).toEqual(tone);
      h.phone.calls.hangup(id);
      expect(h.phone.calls.audio.playing()).toEqual({ ringer: undefined, speaker: undefined });
    },
  );

  it('rings once for a burst of incoming calls, and counts that one start', () => {
    const h = registeredPhone();
    const calls = Array.from({ length: 12 }, (_, index) => h.incoming(`20${10 + index}`));
    expect(h.phone.calls.audio.playing().ringer).toBe('ring');
    expect(h.phone.calls.audio.toneStarts()).toEqual({ ring: 1 });
    // One of several ringing calls gone: the others keep the same ring going.
    calls[0]!.session.remoteCancel();
    expect(h.phone.calls.audio.toneStarts()).toEqual({ ring: 1 });
    for (const { session } of calls.slice(1)) session.remoteCancel();
    expect(h.phone.calls.audio.playing().ringer).toBeUndefined();
    h.incoming('2099');
    expect(h.phone.calls.audio.toneStarts()).toEqual({ ring: 2 });
  });

  it('opens no audio element for calls that only ring or are refused, one ring element for all', () => {
    const h = registeredPhone();
    const before = FakeAudioElement.all.length;
    for (let i = 0; i < 9; i++) h.incoming(`20${10 + i}`); // 8 ring, the 9th is refused 486
    expect(h.ua.last.sent).toEqual(['486']);
    // A flood of calls must not cost an <audio> element (and a setSinkId) per call: the ring's.
    expect(FakeAudioElement.all.length - before).toBe(1);
  });

  it('rings with the line’s ringtone, and changes tone when the line’s ringtone changes', () => {
    const h = registeredPhone();
    const { id } = h.incoming('1002');
    expect(h.phone.calls.audio.playing().ringer).toBe('ring');
    const line = h.phone.calls.get(id)!.view.accountId;
    h.phone.calls.setRingtones({ [line]: 'chime' });
    expect(h.phone.calls.audio.playing().ringer).toBe('ring-chime');
    expect(frequencies()).toContain(1319);
    h.phone.calls.decline(id);
    expect(h.phone.calls.audio.playing().ringer).toBeUndefined();
  });

  it('a new microphone choice reaches live calls by replaceTrack, keeping mute', async () => {
    const h = registeredPhone();
    const { id, session } = await h.established('1002');
    h.phone.calls.setMuted(id, true);
    const old = h.media.opened[0]!.getAudioTracks()[0]!;
    await h.phone.calls.setDevices({ microphoneId: 'usb-headset' });
    await settle();
    const fresh = session.connection?.sender.track;
    expect(fresh?.deviceId).toBe('usb-headset');
    expect(fresh?.enabled).toBe(false);
    expect(old.readyState).toBe('ended');
    expect(h.phone.calls.audio.devices.microphoneId).toBe('usb-headset');
  });

  it('a new speaker choice reaches the calls’ audio elements (setSinkId)', async () => {
    const h = registeredPhone();
    const { session } = await h.established('1002');
    const remote = session.connection!.remoteAudioArrives();
    const element = FakeAudioElement.all.find((candidate) => candidate.srcObject === remote);
    expect(element?.playing).toBe(true);
    await h.phone.calls.setDevices({ speakerId: 'desk-speaker' });
    await settle();
    expect(element?.sinkId).toBe('desk-speaker');
  });

  it('Test audio plays its sound on the speaker at the call volume, the ringtone on the ringer at the ringer volume', async () => {
    const h = registeredPhone();
    const audio = h.phone.calls.audio;
    await h.phone.calls.setDevices({ speakerId: 'headset', ringerId: 'desk-speaker' });
    h.phone.calls.setVolumes({ ringer: 0.3, call: 0.6 });
    expect(audio.testRoutes()).toEqual({ sound: undefined, ringtone: undefined });
    audio.testSound();
    audio.testRingtone('pulse');
    await settle();
    expect(audio.testRoutes()).toEqual({
      sound: { sinkId: 'headset', volume: 0.6 },
      ringtone: { sinkId: 'desk-speaker', volume: 0.3 },
    });
    expect(audio.toneStarts()).toEqual({ 'test-sound': 1, 'test-ring-pulse': 1 });
    expect(frequencies()).toEqual(expect.arrayContaining([523, 659, 784, 880]));
    // Once, not looping: a test ring is not a call the user must stop.
    expect(audio.playing()).toEqual({ ringer: undefined, speaker: undefined });
  });

  it('Test audio does not cut a real ring short', () => {
    const h = registeredPhone();
    h.incoming('1002');
    h.phone.calls.audio.testRingtone('chime');
    expect(h.phone.calls.audio.playing().ringer).toBe('ring');
    expect(h.phone.calls.audio.toneStarts()).toEqual({ ring: 1 });
  });
});

describe('CallAudio: ready before the first call', () => {
  it('once a line registers, the ringer is made ready while the page is idle, suspended', async () => {
    const h = registeredPhone();
    expect(FakeAudioContext.all).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(FakeAudioContext.all).toHaveLength(1);
    expect(FakeAudioContext.all[0]!.state).toBe('suspended');
    h.incoming('1002');
    expect(h.phone.calls.audio.playing().ringer).toBe('ring');
    expect(FakeAudioContext.all).toHaveLength(1);
    expect(FakeAudioContext.all[0]!.state).toBe('running');
  });
});
