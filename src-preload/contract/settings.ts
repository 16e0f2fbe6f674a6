import * as v from 'valibot';
import { LOCALES, preferredLocale } from '../i18n/locales';
import { AccountProfileSchema } from './account';
import { ProvisioningProfileSchema } from './provisioning';
import { RecordingSettingsSchema } from './recordings';

/**
 * Electron accelerator strings; empty means "no hotkey". The defaults use Ctrl/Cmd+Shift with a
 * function key: Ctrl+Alt combinations are AltGr characters on many European layouts, and
 * Cmd+Option+H/M/D are macOS system shortcuts.
 */
const AcceleratorSchema = v.pipe(v.string(), v.maxLength(64));

export const HotkeySettingsSchema = v.object({
  answer: v.optional(AcceleratorSchema, 'CommandOrControl+Shift+F9'),
  hangup: v.optional(AcceleratorSchema, 'CommandOrControl+Shift+F10'),
  mute: v.optional(AcceleratorSchema, 'CommandOrControl+Shift+F11'),
  toggleWindow: v.optional(AcceleratorSchema, 'CommandOrControl+Shift+F12'),
  dialSelection: v.optional(AcceleratorSchema, 'CommandOrControl+Shift+F8'),
  /** Unbound by default: every free Ctrl+Shift+F-key is already taken above. */
  toggleDnd: v.optional(AcceleratorSchema, ''),
});

export const SettingsSchema = v.object({
  schemaVersion: v.optional(v.literal(2), 2),
  accounts: v.optional(v.array(AccountProfileSchema), []),
  provisioning: v.optional(ProvisioningProfileSchema),
  ui: v.optional(
    v.object({
      theme: v.optional(v.picklist(['system', 'light', 'dark']), 'system'),
      language: v.optional(v.picklist(LOCALES), 'en'),
    }),
    {},
  ),
  calling: v.optional(
    v.object({
      defaultCountry: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)), 'US'),
      declineCode: v.optional(v.picklist([486, 603]), 486),
      doNotDisturb: v.optional(v.boolean(), false),
      /** What a caller hears while Do not disturb is on: 486 Busy Here, 480 Unavailable, 603 Decline. */
      dndCode: v.optional(v.picklist([486, 480, 603]), 486),
      /** Ask before a link, a command line or the selection dials (on by default since v2). */
      confirmBeforeDial: v.optional(v.boolean(), true),
      /** "Always allow for tel: links": phone-number links from other apps dial without asking. */
      allowTelLinks: v.optional(v.boolean(), false),
    }),
    {},
  ),
  audio: v.optional(
    v.object({
      microphoneId: v.optional(v.string()),
      speakerId: v.optional(v.string()),
      ringerId: v.optional(v.string()),
      /** Percent: how loud the ring is, apart from the call itself. */
      ringerVolume: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)), 80),
      /** Percent: how loud the far end (and the earpiece tones) play. */
      callVolume: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)), 100),
    }),
    {},
  ),
  desktop: v.optional(
    v.object({
      closeToTray: v.optional(v.boolean(), true),
      startMinimized: v.optional(v.boolean(), false),
      startAtLogin: v.optional(v.boolean(), false),
      incomingPopup: v.optional(v.boolean(), true),
      /** Write every SIP message to the log file (for support); digest answers are redacted. */
      sipTrace: v.optional(v.boolean(), false),
      hotkeys: v.optional(HotkeySettingsSchema, {}),
    }),
    {},
  ),
  recording: v.optional(RecordingSettingsSchema, {}),
  updates: v.optional(
    v.object({ feedUrl: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://'))) }),
    {},
  ),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SettingsInput = v.InferInput<typeof SettingsSchema>;

/** A change to settings: any top-level section, replaced whole (sections are small). */
export const SettingsPatchSchema = v.partial(v.omit(SettingsSchema, ['schemaVersion']));
export type SettingsPatch = v.InferInput<typeof SettingsPatchSchema>;

/**
 * The settings a fresh install starts with, in the first of the user's `languages` (best first)
 * the app speaks, else English.
 */
export function defaultSettings(languages: readonly string[] = []): Settings {
  return v.parse(SettingsSchema, { ui: { language: preferredLocale(languages) } });
}
