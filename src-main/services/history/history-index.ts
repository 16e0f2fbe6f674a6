import type { CallOutcome, HistoryEntry } from '../../../src-preload/contract';

/** A validated, frozen entry plus what searching it needs, computed once. */
interface Row {
  readonly entry: HistoryEntry;
  /** `number` and `name`, lower-cased, joined by a character no search can contain. */
  readonly text: string;
  /** The number's digits only, so "(030) 1234" finds "+49301234". */
  readonly digits: string;
}

/** A query after the contract's defaults are applied. */
export interface ResolvedHistoryQuery {
  search?: string;
  outcome?: CallOutcome;
  accountId?: string;
  /** Started at or after. */
  from?: number;
  /** Started strictly before (like `before`; both may be given). */
  to?: number;
  before?: number;
  limit: number;
}

/** The tighter of `before` and `to`: both mean "started strictly before". */
function upperBound(query: ResolvedHistoryQuery): number | undefined {
  if (query.before === undefined) return query.to;
  return query.to === undefined ? query.before : Math.min(query.before, query.to);
}

/** Newest first; equal start times ordered by id so paging and tests are deterministic. */
function precedes(a: HistoryEntry, b: HistoryEntry): boolean {
  return a.startedAt > b.startedAt || (a.startedAt === b.startedAt && a.id < b.id);
}

/** Freezes the entry in place (no copy: at 100,000 entries the copies cost more than the parsing). */
function toRow(entry: HistoryEntry): Row {
  return {
    entry: Object.freeze(entry),
    text: `${entry.number}\u0000${entry.name ?? ''}`.toLowerCase(),
    digits: entry.number.replace(/\D/g, ''),
  };
}

const isUnseenMissed = (entry: HistoryEntry) => entry.outcome === 'missed' && entry.seen === false;

/** Whether a search term is a phone number as people type it: digits and + ( ) . - / spaces. */
const PHONE_LIKE = /^[\d\s()+./-]+$/;

function matcher(search: string | undefined): ((row: Row) => boolean) | undefined {
  const needle = search?.trim().toLowerCase();
  if (!needle) return undefined;
  const digits = PHONE_LIKE.test(needle) ? needle.replace(/\D/g, '') : '';
  return digits
    ? (row) => row.text.includes(needle) || row.digits.includes(digits)
    : (row) => row.text.includes(needle);
}

/**
 * The call history in memory: sorted newest first, one row per id, searchable.
 * Pure and synchronous; HistoryStore adds the file.
 */
export class HistoryIndex {
  #rows: Row[] = [];
  readonly #byId = new Map<string, Row>();
  #unseenMissed = 0;

  /**
   * Builds an index from entries in any order; a later entry with the same id wins.
   * The index owns the entries it is given from then on: it freezes them.
   */
  static from(entries: Iterable<HistoryEntry>): HistoryIndex {
    const index = new HistoryIndex();
    let rows: Row[] = [];
    for (const entry of entries) {
      const row = toRow(entry);
      index.#byId.set(entry.id, row);
      rows.push(row);
    }
    if (index.#byId.size !== rows.length)
      rows = rows.filter((row) => index.#byId.get(row.entry.id) === row);
    index.#rows = rows.sort((a, b) => (precedes(a.entry, b.entry) ? -1 : 1));
    for (const row of rows) if (isUnseenMissed(row.entry)) index.#unseenMissed += 1;
    return index;
  }

  get size(): number {
    return this.#rows.length;
  }

  /** Every entry, oldest first: the order the file is written in. */
  *oldestFirst(): IterableIterator<HistoryEntry> {
    for (let i = this.#rows.length - 1; i >= 0; i -= 1) yield (this.#rows[i] as Row).entry;
  }

  /** Adds an entry (and freezes it), replacing any entry with the same id. Returns the stored entry. */
  upsert(entry: HistoryEntry): HistoryEntry {
    const previous = this.#byId.get(entry.id);
    if (previous) this.#removeRow(previous);
    const row = toRow(entry);
    this.#rows.splice(this.#insertionPoint(row.entry), 0, row);
    this.#byId.set(row.entry.id, row);
    if (isUnseenMissed(row.entry)) this.#unseenMissed += 1;
    return row.entry;
  }

  /**
   * Entries started strictly before `before` (and `to`) and at or after `from`, newest first,
   * filtered by outcome, line and a case-insensitive substring of number or name, up to `limit`.
   *
   * A page never ends inside a run of equal start times: those entries are all returned, even
   * past `limit`. The contract pages by start time alone (`before`), so splitting a run would make
   * the next page skip the rest of it.
   */
  list(query: ResolvedHistoryQuery): HistoryEntry[] {
    const matches = matcher(query.search);
    const page: HistoryEntry[] = [];
    const before = upperBound(query);
    let i = before === undefined ? 0 : this.#firstStartedBefore(before);
    for (; i < this.#rows.length; i += 1) {
      const row = this.#rows[i] as Row;
      if (query.from !== undefined && row.entry.startedAt < query.from) break;
      const last = page.at(-1);
      if (page.length >= query.limit && last && row.entry.startedAt !== last.startedAt) break;
      if (query.outcome !== undefined && row.entry.outcome !== query.outcome) continue;
      if (query.accountId !== undefined && row.entry.accountId !== query.accountId) continue;
      if (matches && !matches(row)) continue;
      page.push(row.entry);
    }
    return page;
  }

  /** Marks every unseen missed call as seen; returns how many changed. */
  markSeen(): number {
    if (this.#unseenMissed === 0) return 0;
    let changed = 0;
    this.#rows = this.#rows.map((row) => {
      if (!isUnseenMissed(row.entry)) return row;
      changed += 1;
      const seen = toRow({ ...row.entry, seen: true });
      this.#byId.set(seen.entry.id, seen);
      return seen;
    });
    this.#unseenMissed = 0;
    return changed;
  }

  unseenMissedCount(): number {
    return this.#unseenMissed;
  }

  /** Forgets the entry with this id; returns whether there was one. */
  remove(id: string): boolean {
    const row = this.#byId.get(id);
    if (!row) return false;
    this.#removeRow(row);
    return true;
  }

  clear(): void {
    this.#rows = [];
    this.#byId.clear();
    this.#unseenMissed = 0;
  }

  #removeRow(row: Row): void {
    // Ids are unique, so everything before the row precedes it: its insertion point is its index.
    let i = this.#insertionPoint(row.entry);
    if (this.#rows[i] !== row) i = this.#rows.indexOf(row);
    this.#rows.splice(i, 1);
    this.#byId.delete(row.entry.id);
    if (isUnseenMissed(row.entry)) this.#unseenMissed -= 1;
  }

  /** The first index whose entry does not precede `entry` (binary search). */
  #insertionPoint(entry: HistoryEntry): number {
    let low = 0;
    let high = this.#rows.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (precedes((this.#rows[mid] as Row).entry, entry)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The first index whose entry started strictly before `time` (binary search). */
  #firstStartedBefore(time: number): number {
    let low = 0;
    let high = this.#rows.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.#rows[mid] as Row).entry.startedAt >= time) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
