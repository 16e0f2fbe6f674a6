/**
 * A long history: 100,000 calls through the real file and the real index. Asserts results against
 * a brute-force reference; speed is measured by benchmarks, not here (timeouts only catch a
 * pathological regression).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src-preload/contract';
import { callHistory } from '../../../tests/testbed/call-history';
import { HistoryStore } from './history-store';

const COUNT = 100_000;
const generate = () => callHistory(COUNT);

/** The reference: filter and sort the plain array. */
function reference(entries: HistoryEntry[], keep: (e: HistoryEntry) => boolean): string[] {
  return entries
    .filter(keep)
    .sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? -1 : 1))
    .map((e) => e.id);
}

let dir: string;
let filePath: string;
let entries: HistoryEntry[];
let store: HistoryStore;
const log = { info() {}, warn() {}, error() {} };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'softphone-history-100k-'));
  filePath = join(dir, 'history.jsonl');
  entries = generate();
  writeFileSync(filePath, entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
  store = await HistoryStore.open({ filePath, log });
}, 60_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe(`HistoryStore with ${COUNT.toLocaleString('en')} calls`, () => {
  it('loads every entry', () => {
    expect(store.loadReport).toEqual({ loaded: COUNT, rejected: 0 });
    expect(store.size).toBe(COUNT);
  });

  it('lists the newest page', () => {
    const page = store.list();
    // At least `limit`; more only to finish a run of equal start times (see HistoryIndex.list).
    expect(page.map((e) => e.id)).toEqual(reference(entries, () => true).slice(0, page.length));
    expect(page.length).toBeGreaterThanOrEqual(100);
  });

  it('finds a number by a fragment, and a name in any case', () => {
    const target = entries[73_123] as HistoryEntry;
    const fragment = target.number.slice(3, 10);
    expect(store.list({ search: fragment, limit: 1000 }).map((e) => e.id)).toEqual(
      reference(entries, (e) => e.number.includes(fragment)).slice(0, 1000),
    );
    const carols = reference(entries, (e) => e.name === 'Carol Diaz');
    expect(carols.length).toBeGreaterThan(1000);
    expect(
      store
        .list({ search: 'CAROL d', limit: 1000 })
        .map((e) => e.id)
        .slice(0, 1000),
    ).toEqual(carols.slice(0, 1000));
  });

  it('pages through every missed call with `before`, none lost or repeated', () => {
    const expected = reference(entries, (e) => e.outcome === 'missed');
    const got: string[] = [];
    let before: number | undefined;
    for (;;) {
      const page = store.list({
        outcome: 'missed',
        limit: 1000,
        ...(before === undefined ? {} : { before }),
      });
      if (page.length === 0) break;
      got.push(...page.map((e) => e.id));
      before = page.at(-1)?.startedAt;
    }
    expect(got).toEqual(expected);
  });

  it('pages a search that matches nothing to an empty answer', () => {
    expect(store.list({ search: 'no such caller' })).toEqual([]);
  });

  it('counts and clears unseen missed calls, through a rewrite of the whole file', async () => {
    const unseen = entries.filter((e) => e.outcome === 'missed' && !e.seen).length;
    expect(unseen).toBeGreaterThan(0);
    expect(store.unseenMissedCount()).toBe(unseen);
    expect(await store.markSeen()).toBe(unseen);
    const reopened = await HistoryStore.open({ filePath, log });
    expect(reopened.size).toBe(COUNT);
    expect(reopened.unseenMissedCount()).toBe(0);
  }, 60_000);
});
