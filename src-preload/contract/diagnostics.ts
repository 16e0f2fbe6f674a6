import * as v from 'valibot';
import { AccountIdSchema } from './account';
import { CallDirectionSchema, CallOutcomeSchema } from './history';

/** The most SIP messages the page keeps for a diagnostics export (sip/sip-trace.ts). */
export const MAX_TRACE_ENTRIES = 500;
/** One traced message; a longer one is cut (the sink to main has the same cap). */
export const MAX_TRACE_ENTRY_CHARS = 64 * 1024;
/** All traced messages together: the page drops the oldest past this. */
export const MAX_TRACE_CHARS = 2 * 1024 * 1024;
/** The most finished calls whose quality an export lists. */
export const MAX_QUALITY_CALLS = 20;
/** The page's own log lines (browser build: console warnings and errors). */
export const MAX_PAGE_LOG_LINES = 500;
export const MAX_PAGE_LOG_LINE_CHARS = 4 * 1024;

const figure = v.optional(v.pipe(v.number(), v.finite()));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A call's quality figures as the call card shows them (sip/call-quality.ts). */
export const QualityFiguresSchema = v.object({
  rttMs: figure,
  jitterMs: figure,
  lossPercent: figure,
  mos: figure,
  bytesReceived: count,
  bytesSent: count,
  level: v.picklist(['good', 'fair', 'poor', 'unknown']),
});

/**
 * One recent call in a diagnostics export: what support needs to judge its audio (the last
 * quality sample, the worst MOS seen, how many samples) and how it ended. No number, no name:
 * the SIP trace beside it has those already when the user chose to send it.
 */
export const CallQualityRecordSchema = v.object({
  id: v.pipe(v.string(), v.maxLength(256)),
  accountId: AccountIdSchema,
  direction: CallDirectionSchema,
  startedAt: v.number(),
  answeredAt: v.optional(v.number()),
  endedAt: v.optional(v.number()),
  outcome: v.optional(CallOutcomeSchema),
  reason: v.optional(v.pipe(v.string(), v.maxLength(64))),
  samples: count,
  worstMos: figure,
  last: v.optional(QualityFiguresSchema),
});

const totalChars = (lines: readonly string[]) => lines.reduce((sum, line) => sum + line.length, 0);

/**
 * What only the page knows, for `diagnostics:export`: its SIP trace ring buffer, the quality of
 * the last calls, its own log lines and its user agent. Every part is capped, so a page cannot
 * make main write an unbounded file; main redacts it all again before writing.
 */
export const DiagnosticsReportSchema = v.object({
  sipTrace: v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(MAX_TRACE_ENTRY_CHARS))),
    v.maxLength(MAX_TRACE_ENTRIES),
    v.check((lines) => totalChars(lines) <= MAX_TRACE_CHARS, 'The SIP trace is too long'),
  ),
  calls: v.pipe(v.array(CallQualityRecordSchema), v.maxLength(MAX_QUALITY_CALLS)),
  pageLog: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.maxLength(MAX_PAGE_LOG_LINE_CHARS))),
      v.maxLength(MAX_PAGE_LOG_LINES),
    ),
    [],
  ),
  userAgent: v.optional(v.pipe(v.string(), v.maxLength(512))),
});

/** What an export did: `saved` where the user chose (desktop), `downloaded` (browser), `cancelled`. */
export const DiagnosticsExportResultSchema = v.object({
  status: v.picklist(['saved', 'downloaded', 'cancelled']),
  fileName: v.optional(v.pipe(v.string(), v.maxLength(1024))),
});

export type QualityFigures = v.InferOutput<typeof QualityFiguresSchema>;
export type CallQualityRecord = v.InferOutput<typeof CallQualityRecordSchema>;
export type DiagnosticsReport = v.InferOutput<typeof DiagnosticsReportSchema>;
export type DiagnosticsReportInput = v.InferInput<typeof DiagnosticsReportSchema>;
export type DiagnosticsExportResult = v.InferOutput<typeof DiagnosticsExportResultSchema>;
