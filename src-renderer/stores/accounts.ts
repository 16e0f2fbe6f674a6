import { defineStore } from 'pinia';
import * as v from 'valibot';
import { computed, ref } from 'vue';
import { AccountProfileSchema, type AccountProfile } from '../../src-preload/contract';
import { softphone } from '../bridge/softphone';
import type { RegistrationStatus } from '../sip/registration-status';
import { phone } from './phone-engine';
import { useSettingsStore } from './settings';

export interface SignInForm {
  server: string;
  domain: string;
  extension: string;
  password: string;
  displayName?: string;
  /** The digest user when the PBX wants one different from the extension. */
  authUser?: string;
}

export type FieldErrors = Partial<Record<keyof SignInForm, string>>;

const FIELD_OF_PATH: Record<string, keyof SignInForm> = {
  servers: 'server',
  domain: 'domain',
  extension: 'extension',
  displayName: 'displayName',
  authUser: 'authUser',
};

/** Accounts (from settings) and their live registration state (from the engine). */
export const useAccountsStore = defineStore('accounts', () => {
  const settingsStore = useSettingsStore();
  const registrations = ref<Record<string, RegistrationStatus>>({});
  const accounts = computed(() => settingsStore.settings.accounts);
  const primary = computed<AccountProfile | undefined>(() => accounts.value[0]);
  const needsPassword = ref<string[]>([]);

  phone.events.on('registration', ({ accountId, status }) => {
    registrations.value = { ...registrations.value, [accountId]: status };
  });

  /** Validates the form into an account profile, reporting errors per field. */
  function toProfile(form: SignInForm): { profile?: AccountProfile; errors: FieldErrors } {
    const provisioning = settingsStore.settings.provisioning;
    const result = v.safeParse(AccountProfileSchema, {
      id: primary.value?.id ?? `acct-${crypto.randomUUID().slice(0, 8)}`,
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
      voicemailNumber: provisioning?.voicemailNumber,
      dtmfMode: provisioning?.dtmfMode,
      registerExpires: provisioning?.registerExpires,
    });
    const errors: FieldErrors = {};
    if (!form.password) errors.password = 'required';
    if (!result.success) {
      for (const issue of result.issues) {
        const field = FIELD_OF_PATH[String(issue.path?.[0]?.key ?? '')];
        if (field && !errors[field]) errors[field] = issue.message;
      }
      return { errors };
    }
    return Object.keys(errors).length ? { errors } : { profile: result.output, errors };
  }

  async function signIn(form: SignInForm): Promise<FieldErrors> {
    const { profile, errors } = toProfile(form);
    if (!profile) return errors;
    await softphone.secrets.set({ accountId: profile.id, password: form.password });
    const others = accounts.value.filter((account) => account.id !== profile.id);
    await settingsStore.update({ accounts: [profile, ...others] });
    needsPassword.value = needsPassword.value.filter((id) => id !== profile.id);
    phone.connect(profile, form.password);
    return {};
  }

  /** Registers every saved account whose password the secret store still has. */
  async function resume(): Promise<void> {
    for (const account of accounts.value) {
      const password = await softphone.secrets.get({ accountId: account.id });
      if (password) phone.connect(account, password);
      else needsPassword.value = [...needsPassword.value, account.id];
    }
  }

  async function signOut(accountId: string): Promise<void> {
    phone.disconnect(accountId);
    await softphone.secrets.remove({ accountId });
    await settingsStore.update({
      accounts: accounts.value.filter((account) => account.id !== accountId),
    });
    const { [accountId]: _removed, ...rest } = registrations.value;
    registrations.value = rest;
  }

  return { accounts, primary, registrations, needsPassword, toProfile, signIn, resume, signOut };
});
