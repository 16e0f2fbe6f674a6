import { describe, expect, it } from 'vitest';
import {
  dispatchInvoke,
  type HistoryEntry,
  type InvokeHandlers,
} from '../../../src-preload/contract';
import { historyMatcher } from './history-match';

const entry = (overrides: Partial<HistoryEntry>): HistoryEntry => ({
  id: 'c',
  accountId: 'a1',
  direction: 'incoming',
  number: '+49301234',
  name: 'Bob Example',
  startedAt: 1,
  endedAt: 2,
  outcome: 'answered',
  seen: true,
  ...overrides,
});

describe('historyMatcher (web bridge)', () => {
  it('filters by outcome, line and search, as main does', () => {
    const calls = [
      entry({ id: '1' }),
      entry({ id: '2', accountId: 'a2' }),
      entry({ id: '3', outcome: 'missed', name: 'Zoë' }),
    ];
    const ids = (query: Parameters<typeof historyMatcher>[0]) =>
      calls.filter(historyMatcher(query)).map((call) => call.id);
    expect(ids({})).toEqual(['1', '2', '3']);
    expect(ids({ accountId: 'a2' })).toEqual(['2']);
    expect(ids({ outcome: 'missed' })).toEqual(['3']);
    expect(ids({ outcome: 'answered', accountId: 'a1' })).toEqual(['1']);
    expect(ids({ search: 'zoë' })).toEqual(['3']);
    expect(ids({ search: '30-12 34' })).toEqual(['1', '2', '3']);
    expect(ids({ search: 'bob', accountId: 'a1' })).toEqual(['1']);
  });
});

describe('history queries through the web bridge dispatch', () => {
  const seen: unknown[] = [];
  const handlers = {
    'history:list': (query: unknown) => {
      seen.push(query);
      return [];
    },
    'history:export': (filter: unknown) => {
      seen.push(filter);
      return { status: 'downloaded', count: 0 };
    },
  } as unknown as InvokeHandlers;

  it('refuses a bad filter before the handler runs', async () => {
    const refused = [
      [{ from: 3_000, to: 2_000 }, 'start of the date range is after its end'],
      [{ accountId: 'a b' }, 'at accountId'],
      [{ from: Number.NaN }, 'at from'],
      [{ to: 1.5 }, 'at to'],
      [{ outcome: 'lost' }, 'at outcome'],
    ] as const;
    for (const [query, message] of refused) {
      await expect(dispatchInvoke(handlers, 'history:list', query)).rejects.toThrow(message);
      await expect(dispatchInvoke(handlers, 'history:export', query)).rejects.toThrow(message);
    }
    expect(seen).toEqual([]);
  });

  it('passes a good filter on, with the page size defaulted', async () => {
    await dispatchInvoke(handlers, 'history:list', { accountId: 'a1', from: 0, to: 10 });
    await dispatchInvoke(handlers, 'history:export', { from: 5, to: 5 });
    expect(seen).toEqual([
      { accountId: 'a1', from: 0, to: 10, limit: 100 },
      { from: 5, to: 5 },
    ]);
  });
});
