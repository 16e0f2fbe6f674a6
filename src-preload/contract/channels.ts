import * as v from 'valibot';
import { ContactSchema, ContactsRemoveSchema, ContactsSaveSchema, MAX_CONTACTS } from './contacts';
import { AccountIdSchema } from './account';
import { SipCredentialSchema } from './credential';
import { DesktopStatusSchema, ResetDataRequestSchema } from './desktop';
import { DiagnosticsExportResultSchema, DiagnosticsReportSchema } from './diagnostics';
import {
  HistoryEntrySchema,
  HistoryExportResultSchema,
  HistoryFilterSchema,
  HistoryQuerySchema,
  HistoryRemoveSchema,
} from './history';
import { PhoneReportSchema } from './phone-state';
import {
  RecordingChunkSchema,
  RecordingFinishSchema,
  RecordingInfoSchema,
  RecordingRefSchema,
  RecordingStartSchema,
} from './recordings';
import { ProvisioningProfileSchema } from './provisioning';
import { SettingsPatchSchema, SettingsSchema } from './settings';
import { REFUSAL_CODES } from '../i18n/refusals';

export const AppInfoSchema = v.object({
  mode: v.picklist(['desktop', 'web']),
  version: v.string(),
  platform: v.string(),
  /** Where passwords are kept; `session` means "in memory for this tab only". */
  secretBackend: v.picklist(['keychain', 'safe-storage', 'session']),
  /** Set when passwords are kept somewhere weaker than the user would expect. */
  secretWarning: v.optional(v.string()),
  /** A message about something main recovered from at start-up (say, a corrupt settings file). */
  startupNotice: v.optional(v.string()),
});

/**
 * Where to fetch a provisioning profile from. Desktop: an https URL (main fetches it). Web: a
 * same-origin path. A local file is read by the page itself and needs no channel.
 */
export const ProvisioningSourceSchema = v.object({
  url: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(2048)),
});

export const DialRequestSchema = v.object({
  target: v.pipe(v.string(), v.minLength(1), v.maxLength(256)),
  source: v.picklist(['link', 'command-line', 'hotkey', 'tray', 'popup']),
  /** Optional account to place the call from (several accounts registered at once). */
  accountId: v.optional(AccountIdSchema),
  /**
   * DTMF to send once the call is answered (a link's `;ext=` or digits after a pause):
   * `0-9 * #`, with `,` for a 2-second pause (JsSIP's sendDTMF treats `,` the same way).
   */
  postDial: v.optional(v.pipe(v.string(), v.regex(/^[0-9*#,]{1,32}$/))),
});

export const CallCommandSchema = v.object({
  action: v.picklist(['answer', 'decline', 'hangup', 'hangup-or-decline', 'toggle-mute']),
  callId: v.optional(v.pipe(v.string(), v.maxLength(128))),
});

/** A refusal's parameters: a few short named values (untrusted text is escaped by main). */
const RefusalParamsSchema = v.pipe(
  v.record(
    v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9]{0,31}$/)),
    v.union([v.pipe(v.string(), v.maxLength(512)), v.pipe(v.number(), v.finite())]),
  ),
  v.check((params) => Object.keys(params).length <= 8, 'A refusal has at most 8 parameters.'),
);

const RefusalBaseSchema = v.strictObject({
  code: v.picklist(REFUSAL_CODES),
  params: v.optional(RefusalParamsSchema),
});

/** A refusal (`src-preload/i18n/refusals.ts`): a known code, and at most one level of cause. */
export const RefusalSchema = v.strictObject({
  ...RefusalBaseSchema.entries,
  cause: v.optional(RefusalBaseSchema),
});

export const NoticeSchema = v.object({
  level: v.picklist(['info', 'warning', 'error']),
  /** English: what the page shows when there is no `refusal`, and what the logs keep. */
  message: v.pipe(v.string(), v.maxLength(1024)),
  /** Set when the notice is a refusal: the page shows `main.refusal.<code>` in the user's language. */
  refusal: v.optional(RefusalSchema),
});

const channel = <Req extends v.GenericSchema, Res extends v.GenericSchema>(
  request: Req,
  response: Res,
) => ({ request, response });

/** No payload on a request. */
const nothing = v.undefined();
/** No value in a response. */
const done = v.void();

/**
 * Every request the renderer may make of main, `domain:verb`.
 * Requests are validated in main before a handler runs; responses are trusted (main wrote them).
 */
export const invokeChannels = {
  'app:info': channel(nothing, AppInfoSchema),
  /**
   * The page has loaded its settings and listens for pushes. Main holds back dial requests, call
   * commands and notices (a tel: link that started the app) until then, and delivers them now.
   */
  'app:ready': channel(nothing, done),
  /** Forget app data except what the user chose to keep, then reload the page. */
  'app:resetData': channel(ResetDataRequestSchema, done),
  /** Hotkey report, password storage, start at login, updates: what the desktop settings show. */
  'desktop:status': channel(nothing, DesktopStatusSchema),
  'settings:get': channel(nothing, SettingsSchema),
  'settings:update': channel(SettingsPatchSchema, SettingsSchema),
  'secrets:get': channel(v.object({ accountId: AccountIdSchema }), v.nullable(SipCredentialSchema)),
  /**
   * `remember` (browser build: "Remember me on this device"): true keeps the credential across
   * reloads, false keeps it for this tab only, absent keeps the line's current choice (the HA1
   * that replaces a password). The desktop app always keeps it in the OS secret store.
   */
  'secrets:set': channel(
    v.object({
      accountId: AccountIdSchema,
      credential: SipCredentialSchema,
      remember: v.optional(v.boolean()),
    }),
    done,
  ),
  'secrets:remove': channel(v.object({ accountId: AccountIdSchema }), done),
  'history:add': channel(HistoryEntrySchema, done),
  'history:list': channel(HistoryQuerySchema, v.array(HistoryEntrySchema)),
  'history:markSeen': channel(nothing, done),
  /** Missed calls the user has not looked at yet (tray badge, history tab). */
  'history:unseenMissed': channel(nothing, v.pipe(v.number(), v.integer(), v.minValue(0))),
  'history:clear': channel(nothing, done),
  /** The whole address book (the page indexes it for search and caller names). */
  'contacts:list': channel(nothing, v.pipe(v.array(ContactSchema), v.maxLength(MAX_CONTACTS))),
  /** Adds or replaces contacts by id (the form saves one, an import many at once). */
  'contacts:save': channel(ContactsSaveSchema, done),
  'contacts:remove': channel(ContactsRemoveSchema, done),
  /** Forget one call. */
  'history:remove': channel(HistoryRemoveSchema, done),
  /**
   * Every call the filter matches (all of them, not a page) as a CSV call-detail report. Desktop:
   * main asks where to save it and writes the file; browser: the bridge offers it as a download.
   */
  'history:export': channel(HistoryFilterSchema, HistoryExportResultSchema),
  'provisioning:import': channel(ProvisioningSourceSchema, ProvisioningProfileSchema),
  'phone:report': channel(PhoneReportSchema, done),
  /**
   * Open the provider's customer portal (or its support page) in the system browser. Main opens
   * it only when `url` has the exact https origin of the profile's `portalUrl` or `supportUrl`
   * (contract/portal.ts); else it throws.
   */
  'portal:open': channel(
    v.object({ url: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(2048)) }),
    done,
  ),
  /** A call recording starts: main (or the browser store) opens its file and returns its entry. */
  'recordings:start': channel(RecordingStartSchema, RecordingInfoSchema),
  /** The next chunk of a recording (MediaRecorder timeslice), appended to its file in order. */
  'recordings:append': channel(RecordingChunkSchema, done),
  /** The recording ended (hang-up, transfer, Record off): its duration is final. */
  'recordings:finish': channel(RecordingFinishSchema, RecordingInfoSchema),
  'recordings:list': channel(nothing, v.array(RecordingInfoSchema)),
  /** The whole file, for playback and download. */
  'recordings:read': channel(RecordingRefSchema, v.instance(Uint8Array)),
  'recordings:remove': channel(RecordingRefSchema, done),
  /** Desktop: shows the file in the system's file manager. */
  'recordings:showInFolder': channel(RecordingRefSchema, done),
  /** Desktop: asks for a recordings folder (system dialog) and saves it; null when cancelled. */
  'recordings:chooseFolder': channel(nothing, v.nullable(v.string())),
  /** Desktop: the folder recordings go to now (the chosen one, else the default). */
  'recordings:folder': channel(nothing, v.string()),
  /** SIP trace lines from the phone engine, written to the log only while the setting is on. */
  'diagnostics:sipTrace': channel(
    v.object({ text: v.pipe(v.string(), v.maxLength(64 * 1024)) }),
    done,
  ),
  /**
   * One file for support: logs, the SIP trace, the last calls' quality, settings without secrets,
   * versions. The page sends what only it knows (capped); main adds its logs, settings and versions,
   * redacts everything again and saves a zip where the user chooses. Browser: a download.
   */
  'diagnostics:export': channel(DiagnosticsReportSchema, DiagnosticsExportResultSchema),
  /** Desktop: opens main's own log folder in the file manager (never a path from the page). */
  'diagnostics:openLogFolder': channel(nothing, done),
} as const;

/** Every message main may push to the renderer. */
export const pushChannels = {
  'dial:request': DialRequestSchema,
  'call:command': CallCommandSchema,
  'settings:changed': SettingsSchema,
  'notice:show': NoticeSchema,
  /** The desktop status changed (hotkeys re-registered, an update downloaded…). */
  'desktop:changed': DesktopStatusSchema,
  /**
   * The computer woke from sleep or its screen was unlocked (Electron's powerMonitor): sockets
   * may have died meanwhile, so the phone retries every line now instead of at its next timer.
   */
  'system:resumed': v.object({ reason: v.picklist(['resume', 'unlock-screen']) }),
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type PushChannel = keyof typeof pushChannels;

/** What the renderer sends (before defaults are applied). */
export type InvokeRequest<C extends InvokeChannel> = v.InferInput<
  (typeof invokeChannels)[C]['request']
>;
/** What a main handler receives (validated, defaults applied). */
export type ValidatedRequest<C extends InvokeChannel> = v.InferOutput<
  (typeof invokeChannels)[C]['request']
>;
export type InvokeResponse<C extends InvokeChannel> = v.InferOutput<
  (typeof invokeChannels)[C]['response']
>;
export type PushPayload<C extends PushChannel> = v.InferOutput<(typeof pushChannels)[C]>;

export type AppInfo = v.InferOutput<typeof AppInfoSchema>;
export type ProvisioningSource = v.InferOutput<typeof ProvisioningSourceSchema>;
export type DialRequest = v.InferOutput<typeof DialRequestSchema>;
export type CallCommand = v.InferOutput<typeof CallCommandSchema>;
export type Notice = v.InferOutput<typeof NoticeSchema>;

export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && Object.hasOwn(invokeChannels, name);
}

export function isPushChannel(name: unknown): name is PushChannel {
  return typeof name === 'string' && Object.hasOwn(pushChannels, name);
}
