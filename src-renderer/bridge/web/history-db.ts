import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { HistoryEntry, HistoryQuery } from '../../../src-preload/contract';
import { historyMatcher } from './history-match';
import { keyRange, splitBelow, startBounds, type StartBounds } from './history-range';

interface HistorySchema extends DBSchema {
  calls: { key: string; value: HistoryEntry; indexes: { byStart: number; byOutcome: string } };
  /**
   * The ids of the unseen missed calls (version 2): the tab title's count is one `count()` and
   * marking seen touches only these, however long the history (walking every missed call of a
   * 100,000-call history after each call was seconds of work).
   */
  unseenMissed: { key: string; value: string };
}

const isUnseenMissed = (entry: HistoryEntry) => entry.outcome === 'missed' && entry.seen === false;

/** The first read of a page: a page and one more, so a page without a filter is one read. */
const FIRST_CHUNK = 101;
/** Later reads grow to this many calls: few round trips for a search that matches little. */
const LARGEST_CHUNK = 4000;

/** Call history in IndexedDB for web mode; same queries as the desktop store. */
export class HistoryDb {
  private db: Promise<IDBPDatabase<HistorySchema>>;

  constructor(name = 'softphone-history') {
    this.db = openDB<HistorySchema>(name, 2, {
      async upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) {
          const calls = db.createObjectStore('calls', { keyPath: 'id' });
          calls.createIndex('byStart', 'startedAt');
          calls.createIndex('byOutcome', 'outcome');
        }
        if (oldVersion < 2) {
          const unseen = db.createObjectStore('unseenMissed');
          // Once, at the upgrade: the missed calls of a version-1 history not looked at yet.
          let cursor = await tx.objectStore('calls').index('byOutcome').openCursor('missed');
          while (cursor) {
            if (isUnseenMissed(cursor.value)) await unseen.put(cursor.value.id, cursor.value.id);
            cursor = await cursor.continue();
          }
        }
      },
    });
  }

  async add(entry: HistoryEntry): Promise<void> {
    const tx = (await this.db).transaction(['calls', 'unseenMissed'], 'readwrite');
    await Promise.all([
      tx.objectStore('calls').put(entry),
      isUnseenMissed(entry)
        ? tx.objectStore('unseenMissed').put(entry.id, entry.id)
        : tx.objectStore('unseenMissed').delete(entry.id),
      tx.done,
    ]);
  }

  /**
   * Newest first; reads the start-time index (within `from`..`to`/`before`) in chunks, newest
   * chunk first, each one `getAll` (a cursor's round trip per call made a search that matches
   * little in 100,000 calls take seconds). A page without a search is one read. Like main's
   * store, a page never ends inside a run of equal start times: paging by `before` would skip the
   * rest of it.
   */
  async list(query: HistoryQuery): Promise<HistoryEntry[]> {
    let bounds: StartBounds | undefined | 'empty' = startBounds(query);
    if (bounds === 'empty') return [];
    const limit = query.limit ?? 100;
    const matches = historyMatcher(query);
    const found: HistoryEntry[] = [];
    const index = (await this.db).transaction('calls').store.index('byStart');
    for (let size = FIRST_CHUNK; bounds; size = Math.min(size * 4, LARGEST_CHUNK)) {
      // The start time `size` calls down from the top: the chunk's lowest.
      let cursor = await index.openKeyCursor(keyRange(bounds), 'prev');
      if (!cursor) break;
      cursor = size > 1 ? await cursor.advance(size - 1) : cursor;
      const split: { chunk: StartBounds; rest?: StartBounds } = cursor
        ? splitBelow(bounds, cursor.key)
        : { chunk: bounds };
      const chunk = await index.getAll(keyRange(split.chunk));
      for (let i = chunk.length - 1; i >= 0; i -= 1) {
        const entry = chunk[i]!;
        const last = found.at(-1);
        if (found.length >= limit && last && entry.startedAt !== last.startedAt) return found;
        if (matches(entry)) found.push(entry);
      }
      bounds = split.rest;
    }
    return found;
  }

  async remove(id: string): Promise<void> {
    const tx = (await this.db).transaction(['calls', 'unseenMissed'], 'readwrite');
    await Promise.all([
      tx.objectStore('calls').delete(id),
      tx.objectStore('unseenMissed').delete(id),
      tx.done,
    ]);
  }

  /** Marks the unseen missed calls seen: only those are read and written. */
  async markSeen(): Promise<void> {
    const tx = (await this.db).transaction(['calls', 'unseenMissed'], 'readwrite');
    const calls = tx.objectStore('calls');
    const unseen = tx.objectStore('unseenMissed');
    for (const id of await unseen.getAllKeys()) {
      const entry = await calls.get(id);
      if (entry && isUnseenMissed(entry)) await calls.put({ ...entry, seen: true });
    }
    await unseen.clear();
    await tx.done;
  }

  async unseenMissedCount(): Promise<number> {
    return (await this.db).count('unseenMissed');
  }

  async clear(): Promise<void> {
    const tx = (await this.db).transaction(['calls', 'unseenMissed'], 'readwrite');
    await Promise.all([
      tx.objectStore('calls').clear(),
      tx.objectStore('unseenMissed').clear(),
      tx.done,
    ]);
  }
}
