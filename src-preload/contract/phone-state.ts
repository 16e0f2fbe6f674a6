import * as v from 'valibot';
import { CallDirectionSchema } from './history';

export const RegistrationStateSchema = v.picklist([
  'offline',
  'connecting',
  'registered',
  'failed',
]);

export const CallStateSchema = v.picklist(['ringing', 'dialing', 'active', 'held', 'ended']);

/** A call as main needs it for the tray, the incoming-call popup and the hotkeys. */
export const CallSummarySchema = v.object({
  id: v.pipe(v.string(), v.maxLength(128)),
  accountId: v.pipe(v.string(), v.maxLength(64)),
  direction: CallDirectionSchema,
  state: CallStateSchema,
  number: v.pipe(v.string(), v.maxLength(256)),
  name: v.optional(v.pipe(v.string(), v.maxLength(256))),
  line: v.optional(v.pipe(v.string(), v.maxLength(128))),
  muted: v.optional(v.boolean(), false),
});

/** One line (account) of the page's phone: its registration, and why it failed when it did. */
export const LineReportSchema = v.object({
  accountId: v.pipe(v.string(), v.maxLength(64)),
  registration: RegistrationStateSchema,
  detail: v.optional(v.pipe(v.string(), v.maxLength(256))),
  /** The line's mailbox (message-summary, RFC 3842), once the PBX has said; for the tray and dock badge. */
  voicemail: v.optional(
    v.object({
      newCount: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99_999)),
      oldCount: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99_999)),
    }),
  ),
});

/**
 * What the renderer's phone reports to main whenever it changes: only what the page owns, its
 * calls and each line's registration and mailbox. Do-not-disturb (settings) and the missed-call count
 * (history) are main's own state and never travel back from the page.
 */
export const PhoneReportSchema = v.object({
  lines: v.pipe(v.array(LineReportSchema), v.maxLength(16)),
  calls: v.pipe(v.array(CallSummarySchema), v.maxLength(16)),
});

export type RegistrationState = v.InferOutput<typeof RegistrationStateSchema>;
export type CallState = v.InferOutput<typeof CallStateSchema>;
export type CallSummary = v.InferOutput<typeof CallSummarySchema>;
export type LineReport = v.InferOutput<typeof LineReportSchema>;
export type PhoneReport = v.InferOutput<typeof PhoneReportSchema>;
