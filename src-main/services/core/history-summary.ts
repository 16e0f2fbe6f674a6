import type { HistoryEntry, HistoryQuery } from '../../../src-preload/contract';
import type { Logger } from '../logging/logger';
import { MAX_RECENT } from '../tray/tray-model';
import type { HistorySummary } from './phone-state';

export interface HistorySummaryDeps {
  history: {
    list(query: HistoryQuery): HistoryEntry[] | Promise<HistoryEntry[]>;
    unseenMissedCount(): number | Promise<number>;
  };
  onChange(summary: HistorySummary): void;
  log: Pick<Logger, 'warn'>;
}

/**
 * Reads what the tray needs from the history store (main's own): the recent calls and the unseen
 * missed count. Reads run one after another, so an older read never overwrites a newer one; a
 * failed read keeps the last summary and is logged.
 */
export function createHistorySummary(deps: HistorySummaryDeps) {
  let queue: Promise<void> = Promise.resolve();

  async function read(): Promise<void> {
    try {
      const entries = await deps.history.list({ limit: MAX_RECENT });
      const missedCount = await deps.history.unseenMissedCount();
      deps.onChange({
        missedCount,
        recentCalls: entries.map(({ number, name, outcome }) =>
          name ? { number, name, outcome } : { number, outcome },
        ),
      });
    } catch (error) {
      deps.log.warn('could not read the history for the tray', { error });
    }
  }

  return {
    /** Reads the history again; settles once this read is done (never rejects). */
    refresh(): Promise<void> {
      queue = queue.then(read);
      return queue;
    },
  };
}
