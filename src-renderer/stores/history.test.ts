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
