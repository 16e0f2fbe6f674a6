import JsSIP from 'jssip';
import * as sessionModule from 'jssip/lib/RTCSession';
import * as Transactions from 'jssip/lib/Transactions';
import type { RTCSessionEvent, UA } from 'jssip/lib/UA';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RTCSession } from './jssip-types';
import {
  dropConnection,
  endSession,
  reconnectNow,
  releaseDestroyedTransactions,
  TRANSACTION_TIMERS,
} from './jssip-workarounds';

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

/** A JsSIP Socket (its documented interface) that only counts connection attempts. */
function countingSocket() {
  const socket = {
    url: 'wss://pbx.test/ws',
    via_transport: 'WSS',
    sip_uri: 'sip:pbx.test;transport=ws',
    attempts: 0,
    connect: () => {
      socket.attempts += 1;
    },
    disconnect: () => undefined,
    send: () => true,
    isConnected: () => false,
    isConnecting: () => false,
    onconnect: () => undefined,
    ondisconnect: (_error: boolean, _code?: number, _reason?: string) => undefined,
    ondata: (_data: unknown) => undefined,
  };
  return socket;
}

/** A real JsSIP UA over `socket` whose own recovery waits 30 s, so any sooner attempt is ours. */
function slowRecoveryUa(socket: ReturnType<typeof countingSocket>): UA {
  return new JsSIP.UA({
    sockets: [socket],
    uri: 'sip:1001@pbx.test',
    register: false,
    connection_recovery_min_interval: 30,
    connection_recovery_max_interval: 30,
  });
}

describe('reconnectNow (a real JsSIP UA and Transport)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('makes the next connection attempt at once and drops the recovery timer', () => {
    vi.useFakeTimers();
    const socket = countingSocket();
    const ua = slowRecoveryUa(socket);
    ua.start();
    expect(socket.attempts).toBe(1);
    socket.ondisconnect(true, 1006, ''); // JsSIP's recovery timer: next attempt at 30 s
    vi.advanceTimersByTime(10_000);
    expect(reconnectNow(ua)).toBe(true);
    expect(socket.attempts).toBe(2);
    // Still connecting: a second press adds nothing.
    expect(reconnectNow(ua)).toBe(false);
    // That attempt fails too: JsSIP schedules the next one 30 s on, and only that one; the
    // timer of the first failure (due at 30 s) was dropped, or it would connect at 30 s as well.
    socket.ondisconnect(true, 1006, '');
    vi.advanceTimersByTime(25_000);
    expect(socket.attempts).toBe(2);
    vi.advanceTimersByTime(6_000);
    expect(socket.attempts).toBe(3);
    ua.stop();
  });
});

describe('dropConnection (a real JsSIP UA and Transport)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('closes an open socket as JsSIP would a lost one, and keeps its recovery armed', () => {
    vi.useFakeTimers();
    const socket = countingSocket();
    const closed = vi.spyOn(socket, 'disconnect');
    const ua = new JsSIP.UA({
      sockets: [socket],
      uri: 'sip:1001@pbx.test',
      register: false,
      connection_recovery_min_interval: 2,
      connection_recovery_max_interval: 2,
    });
    const disconnected = vi.fn();
    ua.on('disconnected', disconnected);
    ua.start();
    expect(dropConnection(ua, 'no answer')).toBe(false); // still connecting
    socket.onconnect();
    expect(ua.isConnected()).toBe(true);

    expect(dropConnection(ua, 'no answer')).toBe(true);
    expect(closed).toHaveBeenCalledTimes(1);
    expect(ua.isConnected()).toBe(false);
    expect(disconnected).toHaveBeenCalledWith(
      expect.objectContaining({ error: true, reason: 'no answer' }),
    );
    // The old socket's late close is not counted again.
    socket.ondisconnect(true, 1006, '');
    expect(disconnected).toHaveBeenCalledTimes(1);
    // Unlike Transport.disconnect(), JsSIP's own recovery still reconnects...
    vi.advanceTimersByTime(2_000);
    expect(socket.attempts).toBe(2);
    ua.stop();
  });

  it('is followed by reconnectNow for an attempt at once', () => {
    vi.useFakeTimers();
    const socket = countingSocket();
    const ua = slowRecoveryUa(socket);
    ua.start();
    socket.onconnect();
    dropConnection(ua, 'no answer');
    expect(reconnectNow(ua)).toBe(true);
    expect(socket.attempts).toBe(2);
    ua.stop();
  });
});

describe('releaseDestroyedTransactions (a real JsSIP UA)', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** An INVITE (or its ACK, with the to-tag of our answer) as the PBX would relay it over WebSocket. */
  function fromPbx(method: 'INVITE' | 'ACK', toTag = ''): string {
    return [
      `${method} sip:1001@pbx.test SIP/2.0`,
      'Via: SIP/2.0/WSS pbx.test;branch=z9hG4bKflood1',
      'Max-Forwards: 70',
      'From: <sip:1002@pbx.test>;tag=caller1',
      `To: <sip:1001@pbx.test>${toTag && `;tag=${toTag}`}`,
      'Call-ID: flood-call-1',
      `CSeq: 1 ${method}`,
      'Contact: <sip:1002@pbx.test;transport=ws>',
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n');
  }

  /** A real UA that refuses every call 486, connected over a socket that records what it sends. */
  function refusingUa(release: boolean) {
    vi.stubGlobal('window', { RTCPeerConnection: class {} });
    const sent: string[] = [];
    const socket = Object.assign(countingSocket(), {
      send: (message: unknown) => sent.push(String(message)) > 0,
    });
    let ua = slowRecoveryUa(socket);
    if (release) ua = releaseDestroyedTransactions(ua);
    ua.on('newRTCSession', ({ session }: RTCSessionEvent) =>
      session.terminate({ status_code: 486 }),
    );
    ua.start();
    socket.onconnect();
    return { ua, socket, sent };
  }

  it.each([
    [true, 0],
    [false, 1],
  ])(
    'after a 486 is ACKed, releasing timers (%s) leaves %i timer holding the call',
    (release, left) => {
      vi.useFakeTimers();
      const { ua, socket, sent } = refusingUa(release);
      socket.ondata(fromPbx('INVITE'));
      const busy = sent.find((message) => message.startsWith('SIP/2.0 486'));
      const toTag = /^To:.*;tag=([^;\s]+)/m.exec(busy ?? '')?.[1];
      expect(toTag).toBeDefined();
      socket.ondata(fromPbx('ACK', toTag));
      vi.advanceTimersByTime(0); // Timer I: the transaction is destroyed...
      // ...and, left to JsSIP alone, its Timer H still holds it (and the INVITE) for 32 s.
      expect(vi.getTimerCount()).toBe(left);
      ua.stop();
    },
  );

  it('relies on timer fields that still exist in the installed JsSIP', () => {
    // Renamed timers would silently keep the transactions alive again: fail here instead.
    const source = Object.values(Transactions as unknown as Record<string, unknown>)
      .filter((value) => typeof value === 'function')
      .map(String)
      .join('\n');
    for (const name of TRANSACTION_TIMERS) expect(source).toMatch(`.${name} = setTimeout(`);
  });
});
