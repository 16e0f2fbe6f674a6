import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  CallSummarySchema,
  HistoryEntrySchema,
  PhoneReportSchema,
} from '../../src-preload/contract';
import { callSummaries, historyEntryOf, phoneReport } from './call-report';
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

describe('phoneReport', () => {
  it('reports each line in order, offline until the engine says otherwise, and the live calls', () => {
    const report = phoneReport(
      [
        { accountId: 'acct-1', status: { state: 'registered' } },
        { accountId: 'acct-2', status: { state: 'failed', detail: '403 Forbidden' } },
        { accountId: 'acct-3' },
      ],
      [view({ phase: 'ringing' })],
    );
    expect(report).toEqual({
      lines: [
        { accountId: 'acct-1', registration: 'registered' },
        { accountId: 'acct-2', registration: 'failed', detail: '403 Forbidden' },
        { accountId: 'acct-3', registration: 'offline' },
      ],
      calls: [expect.objectContaining({ id: 'c1', state: 'ringing', number: '1001' })],
    });
    expect(v.safeParse(PhoneReportSchema, report).success).toBe(true);
  });

  it('carries nothing main owns: no missed count, no do-not-disturb', () => {
    expect(Object.keys(phoneReport([], []))).toEqual(['lines', 'calls']);
  });

  it('stays within the contract for many lines and overlong details', () => {
    const lines = Array.from({ length: 20 }, (_, i) => ({
      accountId: `acct-${i}`,
      status: { state: 'failed' as const, detail: 'x'.repeat(1000) },
    }));
    const report = phoneReport(lines, []);
    expect(report.lines).toHaveLength(16);
    expect(v.safeParse(PhoneReportSchema, report).success).toBe(true);
  });
});

describe('the line of a call (several lines)', () => {
  const lineOf = (accountId: string) => (accountId === 'b' ? 'Front desk' : undefined);

  it('names the line in the summary main shows (popup, notification) when it has a name', () => {
    const [named, unnamed] = callSummaries(
      [view({ id: '1', accountId: 'b' }), view({ id: '2', accountId: 'a' })],
      lineOf,
    );
    expect(named?.line).toBe('Front desk');
    expect(unnamed).not.toHaveProperty('line');
    expect(phoneReport([], [view({ accountId: 'b' })], lineOf).calls[0]?.line).toBe('Front desk');
  });

  it('records the line in history, within the contract', () => {
    const entry = historyEntryOf(view({ accountId: 'b', endedAt: 5 }), 9, lineOf);
    expect(entry).toMatchObject({ accountId: 'b', line: 'Front desk' });
    expect(v.parse(HistoryEntrySchema, entry).line).toBe('Front desk');
    expect(historyEntryOf(view({ accountId: 'a' }), 9, lineOf)).not.toHaveProperty('line');
  });
});
