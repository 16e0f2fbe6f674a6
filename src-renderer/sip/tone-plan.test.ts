import { describe, expect, it } from 'vitest';
import type { CallView } from './call-types';
import {
  ERROR_TONE,
  RINGTONE_PATTERNS,
  busyPattern,
  dtmfPattern,
  endTone,
  planTones,
  ringName,
  ringbackPattern,
} from './tone-plan';

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
      { ringer: 'ring', ringtone: 'classic' },
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
      { ringer: 'ring', ringtone: 'classic' },
    ],
  ] as const)('%s', (_name, calls, plan) => {
    expect(planTones(calls)).toEqual(plan);
  });

  it('rings with the ringtone of the newest ringing call’s line', () => {
    const ringtones = { a1: 'chime', a2: 'pulse' } as const;
    const ringtoneOf = (id: string) => ringtones[id as keyof typeof ringtones];
    const first = call({ direction: 'incoming', phase: 'ringing', accountId: 'a1' });
    const second = call({ direction: 'incoming', phase: 'ringing', accountId: 'a2' });
    expect(planTones([first], ringtoneOf)).toEqual({ ringer: 'ring', ringtone: 'chime' });
    expect(planTones([first, second], ringtoneOf)).toEqual({ ringer: 'ring', ringtone: 'pulse' });
    const other = call({ direction: 'incoming', phase: 'ringing', accountId: 'a3' });
    expect(planTones([other], ringtoneOf)).toEqual({ ringer: 'ring', ringtone: 'classic' });
  });
});

describe('ringtones', () => {
  it('each built-in ringtone is a distinct looping pattern with its own player name', () => {
    const patterns = Object.values(RINGTONE_PATTERNS);
    expect(new Set(patterns.map((p) => JSON.stringify(p.segments))).size).toBe(patterns.length);
    expect(patterns.every((p) => p.repeat)).toBe(true);
    expect(ringName('classic')).toBe('ring');
    expect(ringName('chime')).toBe('ring-chime');
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

describe('busy and error tones', () => {
  it('plays busy for a declined or busy outgoing call, error for a failed one', () => {
    expect(endTone(call({ phase: 'ended', endReason: 'busy' }))).toBe('busy');
    expect(endTone(call({ phase: 'ended', endReason: 'declined' }))).toBe('busy');
    expect(endTone(call({ phase: 'ended', endReason: 'not-found' }))).toBe('error');
    expect(endTone(call({ phase: 'ended', endReason: 'network' }))).toBe('error');
  });

  it('is silent for a call that was answered, ours to end, or incoming', () => {
    expect(endTone(call({ phase: 'ended', endReason: 'network', answeredAt: 5 }))).toBeUndefined();
    expect(endTone(call({ phase: 'ended', endReason: 'cancelled' }))).toBeUndefined();
    expect(endTone(call({ phase: 'ended', endReason: 'hangup' }))).toBeUndefined();
    expect(
      endTone(call({ direction: 'incoming', phase: 'ended', endReason: 'busy' })),
    ).toBeUndefined();
    expect(endTone(call({ phase: 'early', endReason: 'busy' }))).toBeUndefined();
  });

  it("uses the country's busy cadence and ends by itself", () => {
    expect(busyPattern('US').segments[0]).toEqual({ freqs: [480, 620], ms: 500 });
    expect(busyPattern('DE').segments[0]).toEqual({ freqs: [425], ms: 500 });
    expect(busyPattern('DE').repeat).toBe(false);
    expect(ERROR_TONE.segments.slice(0, 3).map((segment) => segment.freqs[0])).toEqual([
      950, 1400, 1800,
    ]);
  });
});
