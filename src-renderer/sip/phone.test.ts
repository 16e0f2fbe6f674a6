import { afterEach, describe, expect, it, vi } from 'vitest';
import { Phone } from './phone';
import { installFakeMedia } from './testing/fake-media';
import { fakeUaFactory, testProfile } from './testing/fake-ua';
import { registeredPhone, settle } from './testing/harness';

afterEach(() => vi.unstubAllGlobals());

describe('Phone', () => {
  it('registers several accounts at once, each on its own UA, and routes their calls', () => {
    installFakeMedia();
    const { factory, uas } = fakeUaFactory();
    const phone = new Phone(factory);
    const registrations: [string, string][] = [];
    phone.events.on('registration', ({ accountId, status }) =>
      registrations.push([accountId, status.state]),
    );
    phone.connect(testProfile({ id: 'a' }), { password: 'pw-a' });
    phone.connect(testProfile({ id: 'b', extension: '2001' }), { password: 'pw-b' });
    expect(uas.map((ua) => ua.configuration.uri)).toEqual([
      'sip:1001@pbx.test',
      'sip:2001@pbx.test',
    ]);
    uas[1]!.connectAndRegister();
    expect(registrations.at(-1)).toEqual(['b', 'registered']);
    expect(phone.connection('a')?.status.state).toBe('connecting');
    uas[1]!.receiveCall('1002');
    expect(phone.calls.views().map((view) => view.accountId)).toEqual(['b']);
  });

  it('a line subscribes to its mailbox and its busy lamps once registered, not before', () => {
    installFakeMedia();
    const { factory, uas } = fakeUaFactory();
    const phone = new Phone(factory);
    phone.connect(testProfile({ id: 'a', watched: ['1002'] }), { password: 'pw' });
    expect(uas[0]!.subscriptions).toEqual([]);
    uas[0]!.connectAndRegister();
    expect(uas[0]!.subscriptions).toEqual([
      'message-summary sip:1001@pbx.test',
      'dialog sip:1002@pbx.test',
    ]);
    phone.setWatched('a', ['1002', '1003']);
    expect(uas[0]!.subscriptions.at(-1)).toBe('dialog sip:1003@pbx.test');
  });

  it('connecting again replaces the account’s UA with a fresh one', () => {
    installFakeMedia();
    const { factory, uas } = fakeUaFactory();
    const phone = new Phone(factory);
    phone.connect(testProfile(), { password: 'old' });
    phone.connect(testProfile(), { password: 'new' });
    expect(uas[0]!.stopped).toBe(true);
    expect(uas[1]!.configuration.password).toBe('new');
    phone.disconnectAll();
    expect(uas[1]!.stopped).toBe(true);
    expect(phone.connection('acc1')).toBeUndefined();
  });

  it('a transport that drops while a call rings: the account says unreachable, the call rings on', () => {
    const h = registeredPhone();
    const registrations: string[] = [];
    h.phone.events.on('registration', ({ status }) =>
      registrations.push(`${status.state}/${status.problem ?? ''}/${status.retrying ?? ''}`),
    );
    const { id, session } = h.incoming('1002');
    h.ua.dropTransport();
    expect(registrations).toEqual(['failed/unreachable/true']);
    // JsSIP ends nothing on a socket drop: the caller may still cancel after the reconnect.
    expect(h.view(id)?.phase).toBe('ringing');
    expect(h.phone.calls.audio.playing().ringer).toBe('ring');
    h.ua.connectAndRegister();
    expect(h.phone.connection('acc1')?.status.state).toBe('registered');
    session.remoteCancel();
    expect(h.ended.at(-1)).toMatchObject({ id, outcome: 'missed', endReason: 'cancelled' });
  });

  it('a transport error reported on a ringing call ends it as a network failure', async () => {
    const h = registeredPhone();
    const { id, session } = await h.dial('1002');
    session.remoteRinging();
    h.ua.dropTransport();
    // As RTCSession.onTransportError → terminate(): JsSIP reports it as a failure of the system.
    session.status = session.C.STATUS_TERMINATED;
    session.emit('failed', { originator: 'system', message: null, cause: 'Connection Error' });
    expect(h.ended.at(-1)).toMatchObject({ id, outcome: 'failed', endReason: 'network' });
  });

  it('signing out ends the account’s calls (JsSIP’s UA.stop terminates them)', async () => {
    const h = registeredPhone();
    const { session } = await h.established('1002');
    h.phone.disconnect('acc1');
    await settle();
    expect(session.sent).toContain('BYE');
    expect(h.phone.calls.views()).toEqual([]);
    expect(h.ended.at(-1)).toMatchObject({ outcome: 'answered', endReason: 'hangup' });
  });

  it('exposes a call’s streams: our microphone and what we receive', async () => {
    const h = registeredPhone();
    const { id, session } = await h.established('1002');
    const remote = session.connection!.remoteAudioArrives();
    expect(h.phone.callStreams(id)).toEqual({ local: h.media.opened[0], remote });
    expect(h.phone.callStreams('gone')).toBeUndefined();
  });
});

describe('Phone.wake', () => {
  it('a registered line probes its connection; a line waiting to retry sends its REGISTER now', () => {
    vi.useFakeTimers();
    try {
      const { factory, uas } = fakeUaFactory();
      const phone = new Phone(factory);
      phone.connect(testProfile({ id: 'a' }), { password: 'pw-a' });
      phone.connect(testProfile({ id: 'b', extension: '2001' }), { password: 'pw-b' });
      const [registered, waiting] = uas as [(typeof uas)[0], (typeof uas)[0]];
      registered.connectAndRegister();
      waiting.connectAndRegister();
      waiting.registrationFails('SIP Failure Code', 503, 'Service Unavailable', {
        'Retry-After': '120',
      });
      phone.wake();
      expect(registered.optionsSent.map((sent) => sent.target)).toEqual(['sip:pbx.test']);
      expect(registered.registerRequests).toBe(0);
      expect(waiting.registerRequests).toBe(1);
      phone.disconnectAll();
    } finally {
      vi.useRealTimers();
    }
  });
});
