import * as v from 'valibot';
import {
  HistoryEntrySchema,
  HistoryQuerySchema,
  type HistoryEntry,
  type HistoryEntryInput,
  type HistoryQuery,
  UserError,
  type UserErrorCode,
} from '../../../src-preload/contract';
import type { Logger as SharedLogger } from '../logging/logger';
import { nodeFileSystem, type DataFileSystem } from '../fs/data-files';
import { HistoryIndex } from './history-index';
import { formatHistoryLine, parseHistoryLines } from './history-lines';

/** The house logger fits. History logs counts and paths, never numbers or names. */
export type Logger = Pick<SharedLogger, 'info' | 'warn' | 'error'>;

/** A refusal or failure the renderer shows in the user's language (a `UserError` code). */
export class HistoryError extends UserError {
  override readonly name = 'HistoryError';
}

/** What a write was doing, as the code of the error it fails with. */
type WriteFailure = Extract<UserErrorCode, `history${string}Failed`>;

/** What opening found, for the log and, when lines were rejected, for the user. */
export interface HistoryLoadReport {
  readonly loaded: number;
  /** Lines that were not valid entries; they were moved to `rejectedPath`. */
  readonly rejected: number;
  readonly rejectedPath?: string;
  /** Set when the file could not be read at all; the store then refuses to write. */
  readonly error?: string;
}

export interface HistoryStoreOptions {
  /** The JSON-lines file, e.g. `<userData>/history.jsonl`. Rejected lines go to `<filePath>.rejected`. */
  readonly filePath: string;
  readonly log: Logger;
  readonly fs?: DataFileSystem;
}

/**
 * The call history: an append-only JSON-lines file (one HistoryEntry per line) held in memory
 * newest first. Adding appends one line; marking seen and clearing rewrite the file through a
 * temporary file and a rename. File writes run one at a time, in the order they were asked for.
 */
export class HistoryStore {
  readonly #index: HistoryIndex;
  readonly #fs: DataFileSystem;
  readonly #filePath: string;
  readonly #log: Logger;
  #writes: Promise<unknown> = Promise.resolve();

  readonly loadReport: HistoryLoadReport;

  private constructor(
    options: HistoryStoreOptions,
    index: HistoryIndex,
    report: HistoryLoadReport,
  ) {
    this.#index = index;
    this.#fs = options.fs ?? nodeFileSystem;
    this.#filePath = options.filePath;
    this.#log = options.log;
    this.loadReport = report;
  }

  /**
   * Loads the file. Never throws: malformed lines are moved to `<filePath>.rejected` and counted in
   * `loadReport`; an unreadable file gives an empty store that refuses to write over it.
   */
  static async open(options: HistoryStoreOptions): Promise<HistoryStore> {
    const fs = options.fs ?? nodeFileSystem;
    const { filePath, log } = options;
    let text: string | null;
    try {
      text = await fs.readText(filePath);
    } catch (error) {
      const reason = describe(error);
      log.error(`Call history could not be read (${reason}); it is left untouched`);
      return new HistoryStore(options, new HistoryIndex(), {
        loaded: 0,
        rejected: 0,
        error: reason,
      });
    }
    const parsed = parseHistoryLines(text ?? '');
    const index = HistoryIndex.from(parsed.entries);
    const store = new HistoryStore(options, index, {
      loaded: index.size,
      rejected: parsed.rejected.length,
      ...(parsed.rejected.length > 0 ? { rejectedPath: `${filePath}.rejected` } : {}),
    });
    if (parsed.needsRewrite) await store.#repair(parsed.rejected);
    log.info(
      `Call history loaded: ${index.size} entries${parsed.rejected.length ? `, ${parsed.rejected.length} rejected` : ''}`,
    );
    return store;
  }

  /** Number of entries. */
  get size(): number {
    return this.#index.size;
  }

  /** Adds an entry (an entry with the same id is replaced) and appends it to the file. */
  async add(entry: HistoryEntryInput): Promise<void> {
    const result = v.safeParse(HistoryEntrySchema, entry);
    if (!result.success) {
      const issue = result.issues[0];
      throw new HistoryError('historyInvalidEntry', {
        detail: issue ? ` at ${v.getDotPath(issue) ?? 'root'}` : '',
      });
    }
    const stored = this.#index.upsert(result.output);
    await this.#write('historySaveFailed', () =>
      this.#fs.append(this.#filePath, formatHistoryLine(stored)),
    );
  }

  /**
   * A page of entries, newest first, per the contract's HistoryQuery (validated here, with the
   * schema's reason: a date range whose start is after its end is refused; defaults applied).
   */
  list(query: HistoryQuery = {}): HistoryEntry[] {
    const result = v.safeParse(HistoryQuerySchema, query);
    if (!result.success) {
      const issue = result.issues[0];
      const where = issue && v.getDotPath(issue);
      throw new HistoryError('historyInvalidQuery', {
        detail: where ? ` at ${where}` : '',
        issue: issue?.message ?? 'rejected',
      });
    }
    return this.#index.list(result.output);
  }

  /** Forgets one call and rewrites the file; an unknown id changes nothing. */
  async remove(id: string): Promise<void> {
    if (!this.#index.remove(id)) return;
    await this.#rewrite('historyDeleteFailed');
  }

  /** Marks every missed call seen; rewrites the file only when something changed. Returns how many changed. */
  async markSeen(): Promise<number> {
    const changed = this.#index.markSeen();
    if (changed > 0) await this.#rewrite('historyMarkSeenFailed');
    return changed;
  }

  unseenMissedCount(): number {
    return this.#index.unseenMissedCount();
  }

  /** Forgets every call, including lines set aside as rejected: the user asked for the history to go. */
  async clear(): Promise<void> {
    this.#index.clear();
    await this.#rewrite('historyClearFailed');
    await this.#write('historyClearFailed', () => this.#fs.remove(`${this.#filePath}.rejected`));
  }

  /** Moves bad lines to `.rejected` first, then rewrites the file without them: no line is ever lost. */
  async #repair(rejected: string[]): Promise<void> {
    try {
      if (rejected.length > 0) {
        await this.#fs.append(
          `${this.#filePath}.rejected`,
          rejected.map((line) => `${line}\n`).join(''),
        );
        this.#log.warn(
          `Call history: ${rejected.length} malformed line(s) moved to ${this.#filePath}.rejected`,
        );
      }
      await this.#rewrite('historyRepairFailed');
    } catch (error) {
      // The bad lines stay in the file (and are skipped again next time) rather than be lost.
      this.#log.error(`Call history could not be repaired: ${describe(error)}`);
    }
  }

  /** Snapshots the index now, so a later add's append lands after this rewrite, not inside it. */
  #rewrite(what: WriteFailure): Promise<void> {
    let text = '';
    for (const entry of this.#index.oldestFirst()) text += formatHistoryLine(entry);
    return this.#write(what, () => this.#fs.replace(this.#filePath, text));
  }

  #write(what: WriteFailure, task: () => Promise<void>): Promise<void> {
    if (this.loadReport.error !== undefined) {
      return Promise.reject(
        new HistoryError('historyUnavailable', { reason: this.loadReport.error }),
      );
    }
    const run = this.#writes.then(task, task).catch((error: unknown) => {
      const failure = new HistoryError(what, { reason: describe(error) });
      this.#log.error(failure.message);
      throw failure;
    });
    this.#writes = run.catch(() => undefined);
    return run;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
