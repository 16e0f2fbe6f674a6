import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallPreferences } from './call-manager-types';
import { registeredPhone, settle } from './testing/harness';

/** The line policies (incoming-policy.ts) as the manager carries them out on a JsSIP session. */

afterEach(() => {
  vi.useRealTimers();
});

/** testProfile()'s id. */
const LINE = 'acc1';
function prefs(extra: Partial<CallPreferences>): CallPreferences {
  return { doNotDisturb: false, declineCode: 486, country: 'US', ...extra };
}

describe('CallManager: Do not disturb, forwarding, auto-answer', () => {
  it('DND refuses with the DND code (480 here), a missed call', () => {
    const h = registeredPhone();
    h.phone.calls.setPreferences(prefs({ doNotDisturb: true, dndCode: 480 }));
    const session = h.ua.receiveCall('1002');
    expect(session.sent).toEqual(['480']);
    expect(h.ended.at(-1)).toMatchObject({ outcome: 'missed', endReason: 'dnd' });
  });

  it("one line's own DND refuses on that line only", () => {
    const h = registeredPhone();
    h.phone.calls.setPreferences(prefs({ lines: { other: { doNotDisturb: true } } }));
    expect(h.ua.receiveCall('1002').sent).toEqual([]);
    h.phone.calls.hangup(h.phone.calls.views()[0]!.id);
    h.phone.calls.setPreferences(prefs({ lines: { [LINE]: { doNotDisturb: true } } }));
    expect(h.ua.receiveCall('1003').sent).toEqual(['486']);
  });

  it('forward always answers 302 with the target as Contact, recorded as forwarded', () => {
    const h = registeredPhone();
    h.phone.calls.setPreferences(
      prefs({
        lines: { [LINE]: { forwarding: { mode: 'always', target: '1003', noAnswerSeconds: 20 } } },
      }),
    );
    const session = h.ua.receiveCall('1002');
    expect(session.terminatedWith).toMatchObject({
      status_code: 302,
      extraHeaders: ['Contact: <sip:1003@pbx.test>'],
    });
    expect(h.ended.at(-1)).toMatchObject({ outcome: 'missed', endReason: 'forwarded' });
  });

  it('an invalid forwarding target is never put in a Contact: the call rings', () => {
    const h = registeredPhone();
    h.phone.calls.setPreferences(
      prefs({
        lines: {
          [LINE]: { forwarding: { mode: 'always', target: '1003>\r\nX: y', noAnswerSeconds: 20 } },
        },
      }),
    );
    const session = h.ua.receiveCall('1002');
    expect(session.terminatedWith).toBeUndefined();
    expect(h.phone.calls.views()[0]?.phase).toBe('ringing');
  });

  it('no answer: rings, then 302 after N seconds; answered in time, it stays', () => {
    vi.useFakeTimers();
    const h = registeredPhone();
    h.phone.calls.setPreferences(
      prefs({
        lines: { [LINE]: { forwarding: { mode: 'noAnswer', target: '1003', noAnswerSeconds: 5 } } },
      }),
    );
    const first = h.ua.receiveCall('1002');
    vi.advanceTimersByTime(4900);
    expect(first.terminatedWith).toBeUndefined();
    vi.advanceTimersByTime(200);
    expect(first.terminatedWith?.status_code).toBe(302);
    expect(h.ended.at(-1)).toMatchObject({ endReason: 'forwarded' });
  });

  it('intercom: answers by itself when asked and allowed, rings otherwise', async () => {
    vi.useFakeTimers();
    const h = registeredPhone();
    const intercom = { 'Call-Info': ['<sip:pbx>;answer-after=0'] };
    const plain = h.ua.receiveCall('1002', '', intercom);
    vi.advanceTimersByTime(10);
    expect(plain.sent).toEqual([]);
    h.phone.calls.hangup(h.phone.calls.views()[0]!.id);

    h.phone.calls.setPreferences(prefs({ lines: { [LINE]: { autoAnswer: { intercom: true } } } }));
    const asked = h.ua.receiveCall('1002', '', intercom);
    vi.advanceTimersByTime(10);
    vi.useRealTimers();
    await settle();
    expect(asked.sent).toEqual(['200']);
    // A second intercom call while the first is live only rings.
    const second = h.ua.receiveCall('1003', '', intercom);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settle();
    expect(second.sent).toEqual([]);
  });
});
