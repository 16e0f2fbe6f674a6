import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountConnection } from './account-connection';
import { fakeUaFactory, testProfile, type FakeUa } from './testing/fake-ua';

/** A registered line on a fake UA, with jitter pinned to its middle so delays are exact. */
function registeredLine() {
  const { factory, uas } = fakeUaFactory();
  const account = new AccountConnection(testProfile(), { password: 'pw' }, factory, () => 0.5);
  account.start();
  const ua = uas[0] as FakeUa;
  ua.connectAndRegister();
  return { account, ua };
}

/** Milliseconds until the engine asks the UA for its next REGISTER (none within `limit`: -1). */
function msUntilNextRegister(ua: FakeUa, limit = 400_000): number {
  const before = ua.registerRequests;
  for (let elapsed = 0; elapsed <= limit; elapsed += 100) {
    if (ua.registerRequests > before) return elapsed;
    vi.advanceTimersByTime(100);
  }
  return -1;
}

describe('AccountConnection: REGISTER again after a failed one', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a refresh answered 503 with Retry-After: 7 is sent again after 7 s, and says it is retrying', () => {
    const { account, ua } = registeredLine();
    ua.registrationFails('SIP Failure Code', 503, 'Service Unavailable', { 'Retry-After': '7' });
    expect(account.status).toMatchObject({
      state: 'failed',
      problem: 'server-unavailable',
      detail: '503 Service Unavailable',
      retrying: true,
      retryAt: Date.now() + 7000,
    });
    expect(msUntilNextRegister(ua)).toBe(7000);
    // Sent: nothing waits any more, so "Retry now" has nothing to bring forward.
    expect(account.status.retryAt).toBeUndefined();
    ua.registrationSucceeds();
    expect(account.status.state).toBe('registered');
  });

  it('timeouts back off 2, 4, 8, 16, 30, 30 s', () => {
    const { account, ua } = registeredLine();
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      ua.registrationFails('Request Timeout');
      expect(account.status).toMatchObject({ problem: 'timeout', retrying: true });
      delays.push(msUntilNextRegister(ua));
    }
    expect(delays).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it('a success resets the backoff', () => {
    const { ua } = registeredLine();
    for (let i = 0; i < 3; i++) {
      ua.registrationFails('Request Timeout');
      msUntilNextRegister(ua);
    }
    ua.registrationSucceeds();
    ua.registrationFails('SIP Failure Code', 500, 'Server Internal Error');
    expect(msUntilNextRegister(ua)).toBe(2000);
  });

  it.each([
    [403, 'Rejected', 'Forbidden', 'forbidden'],
    [404, 'Not Found', 'Not Found', 'not-found'],
    [401, 'Authentication Error', 'Unauthorized', 'wrong-password'],
  ] as const)(
    'a %i names the problem and sends no further REGISTER',
    (code, cause, reason, problem) => {
      const { account, ua } = registeredLine();
      ua.registrationFails(cause, code, reason, { 'Retry-After': '1' });
      expect(account.status).toMatchObject({ state: 'failed', problem, retrying: false });
      expect(msUntilNextRegister(ua)).toBe(-1);
      expect(account.status).toMatchObject({ state: 'failed', problem });
    },
  );

  it('a refusal after a 503 cancels the retry that was waiting', () => {
    const { ua } = registeredLine();
    ua.registrationFails('SIP Failure Code', 503, 'Service Unavailable');
    ua.registrationFails('Rejected', 403, 'Forbidden');
    expect(msUntilNextRegister(ua)).toBe(-1);
  });

  it('stop() cancels a waiting retry', () => {
    const { account, ua } = registeredLine();
    ua.registrationFails('Request Timeout');
    account.stop();
    expect(msUntilNextRegister(ua)).toBe(-1);
  });

  it('a later registered (JsSIP re-registered by itself) cancels a waiting retry', () => {
    const { ua } = registeredLine();
    ua.registrationFails('SIP Failure Code', 503, 'Service Unavailable', { 'Retry-After': '20' });
    ua.registrationSucceeds();
    expect(msUntilNextRegister(ua)).toBe(-1);
  });

  it('leaves a dropped socket to JsSIP, which registers on reconnect', () => {
    const { account, ua } = registeredLine();
    ua.registrationFails('Request Timeout');
    ua.dropTransport();
    expect(account.status).toMatchObject({ problem: 'unreachable', retrying: true });
    expect(account.status.retryAt).toBeUndefined();
    expect(msUntilNextRegister(ua)).toBe(-1);
  });

  it('retryNow() registers at once instead of waiting', () => {
    const { account, ua } = registeredLine();
    ua.registrationFails('SIP Failure Code', 503, 'Service Unavailable', { 'Retry-After': '60' });
    expect(account.status.retryAt).toBe(Date.now() + 60_000);
    account.retryNow();
    expect(ua.registerRequests).toBe(1);
    expect(account.status).toMatchObject({ problem: 'server-unavailable', retrying: true });
    expect(account.status.retryAt).toBeUndefined();
    // The timer is gone with it: no second REGISTER when the 60 s are up.
    expect(msUntilNextRegister(ua)).toBe(-1);
  });
});
