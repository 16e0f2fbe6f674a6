import { describe, expect, it } from 'vitest';
import type { CallOutcome, HistoryEntry } from '../../../src-preload/contract';
import { HistoryIndex, type ResolvedHistoryQuery } from './history-index';

let counter = 0;
function call(overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  counter += 1;
  const startedAt = overrides.startedAt ?? 1_700_000_000_000 + counter * 1000;
  return {
    id: `c${counter}`,
    accountId: 'a1',
    direction: 'incoming',
    number: '+15551230000',
    startedAt,
    endedAt: startedAt + 5000,
    outcome: 'answered',
    seen: true,
    ...overrides,
  };
}

const q = (query: Partial<ResolvedHistoryQuery> = {}): ResolvedHistoryQuery => ({
  limit: 100,
  ...query,
});
const ids = (entries: HistoryEntry[]) => entries.map((e) => e.id);

describe('HistoryIndex.list', () => {
  const alice = call({
    id: 'alice',
    number: '+49 30 1234567',
    name: 'Alice Müller',
    startedAt: 5000,
  });
  const bob = call({
    id: 'bob',
    number: '1001',
    name: 'Bob',
    startedAt: 4000,
    outcome: 'missed',
    seen: false,
  });
  const carol = call({
    id: 'carol',
    number: 'sip:carol@pbx.example.com',
    startedAt: 3000,
    outcome: 'busy',
  });
  const dave = call({
    id: 'dave',
    number: '(030) 765-4321',
    name: undefined,
    startedAt: 2000,
    outcome: 'missed',
  });
  const index = HistoryIndex.from([carol, alice, dave, bob]);

  it('lists newest first', () => {
    expect(ids(index.list(q()))).toEqual(['alice', 'bob', 'carol', 'dave']);
  });

  it.each<[string, Partial<ResolvedHistoryQuery>, string[]]>([
    ['name, any case', { search: 'müLLER' }, ['alice']],
    ['part of a number', { search: '1234' }, ['alice']],
    ['a SIP URI fragment', { search: 'CAROL@' }, ['carol']],
    ['a number typed with punctuation', { search: '(30) 123-4567' }, ['alice']],
    ['digits of a punctuated number', { search: '0307654321' }, ['dave']],
    ['blank search matches everything', { search: '   ' }, ['alice', 'bob', 'carol', 'dave']],
    ['no match', { search: 'zed' }, []],
    ['an outcome', { outcome: 'missed' }, ['bob', 'dave']],
    ['outcome and search together', { outcome: 'missed', search: '1001' }, ['bob']],
    ['strictly before a time', { before: 4000 }, ['carol', 'dave']],
    ['a limit', { limit: 2 }, ['alice', 'bob']],
    ['before + outcome + limit', { before: 5000, outcome: 'missed', limit: 1 }, ['bob']],
  ])('filters by %s', (_name, query, expected) => {
    expect(ids(index.list(q(query)))).toEqual(expected);
  });

  it('pages through everything with `before`, without gaps or repeats', () => {
    const entries = Array.from({ length: 95 }, (_, i) => call({ startedAt: 10_000 - i * 10 }));
    const big = HistoryIndex.from(entries);
    const seen: string[] = [];
    let before: number | undefined;
    for (;;) {
      const page = big.list(q({ limit: 10, before }));
      if (page.length === 0) break;
      seen.push(...ids(page));
      before = page.at(-1)?.startedAt;
    }
    expect(seen).toEqual(ids(entries));
  });

  it('never splits equal start times across pages, so `before` paging loses none', () => {
    const same = Array.from({ length: 5 }, (_, i) => call({ id: `same-${i}`, startedAt: 500 }));
    const index2 = HistoryIndex.from([
      call({ id: 'newer', startedAt: 900 }),
      ...same,
      call({ id: 'older', startedAt: 100 }),
    ]);
    const first = index2.list(q({ limit: 3 }));
    expect(ids(first)).toEqual(['newer', 'same-0', 'same-1', 'same-2', 'same-3', 'same-4']);
    expect(ids(index2.list(q({ limit: 3, before: first.at(-1)?.startedAt })))).toEqual(['older']);
  });
});

describe('HistoryIndex changes', () => {
  it('inserts in order and replaces an entry with the same id', () => {
    const index = HistoryIndex.from([
      call({ id: 'a', startedAt: 100 }),
      call({ id: 'c', startedAt: 300 }),
    ]);
    index.upsert(call({ id: 'b', startedAt: 200 }));
    index.upsert(call({ id: 'd', startedAt: 50 }));
    index.upsert(call({ id: 'a', startedAt: 400, outcome: 'failed' }));
    expect(ids(index.list(q()))).toEqual(['a', 'c', 'b', 'd']);
    expect(index.size).toBe(4);
    expect(index.list(q({ outcome: 'failed' }))[0]?.startedAt).toBe(400);
    expect(ids([...index.oldestFirst()])).toEqual(['d', 'b', 'c', 'a']);
  });

  it('counts unseen missed calls through adds, replacements and markSeen', () => {
    const missed = (id: string, seen: boolean, outcome: CallOutcome = 'missed') =>
      call({ id, outcome, seen });
    const index = HistoryIndex.from([
      missed('m1', false),
      missed('m2', true),
      missed('x', false, 'declined'),
    ]);
    expect(index.unseenMissedCount()).toBe(1);
    index.upsert(missed('m3', false));
    expect(index.unseenMissedCount()).toBe(2);
    index.upsert(missed('m3', true));
    expect(index.unseenMissedCount()).toBe(1);
    expect(index.markSeen()).toBe(1);
    expect(index.unseenMissedCount()).toBe(0);
    expect(index.list(q({ outcome: 'missed' })).every((e) => e.seen)).toBe(true);
    expect(index.markSeen()).toBe(0);
    // A declined call is not "missed": it keeps its flag.
    expect(index.list(q({ outcome: 'declined' }))[0]?.seen).toBe(false);
  });

  it('hands out frozen entries', () => {
    const index = HistoryIndex.from([call({ id: 'a' })]);
    const [entry] = index.list(q());
    expect(Object.isFrozen(entry)).toBe(true);
  });

  it('clears', () => {
    const index = HistoryIndex.from([call({ outcome: 'missed', seen: false })]);
    index.clear();
    expect(index.size).toBe(0);
    expect(index.unseenMissedCount()).toBe(0);
    expect(index.list(q())).toEqual([]);
  });
});
