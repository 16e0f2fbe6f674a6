import { describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../../src-preload/contract';
import { createHistorySummary } from './history-summary';
import type { HistorySummary } from './phone-state';

const entry = (id: string, over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id,
  accountId: 'a1',
  direction: 'incoming',
  number: '1006',
  startedAt: 1,
  endedAt: 2,
  outcome: 'missed',
  seen: false,
  ...over,
});

describe('createHistorySummary', () => {
  it('reads the recent calls (ten at most) and the unseen missed count', async () => {
    const list = vi.fn(() => [entry('h1', { name: 'Mallory' }), entry('h2', { outcome: 'busy' })]);
    const seen: HistorySummary[] = [];
    const summary = createHistorySummary({
      history: { list, unseenMissedCount: () => 1 },
      onChange: (next) => seen.push(next),
      log: { warn: () => {} },
    });
    await summary.refresh();
    expect(list).toHaveBeenCalledWith({ limit: 10 });
    expect(seen).toEqual([
      {
        missedCount: 1,
        recentCalls: [
          { number: '1006', name: 'Mallory', outcome: 'missed' },
          { number: '1006', outcome: 'busy' },
        ],
      },
    ]);
  });

  it('runs reads one after another, so the newest read is the last word', async () => {
    let count = 0;
    const slowFirst = [50, 0];
    const seen: number[] = [];
    const summary = createHistorySummary({
      history: {
        list: () => [],
        unseenMissedCount: async () => {
          const value = ++count;
          await new Promise((resolve) => setTimeout(resolve, slowFirst.shift()));
          return value;
        },
      },
      onChange: (next) => seen.push(next.missedCount),
      log: { warn: () => {} },
    });
    void summary.refresh();
    await summary.refresh();
    expect(seen).toEqual([1, 2]);
  });

  it('keeps the last summary and logs when the history cannot be read', async () => {
    const warn = vi.fn();
    const onChange = vi.fn();
    const summary = createHistorySummary({
      history: {
        list: () => Promise.reject(new Error('EIO')),
        unseenMissedCount: () => 0,
      },
      onChange,
      log: { warn },
    });
    await expect(summary.refresh()).resolves.toBeUndefined();
    expect(onChange).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith('could not read the history for the tray', expect.anything());
  });
});
