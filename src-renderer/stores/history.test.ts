import { createTestingPinia } from '@pinia/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../src-preload/contract';
import { useHistoryStore } from './history';
import { fakeSoftphone, resetDoubles } from './store-test-doubles';

vi.mock('../bridge/softphone', async () => ({
  softphone: (await import('./store-test-doubles')).fakeSoftphone,
}));

function entries(count: number, from = 0): HistoryEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `h${from + index}`,
    startedAt: 10_000 - from - index,
    seen: false,
  })) as unknown as HistoryEntry[];
}

beforeEach(() => {
  resetDoubles();
  createTestingPinia({ stubActions: false, createSpy: vi.fn });
});

describe('history store', () => {
  it('asks for the search and outcome, and offers more only after a full page', async () => {
    const store = useHistoryStore();
    store.search = '1002';
    store.outcome = 'missed';
    fakeSoftphone.history.list.mockResolvedValueOnce(entries(100));
    await store.refresh();
    expect(fakeSoftphone.history.list).toHaveBeenCalledWith({
      search: '1002',
      outcome: 'missed',
      limit: 100,
    });
    expect(store.hasMore).toBe(true);

    fakeSoftphone.history.list.mockResolvedValueOnce(entries(3, 100));
    await store.loadMore();
    expect(fakeSoftphone.history.list).toHaveBeenLastCalledWith({
      search: '1002',
      outcome: 'missed',
      before: 10_000 - 99,
      limit: 100,
    });
    expect(store.entries).toHaveLength(103);
    expect(store.hasMore).toBe(false);
  });

  it('marks everything seen and clears the missed count', async () => {
    const store = useHistoryStore();
    fakeSoftphone.history.list.mockResolvedValueOnce(entries(2));
    fakeSoftphone.history.unseenMissed.mockResolvedValueOnce(2);
    await store.refresh();
    await store.refreshMissed();
    expect(store.missedCount).toBe(2);
    await store.markSeen();
    expect(fakeSoftphone.history.markSeen).toHaveBeenCalled();
    expect(store.missedCount).toBe(0);
    expect(store.entries.every((entry) => entry.seen)).toBe(true);
  });

  it('empties the list and the count on clear', async () => {
    const store = useHistoryStore();
    fakeSoftphone.history.list.mockResolvedValueOnce(entries(2));
    await store.refresh();
    await store.clear();
    expect(fakeSoftphone.history.clear).toHaveBeenCalled();
    expect(store.entries).toEqual([]);
  });
});

describe('history store: filters, delete, export', () => {
  it('asks with line and date range, and asks nothing while From is after To', async () => {
    const store = useHistoryStore();
    store.lineId = 'a2';
    store.fromDate = '2026-12-01';
    store.toDate = '2026-12-02';
    await store.refresh();
    expect(fakeSoftphone.history.list).toHaveBeenLastCalledWith({
      accountId: 'a2',
      from: new Date(2026, 11, 1).getTime(),
      to: new Date(2026, 11, 3).getTime(),
      limit: 100,
    });
    fakeSoftphone.history.list.mockClear();
    store.fromDate = '2026-12-05';
    await store.refresh();
    expect(fakeSoftphone.history.list).not.toHaveBeenCalled();
    expect(store.entries).toEqual([]);
    await expect(store.exportCsv()).rejects.toThrow(RangeError);
    expect(fakeSoftphone.history.export).not.toHaveBeenCalled();
  });

  it('exports with the current filter', async () => {
    const store = useHistoryStore();
    store.outcome = 'missed';
    store.search = 'bob';
    fakeSoftphone.history.export.mockResolvedValueOnce({ status: 'downloaded', count: 3 });
    expect(await store.exportCsv()).toEqual({ status: 'downloaded', count: 3 });
    expect(fakeSoftphone.history.export).toHaveBeenCalledWith({ search: 'bob', outcome: 'missed' });
  });

  it('deletes one entry and reads the missed count again', async () => {
    const store = useHistoryStore();
    fakeSoftphone.history.list.mockResolvedValueOnce(entries(3));
    await store.refresh();
    fakeSoftphone.history.unseenMissed.mockResolvedValueOnce(1);
    await store.remove('h1');
    expect(fakeSoftphone.history.remove).toHaveBeenCalledWith({ id: 'h1' });
    expect(store.entries.map((entry) => entry.id)).toEqual(['h0', 'h2']);
    expect(store.missedCount).toBe(1);
  });
});
