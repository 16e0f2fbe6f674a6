import * as v from 'valibot';

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
  recordingId: v.optional(v.pipe(v.string(), v.maxLength(128))),
});

export const HistoryQuerySchema = v.object({
  search: v.optional(v.pipe(v.string(), v.maxLength(256))),
  outcome: v.optional(CallOutcomeSchema),
  /** Entries started strictly before this time: keyset paging through long histories. */
  before: v.optional(v.number()),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)), 100),
});

export type CallDirection = v.InferOutput<typeof CallDirectionSchema>;
export type CallOutcome = v.InferOutput<typeof CallOutcomeSchema>;
export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;
export type HistoryEntryInput = v.InferInput<typeof HistoryEntrySchema>;
export type HistoryQuery = v.InferInput<typeof HistoryQuerySchema>;
