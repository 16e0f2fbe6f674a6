import type { CallOutcome, HistoryFilter } from '../../src-preload/contract';

/** What the history's filter fields hold: dates as an `<input type="date">` gives them. */
export interface HistoryFilterFields {
  search: string;
  outcome?: CallOutcome;
  lineId?: string;
  /** `YYYY-MM-DD` or '' (no bound). */
  fromDate: string;
  toDate: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight at the start of `date` plus `days`; undefined for '' or a malformed date. */
export function localMidnight(date: string, days = 0): number | undefined {
  const match = DATE.exec(date);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const time = new Date(year, month - 1, day + days).getTime();
  return Number.isFinite(time) && time >= 0 ? time : undefined;
}

/**
 * The contract's filter for the fields: From is inclusive from its local midnight, To covers its
 * whole day (the filter's `to` is the next midnight, exclusive). Returns 'range' when From is
 * after To, which the contract would refuse.
 */
export function historyFilterOf(fields: HistoryFilterFields): HistoryFilter | 'range' {
  const from = localMidnight(fields.fromDate);
  const to = localMidnight(fields.toDate, 1);
  if (from !== undefined && to !== undefined && from >= to) return 'range';
  return {
    ...(fields.search ? { search: fields.search } : {}),
    ...(fields.outcome ? { outcome: fields.outcome } : {}),
    ...(fields.lineId ? { accountId: fields.lineId } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
}
