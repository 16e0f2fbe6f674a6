import { describe, expect, it } from 'vitest';
import JsSIP from 'jssip';
import type { Socket } from 'jssip/lib/Socket';
import type { AccountProfile } from '../../src-preload/contract';
import { AccountConnection, uaConfiguration, USER_AGENT } from './account-connection';
import type { RegistrationStatus } from './registration-status';
import { fakeUaFactory, testProfile, type FakeUa } from './testing/fake-ua';

function connection() {
  const { factory, uas } = fakeUaFactory();
  const account = new AccountConnection(
    testProfile({ authUser: 'auth1001' }),
    { password: 'pw' },
    factory,
  );
  const statuses: RegistrationStatus[] = [];
  account.events.on('registration', (status) => statuses.push(status));
  account.start();
  return { account, statuses, ua: uas[0] as FakeUa, uas };
}

describe('AccountConnection', () => {
  it('configures one UA for the account and reports connecting, then registered', () => {
    const { account, statuses, ua, uas } = connection();
    account.start();
    expect(uas).toHaveLength(1);
    expect(ua.started).toBe(true);
    expect(ua.configuration).toMatchObject({
      uri: 'sip:1001@pbx.test',
      password: 'pw',
      authorization_user: 'auth1001',
      user_agent: USER_AGENT,
      register: true,
    });
    expect(account.userAgent).toBe(ua.asUa);
    ua.connectAndRegister('wss://pbx.test/ws');
    expect(statuses.map((status) => status.state)).toEqual([
      'connecting',
      'connecting',
      'connecting',
      'registered',
    ]);
    expect(account.status).toEqual({ state: 'registered', server: 'wss://pbx.test/ws' });
  });

  it.each([
    [401, 'Authentication Error', 'wrong-password', '401 Unauthorized'],
    [403, 'Rejected', 'forbidden', '403 Forbidden'],
  ])(
    'a %i on REGISTER is a refusal the user must fix: no retrying',
    (code, cause, problem, detail) => {
      const { account, ua } = connection();
      ua.registrationFails(cause, code, detail.slice(4));
      expect(account.status).toMatchObject({ state: 'failed', problem, detail, retrying: false });
    },
  );

  it('a transport failure on REGISTER keeps retrying and says so', () => {
    const { account, ua } = connection();
    ua.registrationFails('Connection Error');
    expect(account.status).toMatchObject({
      state: 'failed',
      problem: 'unreachable',
      detail: 'Connection Error',
      retrying: true,
    });
  });

  it('a dropped socket is unreachable-and-retrying, and stays so while JsSIP reconnects', () => {
    const { account, ua } = connection();
    ua.connectAndRegister();
    ua.dropTransport('wss://pbx.test/ws', 1006);
    expect(account.status).toEqual({
      state: 'failed',
      problem: 'unreachable',
      server: 'wss://pbx.test/ws',
      detail: 'WebSocket closed (1006)',
      retrying: true,
    });
    ua.emit('connecting', { socket: { url: 'wss://pbx.test/ws' } });
    expect(account.status).toMatchObject({
      state: 'failed',
      problem: 'unreachable',
      retrying: true,
    });
    ua.connectAndRegister();
    expect(account.status.state).toBe('registered');
  });

  it("says 'reconnected' once registered again after a dropped socket, not on a first or refreshed registration", () => {
    const { account, ua } = connection();
    let reconnected = 0;
    account.events.on('reconnected', () => (reconnected += 1));
    ua.connectAndRegister();
    ua.registered = false;
    ua.registrationSucceeds();
    expect(reconnected).toBe(0);
    ua.dropTransport();
    expect(reconnected).toBe(0);
    ua.connectAndRegister();
    expect(reconnected).toBe(1);
    ua.registered = false;
    ua.registrationSucceeds();
    expect(reconnected).toBe(1);
  });

  it('hands on incoming sessions only, and always listens for them (else JsSIP answers 405)', () => {
    const { account, ua } = connection();
    const incoming: unknown[] = [];
    account.events.on('incoming', ({ session }) => incoming.push(session));
    expect(ua.listenerCount('newRTCSession')).toBe(1);
    ua.call('1002', {});
    expect(incoming).toEqual([]);
    const session = ua.receiveCall('1002');
    expect(incoming).toEqual([session]);
  });

  it('stop() stops the UA once, goes offline and ignores the UA afterwards', () => {
    const { account, statuses, ua } = connection();
    ua.connectAndRegister();
    account.stop();
    account.stop();
    expect(ua.stopped).toBe(true);
    expect(account.userAgent).toBeNull();
    expect(account.status).toEqual({ state: 'offline' });
    const count = statuses.length;
    // JsSIP still reports the socket closing after stop(): that is no failure.
    ua.dropTransport();
    ua.emit('unregistered', {});
    expect(statuses).toHaveLength(count);
  });

  it('hands JsSIP every server with descending weights, so it prefers them in order', () => {
    const servers = ['wss://a.pbx.test/ws', 'wss://b.pbx.test/ws', 'wss://c.pbx.test/ws'];
    const sockets = uaConfiguration(testProfile({ servers }), { password: 'pw' }).sockets as {
      socket: Socket;
      weight: number;
    }[];
    expect(sockets.map(({ socket, weight }) => [socket.url, weight])).toEqual([
      ['wss://a.pbx.test/ws', 3],
      ['wss://b.pbx.test/ws', 2],
      ['wss://c.pbx.test/ws', 1],
    ]);
  });

  it("gives JsSIP the line's saved instance id, the same on every connect", () => {
    const instanceId = '7d1f3c52-5a4e-4b8e-9b61-2f0c7e5d9a10';
    const { factory, uas } = fakeUaFactory();
    for (let i = 0; i < 2; i++) {
      const account = new AccountConnection(
        testProfile({ instanceId }),
        { password: 'pw' },
        factory,
      );
      account.start();
      account.stop();
    }
    expect(uas.map((ua) => ua.configuration.instance_id)).toEqual([instanceId, instanceId]);
  });

  it("a real JsSIP UA puts the saved instance id in its Contact's +sip.instance", () => {
    const instanceId = '7d1f3c52-5a4e-4b8e-9b61-2f0c7e5d9a10';
    // The Registrator's Contact is private; read it here so a JsSIP upgrade that changes it shows.
    const sipInstance = (profile: AccountProfile) => {
      const ua = new JsSIP.UA(uaConfiguration(profile, { password: 'pw' })) as unknown as {
        _registrator: { _contact: string };
      };
      return /\+sip\.instance="<urn:uuid:([^>]+)>"/.exec(ua._registrator._contact)?.[1];
    };
    expect(sipInstance(testProfile({ instanceId }))).toBe(instanceId);
    expect(sipInstance(testProfile({ instanceId }))).toBe(instanceId);
    // Without one JsSIP draws a new instance per UA: the leak the saved id closes.
    expect(sipInstance(testProfile())).not.toBe(sipInstance(testProfile()));
  });

  describe('the HA1 handover', () => {
    const HA1 = '0123456789abcdef0123456789abcdef';

    it('after the first registration with the password, hands on the HA1 once and uses it from then on', () => {
      const { account, ua } = connection();
      const handed: unknown[] = [];
      account.events.on('credential', (credential) => handed.push(credential));
      ua.answeredChallenge('pbx.test', HA1);
      ua.connectAndRegister();
      expect(handed).toEqual([{ ha1: HA1, realm: 'pbx.test' }]);
      // A later registration (a refresh after a drop) hands nothing on again.
      ua.dropTransport();
      ua.registered = false;
      ua.connectAndRegister();
      expect(handed).toHaveLength(1);
    });

    it('keeps the password when the registrar never challenged (JsSIP has no HA1 to give)', () => {
      const { account, ua } = connection();
      const handed: unknown[] = [];
      account.events.on('credential', (credential) => handed.push(credential));
      ua.connectAndRegister();
      expect(handed).toEqual([]);
    });

    it('a line started with an HA1 gives JsSIP the HA1 and realm, never a password', () => {
      const { factory, uas } = fakeUaFactory();
      const account = new AccountConnection(
        testProfile(),
        { ha1: HA1, realm: 'pbx.test' },
        factory,
      );
      const handed: unknown[] = [];
      account.events.on('credential', (credential) => handed.push(credential));
      account.start();
      const ua = uas[0] as FakeUa;
      expect(ua.configuration).toMatchObject({ ha1: HA1, realm: 'pbx.test' });
      expect(ua.configuration).not.toHaveProperty('password');
      ua.connectAndRegister();
      expect(handed).toEqual([]);
    });
  });
});
