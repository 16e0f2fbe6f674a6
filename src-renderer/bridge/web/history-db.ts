import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { HistoryEntry, HistoryQuery } from '../../../src-preload/contract';
import { historyMatcher } from './history-match';

interface HistorySchema extends DBSchema {
  calls: { key: string; value: HistoryEntry; indexes: { byStart: number; byOutcome: string } };
}

/** The start-time range a query allows: at or after `from`, strictly before `to` and `before`. */
function startRange(query: HistoryQuery): IDBKeyRange | undefined {
  const uppers = [query.to, query.before].filter((time) => time !== undefined);
  const upper = uppers.length > 0 ? Math.min(...uppers) : undefined;
  if (query.from === undefined)
    return upper === undefined ? undefined : IDBKeyRange.upperBound(upper, true);
  if (upper === undefined) return IDBKeyRange.lowerBound(query.from);
  // An empty range (a page past the start of the range): IDBKeyRange.bound would throw.
  if (upper <= query.from) return IDBKeyRange.only(Number.NaN);
  return IDBKeyRange.bound(query.from, upper, false, true);
}

/** Call history in IndexedDB for web mode; same queries as the desktop store. */
export class HistoryDb {
  private db: Promise<IDBPDatabase<HistorySchema>>;

  constructor(name = 'softphone-history') {
    this.db = openDB<HistorySchema>(name, 1, {
      upgrade(db) {
        const calls = db.createObjectStore('calls', { keyPath: 'id' });
        calls.createIndex('byStart', 'startedAt');
        calls.createIndex('byOutcome', 'outcome');
      },
    });
  }

  async add(entry: HistoryEntry): Promise<void> {
    await (await this.db).put('calls', entry);
  }

  /**
   * Newest first; walks the start-time index (within `from`..`to`/`before`), so a page of 100
   * costs ~100 reads without a search. Like main's store, a page never ends inside a run of equal
   * start times: paging by `before` would skip the rest of it.
   */
  async list(query: HistoryQuery): Promise<HistoryEntry[]> {
    const db = await this.db;
    const limit = query.limit ?? 100;
    const matches = historyMatcher(query);
    const found: HistoryEntry[] = [];
    let cursor = await db
      .transaction('calls')
      .store.index('byStart')
      .openCursor(startRange(query), 'prev');
    while (cursor) {
      const entry = cursor.value;
      const last = found.at(-1);
      if (found.length >= limit && last && entry.startedAt !== last.startedAt) break;
      if (matches(entry)) found.push(entry);
      cursor = await cursor.continue();
    }
    return found;
  }

  async remove(id: string): Promise<void> {
    await (await this.db).delete('calls', id);
  }

  async markSeen(): Promise<void> {
    const tx = (await this.db).transaction('calls', 'readwrite');
    let cursor = await tx.store.index('byOutcome').openCursor('missed');
    while (cursor) {
      if (cursor.value.seen === false) await cursor.update({ ...cursor.value, seen: true });
      cursor = await cursor.continue();
    }
    await tx.done;
  }

  async unseenMissedCount(): Promise<number> {
    let count = 0;
    // Walks missed calls only, not the whole history.
    let cursor = await (
      await this.db
    )
      .transaction('calls')
      .store.index('byOutcome')
      .openCursor('missed');
    while (cursor) {
      if (cursor.value.seen === false) count += 1;
      cursor = await cursor.continue();
    }
    return count;
  }

  async clear(): Promise<void> {
    await (await this.db).clear('calls');
  }
}
