import JsSIP from 'jssip';
import * as sessionModule from 'jssip/lib/RTCSession';
import { describe, expect, it, vi } from 'vitest';
import type { RTCSession } from './jssip-types';
import { endSession } from './jssip-workarounds';

const C = JsSIP.C;
/** lib/RTCSession.js is CommonJS: the class is the module itself (its typings say otherwise). */
const RealSession = (
  sessionModule as unknown as { default: { C: Record<string, number>; prototype: object } }
).default;
const STATUS = RealSession.C;

function fakeSession(status: number, ended = false) {
  const session = {
    C: STATUS,
    status,
    _is_canceled: false,
    isEnded: () => ended,
    terminate: vi.fn(),
  };
  return session;
}

describe('endSession (JsSIP issue #836)', () => {
  it('marks a call that got a 1xx as cancelled, so a crossing 200 is ACKed and BYEd', () => {
    const session = fakeSession(STATUS.STATUS_1XX_RECEIVED!);
    endSession(session as unknown as RTCSession);
    expect(session._is_canceled).toBe(true);
    expect(session.terminate).toHaveBeenCalledOnce();
  });

  it('leaves established and incoming sessions to terminate() alone', () => {
    for (const status of [STATUS.STATUS_CONFIRMED!, STATUS.STATUS_WAITING_FOR_ANSWER!]) {
      const session = fakeSession(status);
      endSession(session as unknown as RTCSession, { status_code: 486 });
      expect(session._is_canceled).toBe(false);
      expect(session.terminate).toHaveBeenCalledWith({ status_code: 486 });
    }
  });

  it('does nothing to a session that has ended', () => {
    const session = fakeSession(STATUS.STATUS_TERMINATED!, true);
    endSession(session as unknown as RTCSession);
    expect(session.terminate).not.toHaveBeenCalled();
  });

  it('relies on JsSIP internals that still exist in the installed version', () => {
    // If JsSIP renames these, the workaround silently stops working: fail here instead.
    const source = RealSession.prototype as unknown as Record<string, unknown>;
    expect(typeof source._receiveInviteResponse).toBe('function');
    expect(String(source._receiveInviteResponse)).toContain('this._is_canceled');
    expect(String(source._receiveInviteResponse)).toContain('_acceptAndTerminate');
    expect(C.causes.CANCELED).toBe('Canceled');
  });
});
