import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { CallOutcome, HistoryEntry } from '../../src-preload/contract';
import { softphone } from '../bridge/softphone';

const PAGE = 100;

/** The call history view's state: a page of entries, the search, and the unseen missed count. */
export const useHistoryStore = defineStore('history', () => {
  const entries = ref<HistoryEntry[]>([]);
  const search = ref('');
  const outcome = ref<CallOutcome | undefined>(undefined);
  const hasMore = ref(false);
  const missedCount = ref(0);

  async function refresh(): Promise<void> {
    const page = await softphone.history.list({
      search: search.value || undefined,
      outcome: outcome.value,
      limit: PAGE,
    });
    entries.value = page;
    hasMore.value = page.length === PAGE;
  }

  async function loadMore(): Promise<void> {
    const last = entries.value.at(-1);
    if (!last) return;
    const page = await softphone.history.list({
      search: search.value || undefined,
      outcome: outcome.value,
      before: last.startedAt,
      limit: PAGE,
    });
    entries.value = [...entries.value, ...page];
    hasMore.value = page.length === PAGE;
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
    missedCount.value = 0;
  }

  return {
    entries,
    search,
    outcome,
    hasMore,
    missedCount,
    refresh,
    loadMore,
    refreshMissed,
    markSeen,
    clear,
  };
});
