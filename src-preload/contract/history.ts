import * as v from 'valibot';
import { AccountIdSchema } from './account';

export const CallDirectionSchema = v.picklist(['incoming', 'outgoing']);
export const CallOutcomeSchema = v.picklist([
  'answered',
  'missed',
  'declined',
  'busy',
  'cancelled',
  'failed',
]);

/** One finished call. Times are epoch milliseconds. */
export const HistoryEntrySchema = v.object({
  id: v.pipe(v.string(), v.maxLength(128)),
  accountId: v.pipe(v.string(), v.maxLength(64)),
  /** The line's name when the call was made (label or extension): it outlives a removed line. */
  line: v.optional(v.pipe(v.string(), v.maxLength(128))),
  direction: CallDirectionSchema,
  number: v.pipe(v.string(), v.maxLength(256)),
  name: v.optional(v.pipe(v.string(), v.maxLength(256))),
  startedAt: v.number(),
  answeredAt: v.optional(v.number()),
  endedAt: v.number(),
  outcome: CallOutcomeSchema,
  reason: v.optional(v.pipe(v.string(), v.maxLength(256))),
  seen: v.optional(v.boolean(), true),
  /** The call's recording (the recorder sets it); the history entry links to it when present. */
  recordingId: v.optional(v.pipe(v.string(), v.maxLength(128))),
});

/** A point in time for a filter: epoch milliseconds, a whole number (no NaN, no Infinity). */
const FilterTimeSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/** What the user filters by: the same for the list and the export. */
const filterEntries = {
  search: v.optional(v.pipe(v.string(), v.maxLength(256))),
  outcome: v.optional(CallOutcomeSchema),
  /** Only calls on this line (the entry's `accountId`). */
  accountId: v.optional(AccountIdSchema),
  /** Calls started at or after this time. */
  from: v.optional(FilterTimeSchema),
  /** Calls started strictly before this time (the renderer passes the day after "To"). */
  to: v.optional(FilterTimeSchema),
};

type Range = { from?: number; to?: number };
const rangeInOrder = <T extends Range>(range: T) =>
  range.from === undefined || range.to === undefined || range.from <= range.to;
const RANGE_MESSAGE = 'The start of the date range is after its end';

export const HistoryFilterSchema = v.pipe(
  v.object(filterEntries),
  v.check(rangeInOrder, RANGE_MESSAGE),
);

export const HistoryQuerySchema = v.pipe(
  v.object({
    ...filterEntries,
    /** Entries started strictly before this time: keyset paging through long histories. */
    before: v.optional(v.number()),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)), 100),
  }),
  v.check(rangeInOrder, RANGE_MESSAGE),
);

export const HistoryRemoveSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
});

/**
 * What an export did. Desktop: `saved` to the file the user chose (or `cancelled` in the save
 * dialog); browser: `downloaded`. `count` is the number of calls in the file.
 */
export const HistoryExportResultSchema = v.object({
  status: v.picklist(['saved', 'downloaded', 'cancelled']),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  fileName: v.optional(v.pipe(v.string(), v.maxLength(1024))),
});

export type CallDirection = v.InferOutput<typeof CallDirectionSchema>;
export type CallOutcome = v.InferOutput<typeof CallOutcomeSchema>;
export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;
export type HistoryEntryInput = v.InferInput<typeof HistoryEntrySchema>;
export type HistoryQuery = v.InferInput<typeof HistoryQuerySchema>;
export type HistoryFilter = v.InferInput<typeof HistoryFilterSchema>;
export type HistoryExportResult = v.InferOutput<typeof HistoryExportResultSchema>;
