import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { HistoryEntry, HistoryQuery } from '../../../src-preload/contract';

interface HistorySchema extends DBSchema {
  calls: { key: string; value: HistoryEntry; indexes: { byStart: number; byOutcome: string } };
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

  /** Newest first; walks the start-time index so a page of 100 costs ~100 reads without a search. */
  async list(query: HistoryQuery): Promise<HistoryEntry[]> {
    const db = await this.db;
    const limit = query.limit ?? 100;
    const needle = query.search?.trim().toLowerCase();
    const range =
      query.before === undefined ? undefined : IDBKeyRange.upperBound(query.before, true);
    const found: HistoryEntry[] = [];
    let cursor = await db.transaction('calls').store.index('byStart').openCursor(range, 'prev');
    while (cursor && found.length < limit) {
      const entry = cursor.value;
      const matches =
        (!query.outcome || entry.outcome === query.outcome) &&
        (!needle ||
          entry.number.toLowerCase().includes(needle) ||
          (entry.name ?? '').toLowerCase().includes(needle));
      if (matches) found.push(entry);
      cursor = await cursor.continue();
    }
    return found;
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
