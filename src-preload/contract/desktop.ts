import * as v from 'valibot';

/**
 * What only the desktop app has: the global-hotkey report, where passwords are kept, start at
 * login, updates, and "reset app data". Main owns all of it; the settings screen shows it.
 */

/** `unavailable`: a Wayland session whose desktop offers no GlobalShortcuts portal (or refused it). */
export const HotkeyStatusSchema = v.picklist([
  'registered',
  'in-use',
  'invalid',
  'disabled',
  'unavailable',
]);

/** One hotkey as main registered it (or could not): never silently dropped. */
export const HotkeyReportEntrySchema = v.object({
  accelerator: v.pipe(v.string(), v.maxLength(64)),
  status: HotkeyStatusSchema,
  /** Why it is not registered, in words a user can act on ("… is already used by another application"). */
  message: v.optional(v.pipe(v.string(), v.maxLength(512))),
  /** Registered, but likely to clash (AltGr characters, macOS system shortcuts). */
  warnings: v.array(v.pipe(v.string(), v.maxLength(512))),
});

/** Same keys as `settings.desktop.hotkeys`. */
export const HotkeyReportSchema = v.object({
  answer: HotkeyReportEntrySchema,
  hangup: HotkeyReportEntrySchema,
  mute: HotkeyReportEntrySchema,
  toggleWindow: HotkeyReportEntrySchema,
  dialSelection: HotkeyReportEntrySchema,
  toggleDnd: HotkeyReportEntrySchema,
});

export const UpdateStateSchema = v.picklist([
  /** No feed URL in settings or the provisioning profile (or a development build): nothing is checked. */
  'off',
  'idle',
  'checking',
  'downloading',
  /** Downloaded; the user was asked and said "later", or has not answered yet. */
  'ready',
  'error',
]);

export const DesktopStatusSchema = v.object({
  hotkeys: HotkeyReportSchema,
  /** Where passwords are kept; `session` means "in memory until Softphone quits". */
  secretBackend: v.picklist(['keychain', 'safe-storage', 'session']),
  /** Set when passwords are kept somewhere weaker than the OS keychain. */
  secretWarning: v.optional(v.string()),
  /** Set when turning start-at-login on or off failed. */
  startAtLoginError: v.optional(v.string()),
  updates: v.object({
    state: UpdateStateSchema,
    /** The version being downloaded or ready to install. */
    version: v.optional(v.string()),
    message: v.optional(v.string()),
  }),
});

/**
 * What "Reset app data" may keep; everything not listed goes. `accounts` keeps the account
 * profiles and their passwords; `preferences` keeps the ui, calling, audio, desktop and update
 * sections; `provisioning` keeps the provider's profile; `history` keeps the call history;
 * `contacts` keeps the address book.
 */
export const ResetKeepSchema = v.picklist([
  'accounts',
  'preferences',
  'provisioning',
  'history',
  'contacts',
]);

export const ResetDataRequestSchema = v.object({
  keep: v.pipe(v.array(ResetKeepSchema), v.maxLength(5)),
});

export type HotkeyStatus = v.InferOutput<typeof HotkeyStatusSchema>;
export type HotkeyReportEntry = v.InferOutput<typeof HotkeyReportEntrySchema>;
export type HotkeyReport = v.InferOutput<typeof HotkeyReportSchema>;
export type UpdateState = v.InferOutput<typeof UpdateStateSchema>;
export type DesktopStatus = v.InferOutput<typeof DesktopStatusSchema>;
export type ResetKeep = v.InferOutput<typeof ResetKeepSchema>;
export type ResetDataRequest = v.InferOutput<typeof ResetDataRequestSchema>;

/** Settings sections each "keep" choice covers. */
const SECTIONS_OF: Record<Exclude<ResetKeep, 'history' | 'contacts'>, readonly string[]> = {
  accounts: ['accounts'],
  preferences: ['ui', 'calling', 'audio', 'desktop', 'updates'],
  provisioning: ['provisioning'],
};

/** The top-level settings sections a reset keeps, for `keep`. Pure; shared by main and web mode. */
export function keptSettingsSections(keep: readonly ResetKeep[]): string[] {
  return [
    ...new Set(
      keep.flatMap((choice) =>
        choice === 'history' || choice === 'contacts' ? [] : SECTIONS_OF[choice],
      ),
    ),
  ];
}
