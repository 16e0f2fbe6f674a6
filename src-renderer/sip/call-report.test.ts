import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CallSummarySchema, HistoryEntrySchema } from '../../src-preload/contract';
import { callSummaries, historyEntryOf, overallRegistration } from './call-report';
import type { CallView } from './call-types';

const view = (patch: Partial<CallView>): CallView => ({
  id: 'c1',
  accountId: 'acct-1',
  direction: 'incoming',
  phase: 'ended',
  remoteNumber: '1001',
  remoteName: 'Alice',
  remoteUri: 'sip:1001@softphone.test',
  muted: false,
  localHold: false,
  remoteHold: false,
  conference: false,
  startedAt: 1000,
  endedAt: 5000,
  ...patch,
});

describe('historyEntryOf', () => {
  it('writes a missed call as unseen, with its reason', () => {
    const entry = historyEntryOf(view({ outcome: 'missed', endReason: 'cancelled' }));
    expect(entry).toMatchObject({
      outcome: 'missed',
      reason: 'cancelled',
      seen: false,
      number: '1001',
    });
    expect(v.safeParse(HistoryEntrySchema, entry).success).toBe(true);
  });

  it('does not count a call answered on another phone as new', () => {
    expect(historyEntryOf(view({ outcome: 'missed', endReason: 'answered-elsewhere' })).seen).toBe(
      true,
    );
  });

  it('keeps answered and busy calls seen, falls back to the URI for a number', () => {
    const entry = historyEntryOf(
      view({
        direction: 'outgoing',
        remoteNumber: '',
        remoteName: undefined,
        outcome: 'busy',
        endReason: 'busy',
      }),
    );
    expect(entry).toMatchObject({ number: 'sip:1001@softphone.test', outcome: 'busy', seen: true });
  });

  it('stays within the contract for hostile, overlong numbers', () => {
    const entry = historyEntryOf(
      view({ remoteNumber: '9'.repeat(1000), outcome: 'answered', answeredAt: 2000 }),
    );
    expect(v.safeParse(HistoryEntrySchema, entry).success).toBe(true);
  });
});

describe('callSummaries', () => {
  it('maps phases to the states main knows and caps the list', () => {
    const calls = Array.from({ length: 20 }, (_, i) =>
      view({ id: `c${i}`, phase: i % 2 ? 'early' : 'held' }),
    );
    const summaries = callSummaries(calls);
    expect(summaries).toHaveLength(16);
    expect(summaries.slice(0, 2).map((s) => s.state)).toEqual(['held', 'dialing']);
    for (const summary of summaries)
      expect(v.safeParse(CallSummarySchema, summary).success).toBe(true);
  });
});

describe('overallRegistration', () => {
  it.each([
    [[], 'offline'],
    [['failed', 'registered'], 'registered'],
    [['failed', 'connecting'], 'connecting'],
    [['offline', 'failed'], 'failed'],
  ] as const)('%j -> %s', (states, expected) => expect(overallRegistration(states)).toBe(expected));
});
