import { defineStore } from 'pinia';
import * as v from 'valibot';
import { computed, ref } from 'vue';
import { AccountProfileSchema, MAX_LINES, type AccountProfile } from '../../src-preload/contract';
import { softphone } from '../bridge/softphone';
import type { RegistrationStatus } from '../sip/registration-status';
import { phone } from './phone-engine';
import { useSettingsStore } from './settings';
import { PER_LINE_KEYS, lineName, type LineSettings } from './line-name';
import { listenForWake } from './wake-signals';

export { lineName, type LineSettings };

export interface SignInForm {
  server: string;
  domain: string;
  extension: string;
  password: string;
  displayName?: string;
  /** The digest user when the PBX wants one different from the extension. */
  authUser?: string;
  /** Browser build: "Remember me on this device" (the desktop app always keeps the password). */
  remember?: boolean;
}

/**
 * Per field: a schema message, or a code the form translates (`required`, `duplicate`); `form`
 * holds what is about the whole form (`line-limit`: already MAX_LINES lines).
 */
export type FieldErrors = Partial<Record<keyof SignInForm | 'form', string>>;

const FIELD_OF_PATH: Record<string, keyof SignInForm> = {
  servers: 'server',
  domain: 'domain',
  extension: 'extension',
  displayName: 'displayName',
  authUser: 'authUser',
};

/** One account as the phone uses it: its saved profile and its own live registration. */
export interface Line {
  /** The account's id (the profile's `id`). */
  id: string;
  profile: AccountProfile;
  /** `offline` until the engine reports on this line. */
  registration: RegistrationStatus;
  /** The secret store had no password for it: it waits for the user to sign in again. */
  needsPassword: boolean;
}

/** Registration failures only the user can fix (a retry with the same details fails the same way). */
const USER_PROBLEMS: ReadonlySet<RegistrationStatus['problem']> = new Set([
  'wrong-password',
  'forbidden',
  'not-found',
  'rejected',
]);

const OFFLINE: RegistrationStatus = { state: 'offline' };

/**
 * Accounts (from settings) as lines, each with its live registration state (from the engine).
 * Several lines may be registered at once; calls go out on the default line unless told otherwise.
 */
export const useAccountsStore = defineStore('accounts', () => {
  const settingsStore = useSettingsStore();
  const registrations = ref<Record<string, RegistrationStatus>>({});
  const accounts = computed(() => settingsStore.settings.accounts);
  const needsPassword = ref<string[]>([]);
  /** The line the user last called out on or answered on (the dial pad's default). */
  const lastUsedId = ref<string | undefined>();

  /** Every line, in the order of the settings. */
  const lines = computed<Line[]>(() =>
    accounts.value.map((profile) => ({
      id: profile.id,
      profile,
      registration: registrations.value[profile.id] ?? OFFLINE,
      needsPassword: needsPassword.value.includes(profile.id),
    })),
  );
  /** The line calls go out on: the first registered line, else the first line. */
  const defaultLine = computed<Line | undefined>(
    () => lines.value.find((line) => line.registration.state === 'registered') ?? lines.value[0],
  );
  const defaultLineId = computed(() => defaultLine.value?.id);
  /** The dial pad's choice: the line last used while it still exists, else the default line. */
  const lastUsedLine = computed<Line | undefined>(
    () => lines.value.find((line) => line.id === lastUsedId.value) ?? defaultLine.value,
  );
  /** Another line may be added (the engine registers at most MAX_LINES at once). */
  const canAddLine = computed(() => lines.value.length < MAX_LINES);
  /** The first line that waits for the user (no saved password, or details the PBX refuses). */
  const lineNeedingSignIn = computed<Line | undefined>(() =>
    lines.value.find(
      (line) =>
        line.needsPassword ||
        (line.registration.state === 'failed' && USER_PROBLEMS.has(line.registration.problem)),
    ),
  );

  /**
   * The name of line `accountId` (label or extension) where the user must be told which line a
   * call is on: only with two or more lines.
   */
  function lineNameOf(accountId: string): string | undefined {
    if (lines.value.length < 2) return undefined;
    const found = accounts.value.find((account) => account.id === accountId);
    return found && lineName(found);
  }

  /** The line with this id, if it exists. */
  function line(lineId: string): Line | undefined {
    return lines.value.find((candidate) => candidate.id === lineId);
  }

  phone.events.on('registration', ({ accountId, status }) => {
    registrations.value = { ...registrations.value, [accountId]: status };
  });
  /** Each line's sign-in save still under way: a HA1 handed over meanwhile is kept after it. */
  const saving = new Map<string, Promise<unknown>>();
  phone.events.on('credential', ({ accountId, credential }) => {
    // Not fatal when it fails: the stored password still works, and the next start tries again.
    void (saving.get(accountId) ?? Promise.resolve())
      .then(() => softphone.secrets.set({ accountId, credential }))
      .catch((error: unknown) => {
        console.warn(`Could not keep line ${accountId}'s HA1 in place of its password`, error);
      });
  });
  // The store lives as long as the page: the listeners are never removed.
  listenForWake(
    { window: typeof window === 'undefined' ? undefined : window, events: softphone.events },
    () => phone.wake(),
  );

  /**
   * Validates the form into an account profile for line `lineId` (a new line when absent),
   * reporting errors per field.
   */
  function toProfile(
    form: SignInForm,
    lineId?: string,
  ): { profile?: AccountProfile; errors: FieldErrors } {
    const provisioning = settingsStore.settings.provisioning;
    const existing = accounts.value.find((account) => account.id === lineId);
    const kept = Object.fromEntries(
      PER_LINE_KEYS.filter((key) => existing?.[key] !== undefined).map((key) => [
        key,
        existing?.[key],
      ]),
    );
    const result = v.safeParse(AccountProfileSchema, {
      voicemailNumber: provisioning?.voicemailNumber,
      ...kept,
      id: lineId ?? `acct-${crypto.randomUUID().slice(0, 8)}`,
      servers: [
        form.server.trim(),
        ...(provisioning?.servers.filter((s) => s !== form.server.trim()) ?? []),
      ],
      domain: form.domain,
      extension: form.extension,
      displayName: form.displayName?.trim() || undefined,
      authUser: form.authUser?.trim() || undefined,
      provider: provisioning?.provider,
      iceServers: provisioning?.iceServers ?? [],
      dtmfMode: provisioning?.dtmfMode,
      registerExpires: provisioning?.registerExpires,
      // One identity per line: editing keeps it, a new line gets its own.
      instanceId: existing?.instanceId ?? crypto.randomUUID(),
    });
    const errors: FieldErrors = {};
    if (!form.password) errors.password = 'required';
    if (!existing && !canAddLine.value) errors.form = 'line-limit';
    const same = (account: AccountProfile) =>
      account.id !== lineId &&
      account.extension === form.extension.trim() &&
      account.domain.toLowerCase() === form.domain.trim().toLowerCase();
    // Two registrations of one extension from one phone would ring it twice and fight over the binding.
    if (accounts.value.some(same)) errors.extension = 'duplicate';
    if (!result.success) {
      for (const issue of result.issues) {
        const field = FIELD_OF_PATH[String(issue.path?.[0]?.key ?? '')];
        if (field && !errors[field]) errors[field] = issue.message;
      }
      return { errors };
    }
    return Object.keys(errors).length ? { errors } : { profile: result.output, errors };
  }

  /**
   * Saves what Settings edits of line `lineId` (label, display name, ringtone, voicemail number).
   * A new display name goes out in From only after a new REGISTER, so that line reconnects.
   * Resolves to the first problem, if any; nothing is saved then.
   */
  async function updateLine(lineId: string, change: LineSettings): Promise<string | undefined> {
    const current = accounts.value.find((account) => account.id === lineId);
    if (!current) return `No line ${lineId}`;
    const result = v.safeParse(AccountProfileSchema, { ...current, ...change });
    if (!result.success) return result.issues[0]?.message ?? 'invalid';
    const updated = result.output;
    await settingsStore.update({
      accounts: accounts.value.map((account) => (account.id === lineId ? updated : account)),
    });
    if ((updated.displayName ?? '') !== (current.displayName ?? '')) {
      const credential = await softphone.secrets.get({ accountId: lineId });
      if (credential) phone.connect(updated, credential);
    }
    return undefined;
  }

  /** Line `lineId` was just used (a call out on it, or answered on it). */
  function markUsed(lineId: string): void {
    if (line(lineId)) lastUsedId.value = lineId;
  }

  /**
   * Saves the form as line `lineId` (keeping its place), or as a new last line when absent,
   * and registers it. Resolves to the field errors; nothing is saved when there are any.
   */
  async function signIn(form: SignInForm, lineId?: string): Promise<FieldErrors> {
    const { profile, errors } = toProfile(form, lineId);
    if (!profile) return errors;
    const before = accounts.value.find((account) => account.id === profile.id);
    // Registering first lets the round trips to the PBX overlap saving and drawing the phone.
    phone.connect(profile, { password: form.password });
    const save = saveSignIn(profile, form, before !== undefined);
    saving.set(profile.id, save);
    try {
      await save;
    } catch (error) {
      // Nothing was saved: the line goes back to what it was (gone, if it was new).
      phone.disconnect(profile.id);
      if (before) void reconnectSaved(before);
      throw error;
    } finally {
      if (saving.get(profile.id) === save) saving.delete(profile.id);
    }
    needsPassword.value = needsPassword.value.filter((id) => id !== profile.id);
    return {};
  }

  async function saveSignIn(profile: AccountProfile, form: SignInForm, known: boolean) {
    await softphone.secrets.set({
      accountId: profile.id,
      credential: { password: form.password },
      remember: form.remember,
    });
    await settingsStore.update({
      accounts: known
        ? accounts.value.map((account) => (account.id === profile.id ? profile : account))
        : [...accounts.value, profile],
    });
  }

  async function reconnectSaved(account: AccountProfile): Promise<void> {
    const credential = await softphone.secrets
      .get({ accountId: account.id })
      .catch(() => undefined);
    if (credential) phone.connect(account, credential);
  }

  /** Registers every saved account whose password the secret store still has. */
  async function resume(): Promise<void> {
    for (const account of accounts.value) {
      const credential = await softphone.secrets.get({ accountId: account.id });
      if (credential) phone.connect(await withInstanceId(account), credential);
      else needsPassword.value = [...needsPassword.value, account.id];
    }
  }

  /**
   * The profile with its instance id, made and saved now for a line saved before lines had one,
   * so this start is the last that leaves a stray binding at the registrar.
   */
  async function withInstanceId(account: AccountProfile): Promise<AccountProfile> {
    if (account.instanceId) return account;
    const updated = { ...account, instanceId: crypto.randomUUID() };
    await settingsStore.update({
      accounts: accounts.value.map((candidate) =>
        candidate.id === account.id ? updated : candidate,
      ),
    });
    return updated;
  }

  /** Line `accountId` sends the REGISTER it waits to retry at once. */
  function retryNow(accountId: string): void {
    phone.retryNow(accountId);
  }

  /** Unregisters line `accountId` and forgets it and its password. */
  async function signOut(accountId: string): Promise<void> {
    phone.disconnect(accountId);
    await softphone.secrets.remove({ accountId });
    await settingsStore.update({
      accounts: accounts.value.filter((account) => account.id !== accountId),
    });
    const { [accountId]: _removed, ...rest } = registrations.value;
    registrations.value = rest;
    if (lastUsedId.value === accountId) lastUsedId.value = undefined;
  }

  return {
    accounts,
    registrations,
    needsPassword,
    lines,
    defaultLine,
    defaultLineId,
    lastUsedLine,
    canAddLine,
    lineNeedingSignIn,
    line,
    lineNameOf,
    toProfile,
    signIn,
    updateLine,
    markUsed,
    resume,
    retryNow,
    signOut,
  };
});
