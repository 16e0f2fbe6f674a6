import Papa from 'papaparse';
import type { AccountProfile, HistoryEntry, HistoryFilter } from '../contract';

/** The columns of the export, in order: what a call-detail report (CDR) has. */
export const CDR_COLUMNS = [
  'date',
  'time',
  'direction',
  'line',
  'from',
  'to',
  'duration',
  'outcome',
] as const;

/** Our side of a call: how the line is named and its extension. */
export interface LineIdentity {
  readonly name: string;
  readonly extension: string;
}

export type LineLookup = (accountId: string) => LineIdentity | undefined;

/** A lookup over the lines in settings: the label, else the extension (as the screens name it). */
export function lineLookup(accounts: readonly AccountProfile[]): LineLookup {
  const byId = new Map(
    accounts.map((account) => [
      account.id,
      { name: account.label?.trim() || account.extension, extension: account.extension },
    ]),
  );
  return (accountId) => byId.get(accountId);
}

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): starting with `=`, `@`, tab
 * or carriage return, or with `+`/`-` unless only digits follow. papaparse prefixes them with `'`
 * and quotes them. A bare `+4930123456` is a constant, not a call of anything, and is the shape of
 * every E.164 number in the report, so it is left as the number it is.
 */
const FORMULA_START = /^(?:[=@\t\r]|[+-](?!\d+$))/;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The local calendar date, `YYYY-MM-DD`. */
export function localDate(time: number): string {
  const date = new Date(time);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local time of day, `HH:MM:SS`. */
export function localTime(time: number): string {
  const date = new Date(time);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * Talk time, answer to hang-up, as `h:mm:ss` (spreadsheets read and sum it as a duration),
 * rounded to the nearest second; `0:00:00` for a call that was never answered or whose clock
 * went backwards.
 */
export function cdrDuration(entry: Pick<HistoryEntry, 'answeredAt' | 'endedAt'>): string {
  const ms = entry.answeredAt === undefined ? 0 : Math.max(0, entry.endedAt - entry.answeredAt);
  const seconds = Math.round(ms / 1000);
  const hours = Math.floor(seconds / 3600);
  return `${hours}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** One call as the report's cells, in CDR_COLUMNS order. */
export function cdrRow(entry: HistoryEntry, lineOf: LineLookup): string[] {
  const line = lineOf(entry.accountId);
  const lineName = entry.line ?? line?.name ?? '';
  const ours = line?.extension ?? lineName;
  const [from, to] = entry.direction === 'incoming' ? [entry.number, ours] : [ours, entry.number];
  return [
    localDate(entry.startedAt),
    localTime(entry.startedAt),
    entry.direction,
    lineName,
    from,
    to,
    cdrDuration(entry),
    entry.outcome,
  ];
}

/**
 * The report as CSV text (RFC 4180: CRLF line ends, fields quoted where needed, quotes doubled),
 * a header row first. Column names and values are the same in every language, so scripts and
 * spreadsheets read any user's export alike. It starts with a UTF-8 byte-order mark: without it
 * Excel reads non-ASCII names as Latin-1.
 */
export function cdrCsv(entries: readonly HistoryEntry[], lineOf: LineLookup): string {
  const csv = Papa.unparse(
    { fields: [...CDR_COLUMNS], data: entries.map((entry) => cdrRow(entry, lineOf)) },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return `\uFEFF${csv}\r\n`;
}

/** `call-history-2026-12-01-to-2026-12-02.csv`: the filter's days (`to` is exclusive), else today. */
export function cdrFileName(filter: Pick<HistoryFilter, 'from' | 'to'>, now: number): string {
  const first = filter.from === undefined ? undefined : localDate(filter.from);
  const last = localDate(filter.to === undefined ? now : Math.max(0, filter.to - 1));
  if (first === undefined) return `call-history-${last}.csv`;
  return first === last ? `call-history-${first}.csv` : `call-history-${first}-to-${last}.csv`;
}
