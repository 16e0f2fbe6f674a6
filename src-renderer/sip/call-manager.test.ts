import { afterEach, describe, expect, it, vi } from 'vitest';
import { registeredPhone, settle } from './testing/harness';
import { testProfile } from './testing/fake-ua';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('CallManager: placing a call', () => {
  it('dials with our own microphone, rings back on 180 and goes active on 200', async () => {
    const h = registeredPhone();
    const { id, session } = await h.dial('1002');
    expect(h.view(id)).toMatchObject({ phase: 'dialing', remoteUri: 'sip:1002@pbx.test' });
    expect(session.connection?.sender.track).toBe(h.media.opened[0]?.getAudioTracks()[0]);
    session.remoteRinging();
    expect(h.view(id)?.phase).toBe('early');
    expect(h.phone.calls.audio.playing().speaker).toBe('ringback');
    session.remoteAnswer();
    expect(h.view(id)).toMatchObject({ phase: 'active', answeredAt: expect.any(Number) });
    expect(h.phone.calls.audio.playing().speaker).toBeUndefined();
    h.phone.calls.hangup(id);
    expect(session.sent).toContain('BYE');
    expect(h.ended.at(-1)).toMatchObject({ id, outcome: 'answered', endReason: 'hangup' });
    expect(h.phone.calls.views()).toEqual([]);
  });

  it('refuses to dial while not registered, with a message', () => {
    const h = registeredPhone();
    h.ua.dropTransport();
    expect(() => h.phone.calls.dial('acc1', '1002', '1002')).toThrow(/Not registered as 1001/);
    expect(() => h.phone.calls.dial('nobody', '1002', '1002')).toThrow(/Sign in/);
  });

  it('a busy far end ends the call busy', async () => {
    const h = registeredPhone();
    const { id, session } = await h.dial('1002');
    session.remoteReject(486, 'Busy');
    expect(h.ended.at(-1)).toMatchObject({ id, outcome: 'busy', endReason: 'busy' });
  });

  it('a refused microphone ends the call before any INVITE, reason microphone', async () => {
    const h = registeredPhone();
    h.media.failWith = 'NotAllowedError';
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const id = h.phone.calls.dial('acc1', '1002', '1002');
    await settle();
    expect(h.ua.sessions).toHaveLength(0);
    expect(h.ended.at(-1)).toMatchObject({ id, outcome: 'failed', endReason: 'microphone' });
  });

  it('hanging up after a 180 marks the session cancelled, so a 200 crossing the CANCEL is ACKed and BYEd (JsSIP #836)', async () => {
    const h = registeredPhone();
    const { id, session } = await h.dial('1002');
    session.remoteRinging();
    h.phone.calls.hangup(id);
    expect(session.sent).toEqual(['CANCEL']);
    expect(h.ended.at(-1)).toMatchObject({ id, outcome: 'cancelled' });
    session.remoteAnswer();
    expect(session.sent).toEqual(['CANCEL', 'ACK', 'BYE']);
  });
});

describe('CallManager: receiving a call', () => {
  it('rings, then answers with our microphone and goes active', async () => {
    const h = registeredPhone();
    const { id, session } = h.incoming('1002', 'Bob');
    expect(h.view(id)).toMatchObject({ phase: 'ringing', remoteNumber: '1002', remoteName: 'Bob' });
    expect(h.phone.calls.audio.playing().ringer).toBe('ring');
    h.phone.calls.answer(id);
    await settle();
    expect(session.answerOptions?.mediaStream).toBe(h.media.opened[0]);
    expect(h.view(id)?.phase).toBe('active');
    expect(h.phone.calls.audio.playing().ringer).toBeUndefined();
  });

  it.each([486, 603] as const)('declines with the chosen code %i, outcome declined', (code) => {
    const h = registeredPhone();
    h.phone.calls.setPreferences({ doNotDisturb: false, declineCode: code, country: 'US' });
    const { id, session } = h.incoming('1002');
    h.phone.calls.hangup(id);
    expect(session.sent).toEqual([String(code)]);
    expect(h.ended.at(-1)).toMatchObject({ id, outcome: 'declined', endReason: 'declined' });
  });

  it('a caller who gives up leaves a missed call; "answered elsewhere" says so', () => {
    const h = registeredPhone();
    const first = h.incoming('1002');
    first.session.remoteCancel();
    expect(h.ended.at(-1)).toMatchObject({
      id: first.id,
      outcome: 'missed',
      endReason: 'cancelled',
    });
    const second = h.incoming('1003');
    second.session.remoteCancel('SIP;cause=200;text="Call completed elsewhere"');
    expect(h.ended.at(-1)).toMatchObject({ outcome: 'missed', endReason: 'answered-elsewhere' });
  });

  it('do-not-disturb refuses at once with 486 and records a missed call, never ringing', () => {
    const h = registeredPhone();
    h.phone.calls.setPreferences({ doNotDisturb: true, declineCode: 603, country: 'US' });
    const session = h.ua.receiveCall('1002');
    expect(session.sent).toEqual(['486']);
    expect(h.changes).toEqual([]);
    expect(h.phone.calls.views()).toEqual([]);
    expect(h.ended.at(-1)).toMatchObject({ outcome: 'missed', endReason: 'dnd' });
    expect(h.phone.calls.audio.playing().ringer).toBeUndefined();
  });

  it('refuses busy (486) beyond eight live calls, as declined', () => {
    const h = registeredPhone();
    for (let i = 0; i < 8; i++) h.ua.receiveCall(`20${i}`);
    expect(h.phone.calls.views()).toHaveLength(8);
    const ninth = h.ua.receiveCall('209');
    expect(ninth.sent).toEqual(['486']);
    expect(h.phone.calls.views()).toHaveLength(8);
    expect(h.ended.at(-1)).toMatchObject({ outcome: 'declined', endReason: 'declined' });
  });

  it('answering a second call holds the first', async () => {
    const h = registeredPhone();
    const first = await h.established('1002');
    const second = h.incoming('1003');
    expect(h.phone.calls.audio.playing().speaker).toBe('call-waiting');
    h.phone.calls.answer(second.id);
    await settle();
    expect(first.session.sent).toContain('re-INVITE hold');
    expect(h.view(first.id)?.phase).toBe('held');
    expect(h.view(second.id)?.phase).toBe('active');
  });
});

describe('CallManager: in a call', () => {
  it('hold and resume send re-INVITEs and follow them', async () => {
    const h = registeredPhone();
    const { id, session } = await h.established('1002');
    await h.phone.calls.hold(id);
    expect(h.view(id)).toMatchObject({ phase: 'held', localHold: true });
    await h.phone.calls.resume(id);
    expect(session.sent).toEqual(['ACK', 're-INVITE hold', 're-INVITE unhold']);
    expect(h.view(id)).toMatchObject({ phase: 'active', localHold: false });
  });

  it('a hold whose re-INVITE fails ends the call (as JsSIP does), and hold() still resolves', async () => {
    const h = registeredPhone();
    const { id, session } = await h.established('1002');
    session.reofferReply = 'manual';
    const holding = h.phone.calls.hold(id);
    session.finishReoffer(false);
    await holding;
    expect(h.ended.at(-1)).toMatchObject({ id, outcome: 'answered', endReason: 'media' });
  });

  it('waits for an offer in flight before holding, and gives up after 5 s', async () => {
    vi.useFakeTimers();
    const h = registeredPhone();
    const { id, session } = await h.established('1002');
    session.reofferReply = 'manual';
    session.pendingReoffer = { kind: 'unhold' };
    const holding = h.phone.calls.hold(id);
    await vi.advanceTimersByTimeAsync(5100);
    await holding;
    expect(session.sent).not.toContain('re-INVITE hold');
  });

  it('mute and unmute reach the session; the far end holding us is remoteHold', async () => {
    const h = registeredPhone();
    const { id, session } = await h.established('1002');
    h.phone.calls.setMuted(id, true);
    expect(session.isMuted().audio).toBe(true);
    expect(h.view(id)?.muted).toBe(true);
    h.phone.calls.setMuted(id, false);
    expect(h.view(id)?.muted).toBe(false);
    session.remoteHold(true);
    expect(h.view(id)).toMatchObject({ remoteHold: true, phase: 'active' });
  });

  it.each([
    ['rfc2833', 'RFC2833'],
    ['info', 'INFO'],
  ] as const)('DTMF in %s mode goes out as %s', async (dtmfMode, transportType) => {
    const h = registeredPhone(testProfile({ dtmfMode }));
    const { id, session } = await h.established('1002');
    h.phone.calls.sendDtmf(id, '5');
    h.phone.calls.sendDtmf(id, '1234#');
    expect(session.dtmf).toEqual([
      { tones: '5', transportType },
      { tones: '1234#', transportType },
    ]);
    expect(() => h.phone.calls.sendDtmf(id, '5; drop')).toThrow(/Invalid DTMF/);
    session.remoteDtmf('9');
    expect(h.view(id)?.dtmfReceived).toBe('9');
  });

  it('sends no DTMF before the far end answers or rings', async () => {
    const h = registeredPhone();
    const { id, session } = await h.dial('1002');
    h.phone.calls.sendDtmf(id, '1');
    expect(session.dtmf).toEqual([]);
  });

  it('swap resumes the chosen call and holds the other', async () => {
    const h = registeredPhone();
    const a = await h.established('1002');
    const b = await h.established('1003');
    expect(h.view(a.id)?.phase).toBe('held');
    await h.phone.calls.swap(a.id);
    expect(h.view(a.id)?.phase).toBe('active');
    expect(h.view(b.id)?.phase).toBe('held');
  });

  it('the far end hanging up ends an answered call remote-hangup', async () => {
    const h = registeredPhone();
    const { id, session } = await h.established('1002');
    session.remoteBye();
    expect(h.ended.at(-1)).toMatchObject({ id, outcome: 'answered', endReason: 'remote-hangup' });
    expect(() => h.phone.calls.hangup(id)).toThrow(/ended/);
  });
});

describe('CallManager: a granted microphone does not hold up the INVITE', () => {
  /** A phone whose browser says the microphone is granted, and whose microphone opens on cue. */
  async function grantedPhone() {
    const h = registeredPhone();
    vi.stubGlobal('navigator', {
      mediaDevices: h.media,
      permissions: {
        query: () => Promise.resolve({ state: 'granted', addEventListener: () => undefined }),
      },
    });
    // The first dial asks the Permissions API; hang it up, the next ones know.
    const first = await h.dial('1009');
    h.phone.calls.hangup(first.id);
    const pending: Array<() => void> = [];
    const open = h.media.getUserMedia;
    Object.assign(h.media, {
      getUserMedia: (constraints: MediaStreamConstraints) =>
        new Promise((resolve) => pending.push(() => resolve(open(constraints)))),
    });
    const openMicrophone = async () => {
      await settle(); // the INVITE goes out first, then the device is asked
      pending.shift()?.();
      await settle();
    };
    return { h, openMicrophone, asked: () => pending.length };
  }

  it('sends the INVITE on a silent stand-in, then puts the microphone on the same sender', async () => {
    const { h, openMicrophone, asked } = await grantedPhone();
    const id = h.phone.calls.dial('acc1', '1002', '1002');
    const session = h.ua.last;
    expect(h.ua.sessions).toHaveLength(2); // before getUserMedia answered
    expect(asked()).toBe(0); // nor asked: the device waits for the INVITE to go out
    await settle();
    expect(asked()).toBe(1);
    const standIn = session.connection!.sender.track!;
    expect(standIn.deviceId).toBe('mix'); // the Web Audio destination, not a microphone
    await openMicrophone();
    const microphone = h.media.opened.at(-1)!.getAudioTracks()[0]!;
    expect(session.connection!.sender.track).toBe(microphone);
    expect(h.phone.callStreams(id)?.local).toBe(h.media.opened.at(-1));
    expect(standIn.readyState).toBe('ended');
  });

  it('a mute pressed before the microphone opened carries over to it', async () => {
    const { h, openMicrophone } = await grantedPhone();
    const id = h.phone.calls.dial('acc1', '1002', '1002');
    const session = h.ua.last;
    session.remoteRinging();
    session.remoteAnswer();
    h.phone.calls.setMuted(id, true);
    await openMicrophone();
    expect(h.view(id)?.muted).toBe(true);
    expect(session.connection!.sender.track?.enabled).toBe(false);
  });

  it('a microphone that fails after the INVITE cancels the call, reason microphone, and the next call asks first', async () => {
    const { h } = await grantedPhone();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let unplug = () => {};
    Object.assign(h.media, {
      getUserMedia: () =>
        new Promise((_, reject) => {
          unplug = () => reject(new DOMException('unplugged', 'NotFoundError'));
        }),
    });
    const id = h.phone.calls.dial('acc1', '1002', '1002');
    const session = h.ua.last;
    session.remoteRinging();
    await settle();
    unplug();
    await settle();
    expect(session.sent).toContain('CANCEL');
    expect(h.ended.at(-1)).toMatchObject({ id, outcome: 'failed', endReason: 'microphone' });
    const sessions = h.ua.sessions.length;
    h.phone.calls.dial('acc1', '1002', '1002');
    expect(h.ua.sessions).toHaveLength(sessions); // waits for the microphone this time
  });

  it('a call hung up before the microphone opened closes the microphone at once', async () => {
    const { h, openMicrophone } = await grantedPhone();
    const id = h.phone.calls.dial('acc1', '1002', '1002');
    h.phone.calls.hangup(id);
    await openMicrophone();
    expect(h.media.opened.at(-1)!.getAudioTracks()[0]!.readyState).toBe('ended');
  });
});
