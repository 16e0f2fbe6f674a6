import { describe, expect, it } from 'vitest';
import type { CallView } from './call-types';
import { dtmfPattern, planTones, ringbackPattern } from './tone-plan';

const call = (patch: Partial<CallView>): CallView => ({
  id: Math.random().toString(36),
  accountId: 'a1',
  direction: 'outgoing',
  phase: 'dialing',
  remoteNumber: '1002',
  remoteUri: 'sip:1002@x',
  muted: false,
  localHold: false,
  remoteHold: false,
  conference: false,
  startedAt: 0,
  ...patch,
});

describe('planTones', () => {
  it.each([
    ['nothing going on', [], {}],
    ['dialling, no answer from the network yet', [call({})], {}],
    [
      'far end ringing (180)',
      [call({ phase: 'early', earlyMedia: false })],
      { speaker: 'ringback' },
    ],
    ['far end plays early media (183)', [call({ phase: 'early', earlyMedia: true })], {}],
    [
      'incoming while idle',
      [call({ direction: 'incoming', phase: 'ringing' })],
      { ringer: 'ring' },
    ],
    [
      'incoming during a call (call waiting)',
      [call({ phase: 'active' }), call({ direction: 'incoming', phase: 'ringing' })],
      { speaker: 'call-waiting' },
    ],
    [
      'incoming while a held call waits',
      [call({ phase: 'held', localHold: true }), call({ direction: 'incoming', phase: 'ringing' })],
      { speaker: 'call-waiting' },
    ],
    ['answered', [call({ phase: 'active' })], {}],
    [
      'ended calls play nothing',
      [call({ phase: 'ended' }), call({ direction: 'incoming', phase: 'ringing' })],
      { ringer: 'ring' },
    ],
  ] as const)('%s', (_name, calls, plan) => {
    expect(planTones(calls)).toEqual(plan);
  });
});

describe('tone patterns', () => {
  it('uses the North American ringback in the US and ETSI 425 Hz elsewhere', () => {
    expect(ringbackPattern('US').segments[0]!.freqs).toEqual([440, 480]);
    expect(ringbackPattern('DE').segments[0]!.freqs).toEqual([425]);
  });

  it('plays the real DTMF pair for a key, once', () => {
    expect(dtmfPattern('5')).toMatchObject({ repeat: false, segments: [{ freqs: [770, 1336] }] });
    expect(dtmfPattern('#')!.segments[0]!.freqs).toEqual([941, 1477]);
    expect(dtmfPattern('x')).toBeUndefined();
  });
});
