import { defineStore } from 'pinia';
import * as v from 'valibot';
import { computed, ref } from 'vue';
import { MAX_WATCHED, SipUserSchema } from '../../src-preload/contract';
import type { LampState } from '../sip/dialog-info';
import { useAccountsStore } from './accounts';
import { useCallsStore } from './calls';
import { mailboxes } from './mailboxes';
import { phone } from './phone-engine';
import { useSettingsStore } from './settings';

/** Why a watched extension was not added; the view words it. */
export type WatchError = 'invalid' | 'duplicate' | 'own' | 'too-many' | 'no-line';

/**
 * Each line's mailbox (message waiting, from the engine's message-summary subscription) and the
 * busy lamps it watches (their extensions saved in the line's profile as `watched`). Actions dial
 * the voicemail number and the directed-pickup code through the calls store.
 */
export const usePresenceStore = defineStore('presence', () => {
  const settingsStore = useSettingsStore();
  const accountsStore = useAccountsStore();
  const calls = useCallsStore();
  /** Line id → extension → lamp; an extension without an entry yet is shown Idle. */
  const lamps = ref<Record<string, Record<string, LampState>>>({});

  phone.events.on('lamp', ({ accountId, extension, state }) => {
    lamps.value = {
      ...lamps.value,
      [accountId]: { ...lamps.value[accountId], [extension]: state },
    };
  });

  /** The line the Voicemail button and the busy lamps are for: the default line. */
  const line = computed(() => accountsStore.defaultLine);
  const mailbox = computed(() => (line.value ? mailboxes.value[line.value.id] : undefined));
  /** The line's own number, else the provider's profile (`voicemailNumber`). */
  const voicemailNumber = computed(
    () =>
      line.value?.profile.voicemailNumber?.trim() ||
      settingsStore.settings.provisioning?.voicemailNumber ||
      '',
  );
  const pickupCode = computed(
    () => settingsStore.settings.provisioning?.featureCodes?.pickup ?? '',
  );
  /** The default line's watched extensions with their lamps, in the order added. */
  const watched = computed(() =>
    (line.value?.profile.watched ?? []).map((extension) => ({
      extension,
      state: (line.value && lamps.value[line.value.id]?.[extension]) ?? ('idle' as LampState),
    })),
  );

  async function callVoicemail(): Promise<void> {
    await calls.dial(voicemailNumber.value, line.value?.id);
  }

  /**
   * Sets line `lineId`'s own voicemail number (empty: the profile's). Resolves false for a value
   * that is not digits, `*`, `#` and `+` (at most 32), leaving the saved one.
   */
  async function setVoicemailNumber(lineId: string, value: string): Promise<boolean> {
    const trimmed = value.trim();
    if (!/^[0-9*#+]{0,32}$/.test(trimmed)) return false;
    return !(await accountsStore.updateLine(lineId, { voicemailNumber: trimmed || undefined }));
  }

  async function saveWatched(lineId: string, extensions: string[]): Promise<void> {
    const problem = await accountsStore.updateLine(lineId, { watched: extensions });
    if (problem) throw new Error(problem);
    phone.setWatched(lineId, extensions);
  }

  /** Adds a busy lamp for `input` on the default line, saved with the line. */
  async function watch(input: string): Promise<WatchError | undefined> {
    const current = line.value;
    if (!current) return 'no-line';
    const parsed = v.safeParse(SipUserSchema, input);
    if (!parsed.success) return 'invalid';
    const extension = parsed.output;
    const list = current.profile.watched ?? [];
    if (extension === current.profile.extension) return 'own';
    if (list.includes(extension)) return 'duplicate';
    if (list.length >= MAX_WATCHED) return 'too-many';
    await saveWatched(current.id, [...list, extension]);
    return undefined;
  }

  async function unwatch(extension: string): Promise<void> {
    const current = line.value;
    if (!current) return;
    await saveWatched(
      current.id,
      (current.profile.watched ?? []).filter((candidate) => candidate !== extension),
    );
  }

  /** Directed pickup: the provider's pickup code, then the ringing extension (`*8` + `1002`). */
  async function pickUp(extension: string): Promise<void> {
    await calls.pickUp(pickupCode.value, extension, line.value?.id);
  }

  return {
    mailboxes,
    lamps,
    mailbox,
    voicemailNumber,
    pickupCode,
    watched,
    callVoicemail,
    setVoicemailNumber,
    watch,
    unwatch,
    pickUp,
  };
});
