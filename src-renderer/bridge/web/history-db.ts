import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { HistoryEntry, HistoryQuery } from '../../../src-preload/contract';

interface HistorySchema extends DBSchema {
  calls: { key: string; value: HistoryEntry; indexes: { byStart: number } };
}

/** Call history in IndexedDB for web mode; same queries as the desktop store. */
export class HistoryDb {
  private db: Promise<IDBPDatabase<HistorySchema>>;

  constructor(name = 'softphone-history') {
    this.db = openDB<HistorySchema>(name, 1, {
      upgrade(db) {
        db.createObjectStore('calls', { keyPath: 'id' }).createIndex('byStart', 'startedAt');
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
    const range = query.before === undefined ? undefined : IDBKeyRange.upperBound(query.before, true);
    const found: HistoryEntry[] = [];
    let cursor = await db.transaction('calls').store.index('byStart').openCursor(range, 'prev');
    while (cursor && found.length < limit) {
      const entry = cursor.value;
      const matches =
        (!query.outcome || entry.outcome === query.outcome) &&
        (!needle || entry.number.toLowerCase().includes(needle) || (entry.name ?? '').toLowerCase().includes(needle));
      if (matches) found.push(entry);
      cursor = await cursor.continue();
    }
    return found;
  }

  async markSeen(): Promise<void> {
    const tx = (await this.db).transaction('calls', 'readwrite');
    let cursor = await tx.store.openCursor();
    while (cursor) {
      if (cursor.value.seen === false) await cursor.update({ ...cursor.value, seen: true });
      cursor = await cursor.continue();
    }
    await tx.done;
  }

  async clear(): Promise<void> {
    await (await this.db).clear('calls');
  }
}
