import { describe, expect, it } from 'vitest';
import { classifyEnd, reduceCall, type CallEvent, type EndFacts } from './call-state';
import type { CallView } from './call-types';

const base = (patch: Partial<CallView> = {}): CallView => ({
  id: 'c1',
  accountId: 'a1',
  direction: 'outgoing',
  phase: 'dialing',
  remoteNumber: '1002',
  remoteUri: 'sip:1002@softphone.test',
  muted: false,
  localHold: false,
  remoteHold: false,
  conference: false,
  startedAt: 1000,
  ...patch,
});

const run = (view: CallView, ...events: CallEvent[]) => events.reduce(reduceCall, view);

describe('reduceCall', () => {
  it('walks an outgoing call through ringing, answer, hold and resume', () => {
    let view = run(base(), { type: 'progress', earlyMedia: false });
    expect(view).toMatchObject({ phase: 'early', earlyMedia: false });
    view = run(view, { type: 'accepted', at: 2000 });
    expect(view).toMatchObject({ phase: 'active', answeredAt: 2000 });
    view = run(view, { type: 'hold', originator: 'local' });
    expect(view).toMatchObject({ phase: 'held', localHold: true });
    view = run(
      view,
      { type: 'hold', originator: 'remote' },
      { type: 'unhold', originator: 'local' },
    );
    expect(view).toMatchObject({ phase: 'active', localHold: false, remoteHold: true });
  });

  it('keeps early media once seen, so a later 180 does not bring the ringback back', () => {
    const view = run(
      base(),
      { type: 'progress', earlyMedia: true },
      { type: 'progress', earlyMedia: false },
    );
    expect(view.earlyMedia).toBe(true);
  });

  it('ignores progress on incoming calls and after the answer', () => {
    expect(
      run(base({ direction: 'incoming', phase: 'ringing' }), {
        type: 'progress',
        earlyMedia: false,
      }).phase,
    ).toBe('ringing');
    expect(
      run(base(), { type: 'accepted', at: 5 }, { type: 'progress', earlyMedia: false }).phase,
    ).toBe('active');
  });

  it('ignores a local hold before the answer and everything after the end', () => {
    expect(run(base(), { type: 'hold', originator: 'local' }).localHold).toBe(false);
    const ended = run(base(), { type: 'ended', at: 9, outcome: 'busy', reason: 'busy' });
    expect(ended).toMatchObject({ phase: 'ended', outcome: 'busy', endReason: 'busy', endedAt: 9 });
    expect(run(ended, { type: 'accepted', at: 10 })).toBe(ended);
  });

  it('keeps the last 32 DTMF digits received', () => {
    const view = run(
      base(),
      ...Array.from({ length: 40 }, (_, i): CallEvent => ({
        type: 'dtmf-received',
        tone: String(i % 10),
      })),
    );
    expect(view.dtmfReceived).toHaveLength(32);
    expect(view.dtmfReceived?.endsWith('9')).toBe(true);
  });

  it('returns the same object when nothing changes (no needless store updates)', () => {
    const view = base({ phase: 'ended' });
    expect(reduceCall(view, { type: 'mute', muted: true })).toBe(view);
  });
});

const outgoing = (patch: Partial<EndFacts>): EndFacts => ({
  direction: 'outgoing',
  answered: false,
  originator: 'remote',
  cause: 'SIP Failure Code',
  ...patch,
});
const incoming = (patch: Partial<EndFacts>): EndFacts => ({
  ...outgoing(patch),
  direction: 'incoming',
  ...patch,
});

describe('classifyEnd', () => {
  it.each([
    ['callee busy 486', outgoing({ cause: 'Busy', statusCode: 486 }), 'busy', 'busy'],
    ['busy everywhere 600', outgoing({ cause: 'Busy', statusCode: 600 }), 'busy', 'busy'],
    [
      'callee declined 603',
      outgoing({ cause: 'Rejected', statusCode: 603 }),
      'declined',
      'declined',
    ],
    ['forbidden 403', outgoing({ cause: 'Rejected', statusCode: 403 }), 'failed', 'rejected'],
    [
      'unknown number 404',
      outgoing({ cause: 'Not Found', statusCode: 404 }),
      'failed',
      'not-found',
    ],
    ['offline 480', outgoing({ cause: 'Unavailable', statusCode: 480 }), 'failed', 'unavailable'],
    ['no answer 408', outgoing({ cause: 'Unavailable', statusCode: 408 }), 'failed', 'no-answer'],
    [
      'incomplete 484',
      outgoing({ cause: 'Address Incomplete', statusCode: 484 }),
      'failed',
      'address-incomplete',
    ],
    [
      'codec 488',
      outgoing({ cause: 'Incompatible SDP', statusCode: 488 }),
      'failed',
      'incompatible',
    ],
    ['server 503', outgoing({ statusCode: 503 }), 'failed', 'server-error'],
    ['redirect 302', outgoing({ cause: 'Redirected', statusCode: 302 }), 'failed', 'redirected'],
    ['auth 407', outgoing({ cause: 'Authentication Error', statusCode: 407 }), 'failed', 'auth'],
    [
      'we cancelled',
      outgoing({ originator: 'local', cause: 'Canceled' }),
      'cancelled',
      'cancelled',
    ],
    [
      'transport lost',
      outgoing({ originator: 'system', cause: 'Connection Error' }),
      'failed',
      'network',
    ],
    [
      'no response',
      outgoing({ originator: 'system', cause: 'Request Timeout' }),
      'failed',
      'network',
    ],
    [
      'bad SDP',
      outgoing({ originator: 'remote', cause: 'Bad Media Description' }),
      'failed',
      'media',
    ],
    [
      'microphone denied',
      outgoing({ originator: 'local', cause: 'User Denied Media Access' }),
      'failed',
      'microphone',
    ],
    [
      'our mic failed',
      outgoing({ originator: 'local', cause: 'Canceled', microphoneFailed: true }),
      'failed',
      'microphone',
    ],
    ['caller hung up while ringing', incoming({ cause: 'Canceled' }), 'missed', 'cancelled'],
    [
      'answered on another phone',
      incoming({ cause: 'Canceled', answeredElsewhere: true }),
      'missed',
      'answered-elsewhere',
    ],
    [
      'our no-answer timer',
      incoming({ originator: 'local', cause: 'No Answer' }),
      'missed',
      'no-answer',
    ],
    [
      'we declined',
      incoming({ originator: 'local', cause: 'Rejected', declinedByUs: true }),
      'declined',
      'declined',
    ],
    [
      'do not disturb',
      incoming({ originator: 'local', cause: 'Rejected', doNotDisturb: true }),
      'missed',
      'dnd',
    ],
    [
      'we hung up',
      outgoing({ answered: true, originator: 'local', cause: 'Terminated' }),
      'answered',
      'hangup',
    ],
    [
      'they hung up',
      incoming({ answered: true, originator: 'remote', cause: 'Terminated' }),
      'answered',
      'remote-hangup',
    ],
    [
      'ICE failed mid-call',
      outgoing({ answered: true, originator: 'local', cause: 'RTP Timeout' }),
      'answered',
      'media',
    ],
    [
      'socket dropped mid-call',
      outgoing({ answered: true, originator: 'system', cause: 'Connection Error' }),
      'answered',
      'network',
    ],
    [
      'transferred away',
      outgoing({ answered: true, originator: 'local', cause: 'Terminated', transferred: true }),
      'answered',
      'transferred',
    ],
    [
      'replaced by transfer',
      incoming({ answered: true, originator: 'local', cause: 'Terminated', replaced: true }),
      'answered',
      'replaced',
    ],
  ] as const)('%s', (_name, facts, outcome, reason) => {
    expect(classifyEnd(facts)).toEqual({ outcome, reason });
  });
});
