import type { HistoryEntry, HistoryFilter, HistoryQuery } from '../contract';

/** The largest page the contract allows. */
const PAGE = 1000;

/**
 * Every entry `filter` matches, newest first, read page by page through `list` (the
 * `history:list` implementation: main's store or the browser's IndexedDB). Paging is by start
 * time; both stores return a run of equal start times whole, so no call falls between pages.
 */
export async function collectFiltered(
  list: (query: HistoryQuery) => HistoryEntry[] | Promise<HistoryEntry[]>,
  filter: HistoryFilter,
  pageSize = PAGE,
): Promise<HistoryEntry[]> {
  const found: HistoryEntry[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await list({
      ...filter,
      ...(before === undefined ? {} : { before }),
      limit: pageSize,
    });
    found.push(...page);
    const last = page.at(-1);
    if (!last || page.length < pageSize) return found;
    before = last.startedAt;
  }
}
