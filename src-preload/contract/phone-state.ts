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

/** What the renderer's phone reports to main whenever it changes. */
export const PhoneSnapshotSchema = v.object({
  registration: RegistrationStateSchema,
  registrationDetail: v.optional(v.pipe(v.string(), v.maxLength(256))),
  calls: v.pipe(v.array(CallSummarySchema), v.maxLength(16)),
  missedCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  doNotDisturb: v.boolean(),
});

export type RegistrationState = v.InferOutput<typeof RegistrationStateSchema>;
export type CallState = v.InferOutput<typeof CallStateSchema>;
export type CallSummary = v.InferOutput<typeof CallSummarySchema>;
export type PhoneSnapshot = v.InferOutput<typeof PhoneSnapshotSchema>;
