import type { HistoryEntry, HistoryQuery } from '../../../src-preload/contract';

/** Whether a search term is a phone number as people type it: digits and + ( ) . - / spaces. */
const PHONE_LIKE = /^[\d\s()+./-]+$/;

/**
 * The browser's version of main's filter (src-main/services/history/history-index.ts): outcome,
 * line, and a case-insensitive substring of number or name, where a phone-like search also finds
 * the number's digits ("30-12 34" finds "+49301234"). The start-time range is the IndexedDB
 * key range's job (history-db.ts).
 */
export function historyMatcher(
  query: Pick<HistoryQuery, 'search' | 'outcome' | 'accountId'>,
): (entry: HistoryEntry) => boolean {
  const needle = query.search?.trim().toLowerCase() ?? '';
  const digits = needle && PHONE_LIKE.test(needle) ? needle.replace(/\D/g, '') : '';
  return (entry) =>
    (query.outcome === undefined || entry.outcome === query.outcome) &&
    (query.accountId === undefined || entry.accountId === query.accountId) &&
    (!needle ||
      entry.number.toLowerCase().includes(needle) ||
      (entry.name ?? '').toLowerCase().includes(needle) ||
      (digits !== '' && entry.number.replace(/\D/g, '').includes(digits)));
}
