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

  it('When busy: Decline sends the caller to the target (302), without it Decline is 486', () => {
    const h = registeredPhone();
    const plain = h.ua.receiveCall('1002');
    h.phone.calls.decline(h.phone.calls.views()[0]!.id);
    expect(plain.terminatedWith).toMatchObject({ status_code: 486 });

    h.phone.calls.setPreferences(
      prefs({
        lines: { [LINE]: { forwarding: { mode: 'busy', target: '1003', noAnswerSeconds: 20 } } },
      }),
    );
    const session = h.ua.receiveCall('1002');
    expect(session.terminatedWith).toBeUndefined();
    h.phone.calls.decline(h.phone.calls.views()[0]!.id);
    expect(session.terminatedWith).toMatchObject({
      status_code: 302,
      extraHeaders: ['Contact: <sip:1003@pbx.test>'],
    });
    expect(h.ended.at(-1)).toMatchObject({ outcome: 'missed', endReason: 'forwarded' });
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

describe('CallManager: directed pickup delivered as a new call', () => {
  async function pickUpAt(extension: string) {
    const h = registeredPhone();
    const requestId = h.phone.calls.pickUp(LINE, `*8${extension}`, `*8${extension}`, extension);
    await settle();
    return { h, requestId, request: h.ua.last };
  }

  it('the call addressed to the extension is answered by itself, even on DND', async () => {
    const { h, requestId, request } = await pickUpAt('1002');
    h.phone.calls.setPreferences(prefs({ doNotDisturb: true }));
    const picked = h.ua.receiveCall('1003', 'Carol', {}, '1002');
    await settle();
    expect(picked.sent).toEqual(['200']);
    // The request's own call is over, out of sight, and no failure.
    expect(h.phone.calls.views().map((view) => view.id)).not.toContain(requestId);
    request.remoteReject(487, 'Canceled');
    expect(h.ended.find((view) => view.id === requestId)).toMatchObject({
      outcome: 'cancelled',
      endReason: 'picked-up',
    });
  });

  it('a call to our own number meanwhile rings as usual', async () => {
    const { h } = await pickUpAt('1002');
    const own = h.ua.receiveCall('1003', '', {}, '1001');
    await settle();
    expect(own.sent).toEqual([]);
    expect(h.phone.calls.views().at(-1)?.phase).toBe('ringing');
  });

  it('once the request failed, nothing is answered by itself', async () => {
    const { h, request } = await pickUpAt('1002');
    request.remoteReject(404, 'Not Found');
    const later = h.ua.receiveCall('1003', '', {}, '1002');
    await settle();
    expect(later.sent).toEqual([]);
  });

  it('after the window, nothing is answered by itself', async () => {
    const { h } = await pickUpAt('1002');
    vi.useFakeTimers({ now: Date.now() + 11_000 });
    const late = h.ua.receiveCall('1003', '', {}, '1002');
    vi.useRealTimers();
    await settle();
    expect(late.sent).toEqual([]);
  });
});
