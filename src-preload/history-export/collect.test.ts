import { describe, expect, it, vi } from 'vitest';
import type { HistoryEntry, HistoryQuery } from '../contract';
import { collectFiltered } from './collect';

/** A list over `entries` (newest first) that pages like main's store: equal start times whole. */
function pagedList(entries: HistoryEntry[]) {
  return vi.fn((query: HistoryQuery) => {
    const page: HistoryEntry[] = [];
    for (const entry of entries) {
      if (query.before !== undefined && entry.startedAt >= query.before) continue;
      if (query.outcome && entry.outcome !== query.outcome) continue;
      const last = page.at(-1);
      if (page.length >= (query.limit ?? 100) && last && last.startedAt !== entry.startedAt) break;
      page.push(entry);
    }
    return page;
  });
}

const calls = (count: number, sameStartEvery = 1) =>
  Array.from(
    { length: count },
    (_, i) =>
      ({
        id: `c${i}`,
        startedAt: 1_000_000 - Math.floor(i / sameStartEvery),
        outcome: i % 3 === 0 ? 'missed' : 'answered',
      }) as HistoryEntry,
  );

describe('collectFiltered', () => {
  it('reads every page, not only the first', async () => {
    const all = calls(2_345);
    const list = pagedList(all);
    const found = await collectFiltered(list, {}, 1000);
    expect(found.map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(list).toHaveBeenCalledTimes(3);
    expect(list.mock.calls[1]?.[0]).toEqual({ before: all[999]?.startedAt, limit: 1000 });
  });

  it('passes the filter on every page and loses no call in a run of equal start times', async () => {
    const all = calls(250, 7);
    const list = pagedList(all);
    const found = await collectFiltered(list, { outcome: 'missed' }, 10);
    expect(found.map((e) => e.id)).toEqual(
      all.filter((e) => e.outcome === 'missed').map((e) => e.id),
    );
    for (const [query] of list.mock.calls) expect(query.outcome).toBe('missed');
  });

  it('stops at an empty page', async () => {
    const list = pagedList(calls(10));
    expect(await collectFiltered(list, {}, 10)).toHaveLength(10);
    expect(list).toHaveBeenCalledTimes(2);
  });
});
