import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type {
  CallOutcome,
  HistoryEntry,
  HistoryExportResult,
  HistoryFilter,
} from '../../src-preload/contract';
import { softphone } from '../bridge/softphone';
import { historyFilterOf } from './history-filter';

const PAGE = 100;

/**
 * The call history view's state: a page of entries, the filter (search, outcome, line, dates),
 * and the unseen missed count.
 */
export const useHistoryStore = defineStore('history', () => {
  const entries = ref<HistoryEntry[]>([]);
  const search = ref('');
  const outcome = ref<CallOutcome | undefined>(undefined);
  const lineId = ref<string | undefined>(undefined);
  const fromDate = ref('');
  const toDate = ref('');
  const hasMore = ref(false);
  const missedCount = ref(0);

  /** The contract's filter, or 'range' while From is after To (nothing is asked then). */
  const filter = computed<HistoryFilter | 'range'>(() =>
    historyFilterOf({
      search: search.value,
      outcome: outcome.value,
      lineId: lineId.value,
      fromDate: fromDate.value,
      toDate: toDate.value,
    }),
  );

  async function refresh(): Promise<void> {
    const current = filter.value;
    if (current === 'range') {
      entries.value = [];
      hasMore.value = false;
      return;
    }
    const page = await softphone.history.list({ ...current, limit: PAGE });
    entries.value = page;
    hasMore.value = page.length >= PAGE;
  }

  async function loadMore(): Promise<void> {
    const last = entries.value.at(-1);
    const current = filter.value;
    if (!last || current === 'range') return;
    const page = await softphone.history.list({
      ...current,
      before: last.startedAt,
      limit: PAGE,
    });
    entries.value = [...entries.value, ...page];
    hasMore.value = page.length >= PAGE;
  }

  async function refreshMissed(): Promise<void> {
    missedCount.value = await softphone.history.unseenMissed();
  }

  /** The user has looked at the history: missed calls are no longer "new". */
  async function markSeen(): Promise<void> {
    await softphone.history.markSeen();
    missedCount.value = 0;
    entries.value = entries.value.map((entry) => ({ ...entry, seen: true }));
  }

  async function clear(): Promise<void> {
    await softphone.history.clear();
    entries.value = [];
    hasMore.value = false;
    missedCount.value = 0;
  }

  /** Forgets one call. */
  async function remove(id: string): Promise<void> {
    await softphone.history.remove({ id });
    entries.value = entries.value.filter((entry) => entry.id !== id);
    await refreshMissed();
  }

  /** Every call the filter matches, as a CSV report (desktop: a file; browser: a download). */
  async function exportCsv(): Promise<HistoryExportResult> {
    const current = filter.value;
    if (current === 'range') throw new RangeError('range');
    return softphone.history.export(current);
  }

  return {
    entries,
    search,
    outcome,
    lineId,
    fromDate,
    toDate,
    filter,
    hasMore,
    missedCount,
    refresh,
    loadMore,
    refreshMissed,
    markSeen,
    clear,
    remove,
    exportCsv,
  };
});
