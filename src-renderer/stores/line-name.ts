import type { AccountProfile } from '../../src-preload/contract';

/** What Settings, the main view and the busy lamps change of one line without signing it in again. */
export type LineSettings = Partial<
  Pick<AccountProfile, 'displayName' | (typeof PER_LINE_KEYS)[number]>
>;

/**
 * A line's settings that are the user's, not the sign-in form's: signing a line in again keeps
 * them (other per-line features, do-not-disturb or forwarding, live here too).
 */
export const PER_LINE_KEYS = [
  'label',
  'ringtone',
  'voicemailNumber',
  'doNotDisturb',
  'forwarding',
  'autoAnswer',
  'watched',
] as const satisfies readonly (keyof AccountProfile)[];

/** How a line is named to the user: its label, else its extension. */
export function lineName(profile: Pick<AccountProfile, 'label' | 'extension'>): string {
  return profile.label?.trim() || profile.extension;
}
