import JsSIP from 'jssip';
import type { Socket } from 'jssip/lib/Socket';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountConnection, uaConfiguration } from './account-connection';
import { dropConnection, reconnectNow } from './jssip-workarounds';
import { KEEP_ALIVE_INTERVAL_MS, KEEP_ALIVE_TIMEOUT_MS } from './keep-alive';
import { NOT_RESPONDING_MS } from './register-deadline';
import { fakeUaFactory, testProfile, type FakeUa } from './testing/fake-ua';

// The fake UA has no JsSIP transport: record what the engine asks of it instead.
vi.mock('./jssip-workarounds', () => ({
  dropConnection: vi.fn(() => true),
  reconnectNow: vi.fn(() => true),
}));

function line() {
  const { factory, uas } = fakeUaFactory();
  const account = new AccountConnection(testProfile(), { password: 'pw' }, factory);
  account.start();
  return { account, ua: uas[0] as FakeUa };
}

/** The socket opens; the REGISTER is not answered yet. */
function connect(ua: FakeUa, url = 'wss://pbx.test/ws'): void {
  ua.emit('connecting', { socket: { url } });
  ua.connected = true;
  ua.emit('connected', { socket: { url } });
}

describe('AccountConnection: keep-alive', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.mocked(dropConnection).mockClear();
    vi.mocked(reconnectNow).mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends OPTIONS to the domain every 25 s while connected, and keeps the connection while answered', () => {
    const { ua } = line();
    ua.connectAndRegister();
    for (let probe = 0; probe < 4; probe++) {
      vi.advanceTimersByTime(KEEP_ALIVE_INTERVAL_MS);
      expect(ua.optionsSent.map((sent) => sent.target)).toEqual(['sip:pbx.test']);
      // Any final answer proves the path: a 404 as much as a 200.
      ua.answerOptions(probe % 2 ? 404 : 200);
    }
    vi.advanceTimersByTime(KEEP_ALIVE_TIMEOUT_MS);
    expect(dropConnection).not.toHaveBeenCalled();
  });

  it('an unanswered keep-alive drops the connection after 5 s and reconnects at once', () => {
    const { account, ua } = line();
    ua.connectAndRegister();
    vi.advanceTimersByTime(KEEP_ALIVE_INTERVAL_MS + KEEP_ALIVE_TIMEOUT_MS - 1);
    expect(dropConnection).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(dropConnection).toHaveBeenCalledWith(account.userAgent, 'no answer to the keep-alive');
    expect(reconnectNow).toHaveBeenCalledWith(account.userAgent);
  });

  it('sends no keep-alive while the socket is down, nor after stop()', () => {
    const { account, ua } = line();
    ua.connectAndRegister();
    ua.dropTransport();
    vi.advanceTimersByTime(3 * KEEP_ALIVE_INTERVAL_MS);
    expect(ua.optionsSent).toHaveLength(0);
    connect(ua);
    account.stop();
    vi.advanceTimersByTime(3 * KEEP_ALIVE_INTERVAL_MS);
    expect(ua.optionsSent).toHaveLength(0);
  });
});

describe('AccountConnection: not responding', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.mocked(dropConnection).mockClear();
    vi.mocked(reconnectNow).mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a REGISTER unanswered for 12 s says the server is not responding, with Retry now', () => {
    const { account, ua } = line();
    connect(ua);
    vi.advanceTimersByTime(NOT_RESPONDING_MS - 1);
    expect(account.status.state).toBe('connecting');
    vi.advanceTimersByTime(1);
    expect(account.status).toEqual({
      state: 'failed',
      problem: 'not-responding',
      server: 'wss://pbx.test/ws',
      retrying: true,
    });
    // The attempt goes on: an answer that comes late still registers the line.
    ua.registrationSucceeds();
    expect(account.status.state).toBe('registered');
  });

  it('Retry now while not responding drops that connection and connects again', () => {
    const { account, ua } = line();
    connect(ua);
    vi.advanceTimersByTime(NOT_RESPONDING_MS);
    account.retryNow();
    expect(dropConnection).toHaveBeenCalledWith(account.userAgent, 'not responding');
    expect(reconnectNow).toHaveBeenCalledTimes(1);
  });

  it('an answer in time, a failure or a dropped socket leaves no "not responding" behind', () => {
    const { account, ua } = line();
    ua.connectAndRegister();
    vi.advanceTimersByTime(2 * NOT_RESPONDING_MS);
    expect(account.status.state).toBe('registered');
    ua.dropTransport();
    vi.advanceTimersByTime(2 * NOT_RESPONDING_MS);
    expect(account.status.problem).toBe('unreachable');
    connect(ua);
    ua.registrationFails('SIP Failure Code', 403, 'Forbidden');
    vi.advanceTimersByTime(2 * NOT_RESPONDING_MS);
    expect(account.status.problem).toBe('forbidden');
  });
});

describe('AccountConnection: wake', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.mocked(reconnectNow).mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a line waiting to reconnect tries at once', () => {
    const { account, ua } = line();
    ua.connectAndRegister();
    ua.dropTransport();
    account.wake();
    expect(reconnectNow).toHaveBeenCalledWith(account.userAgent);
  });

  it('a line waiting to send its REGISTER again sends it at once', () => {
    const { account, ua } = line();
    ua.connectAndRegister();
    ua.registrationFails('Request Timeout');
    account.wake();
    expect(ua.registerRequests).toBe(1);
    expect(reconnectNow).not.toHaveBeenCalled();
  });

  it('a registered line checks its connection with a keep-alive now', () => {
    const { account, ua } = line();
    ua.connectAndRegister();
    vi.advanceTimersByTime(10_000);
    account.wake();
    expect(ua.optionsSent).toHaveLength(1);
    expect(reconnectNow).not.toHaveBeenCalled();
  });
});

/** A socket that never connects: each attempt fails at once, and is timed. */
function refusingSocket(attempts: number[]) {
  const socket = {
    url: 'wss://pbx.test/ws',
    via_transport: 'WSS',
    sip_uri: 'sip:pbx.test;transport=ws',
    connect: () => {
      attempts.push(Date.now());
      queueMicrotask(() => socket.ondisconnect(true, 1006, ''));
    },
    disconnect: () => undefined,
    send: () => true,
    isConnected: () => false,
    isConnecting: () => false,
    onconnect: () => undefined,
    ondisconnect: (_error: boolean, _code?: number, _reason?: string) => undefined,
    ondata: (_data: unknown) => undefined,
  };
  return socket as unknown as Socket;
}

describe("JsSIP's reconnection with our configuration (a real UA)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([0, 0.5, 0.999])(
    'a dead server is tried every 2-8 s, a handful of times a minute (random %s)',
    async (random) => {
      vi.useFakeTimers();
      vi.spyOn(Math, 'random').mockReturnValue(random);
      const { connection_recovery_min_interval, connection_recovery_max_interval } =
        uaConfiguration(testProfile(), { password: 'pw' });
      const attempts: number[] = [];
      const ua = new JsSIP.UA({
        sockets: [refusingSocket(attempts)],
        uri: 'sip:1001@pbx.test',
        register: false,
        connection_recovery_min_interval,
        connection_recovery_max_interval,
      });
      ua.start();
      await vi.advanceTimersByTimeAsync(60_000);
      ua.stop();
      const gaps = attempts.slice(1).map((at, index) => at - attempts[index]!);
      // The server that comes back is found within 8 s (30 s before: registered 22 s late).
      expect(Math.max(...gaps)).toBeLessThanOrEqual(8_000);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2_000);
      expect(attempts.length).toBeGreaterThanOrEqual(8);
      expect(attempts.length).toBeLessThanOrEqual(31);
    },
  );
});
