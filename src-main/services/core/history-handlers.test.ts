import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src-preload/contract';
import { historyHandlers } from './history-handlers';

describe('historyHandlers', () => {
  it('reads the summary again after add, mark seen, clear and remove, before the request settles', async () => {
    const log: string[] = [];
    const handlers = historyHandlers(
      {
        add: async () => void log.push('add'),
        list: () => [],
        markSeen: async () => void log.push('markSeen'),
        unseenMissedCount: () => 4,
        clear: async () => void log.push('clear'),
        remove: async (id) => void log.push(`remove ${id}`),
      },
      async () => void log.push('refresh'),
    );
    await handlers.add({ id: 'h1' } as HistoryEntry);
    await handlers.markSeen();
    await handlers.clear();
    await handlers.remove('h1');
    expect(log).toEqual([
      'add',
      'refresh',
      'markSeen',
      'refresh',
      'clear',
      'refresh',
      'remove h1',
      'refresh',
    ]);
    expect(await handlers.unseenMissedCount()).toBe(4);
    await handlers.list({});
    expect(log).toHaveLength(8);
  });

  it('does not refresh when the store refused the change', async () => {
    let refreshed = 0;
    const handlers = historyHandlers(
      {
        add: () => Promise.reject(new Error('disk full')),
        list: () => [],
        markSeen: () => undefined,
        unseenMissedCount: () => 0,
        clear: () => undefined,
        remove: () => undefined,
      },
      async () => void (refreshed += 1),
    );
    await expect(handlers.add({ id: 'h1' } as HistoryEntry)).rejects.toThrow('disk full');
    expect(refreshed).toBe(0);
  });
});
