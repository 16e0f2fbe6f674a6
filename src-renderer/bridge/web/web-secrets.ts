import type { SipCredential } from '../../../src-preload/contract';
import { RememberedCredentials } from './remembered-credentials';

/** The bits of the Credential Management API this uses (absent in some browsers). */
export interface PasswordManagerPort {
  /** Offers the password to the browser's password manager (it may ask the user, or keep nothing). */
  store(id: string, password: string): Promise<void>;
  /** The password the manager holds for `id`, without any prompt; null when it has none. */
  get(id: string): Promise<string | null>;
  /** After a sign-out: no silent sign-in with what the manager holds until the user signs in. */
  preventSilentAccess(): Promise<void>;
}

/** `PasswordCredential` (Chromium; TypeScript's DOM library no longer declares it). */
interface PasswordCredentialLike extends Credential {
  readonly password?: string;
}
type PasswordCredentialConstructor = new (data: {
  id: string;
  password: string;
}) => PasswordCredentialLike;

/** The Credential Management API where the browser has one (`PasswordCredential`), else undefined. */
export function browserPasswordManager(window: Window): PasswordManagerPort | undefined {
  const Password = (window as { PasswordCredential?: PasswordCredentialConstructor })
    .PasswordCredential;
  const credentials = window.navigator.credentials;
  if (!Password || !credentials) return undefined;
  return {
    store: async (id, password) => {
      await credentials.store(new Password({ id, password }));
    },
    get: async (id) => {
      const request = { password: true, mediation: 'silent' } as CredentialRequestOptions;
      const found = (await credentials.get(request)) as PasswordCredentialLike | null;
      return found instanceof Password && found.id === id ? (found.password ?? null) : null;
    },
    preventSilentAccess: () => credentials.preventSilentAccess(),
  };
}

/**
 * The browser's `secrets:*` channels. A line's credential is in memory for this tab; with
 * "Remember me on this device" it is also sealed in IndexedDB (remembered-credentials.ts) and
 * offered to the browser's password manager, so a reload signs the line in again.
 */
export function createWebSecrets(deps: {
  remembered?: RememberedCredentials;
  passwordManager?: PasswordManagerPort;
  /** The user name the password manager files line `accountId` under (its extension). */
  userOf(accountId: string): string | undefined;
}) {
  const { passwordManager, userOf } = deps;
  const remembered = deps.remembered ?? new RememberedCredentials();
  const session = new Map<string, SipCredential>();

  /** The password manager is a convenience: it may refuse or be missing, the vault is what counts. */
  const tryManager = async <T>(run: (manager: PasswordManagerPort) => Promise<T>) => {
    try {
      if (!passwordManager) return undefined;
      // A manager that never answers must not hold up the sign-in.
      const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, 3000));
      return await Promise.race([run(passwordManager), timeout]);
    } catch (error) {
      console.warn('the password manager did not answer', error);
      return undefined;
    }
  };

  return {
    async get(accountId: string): Promise<SipCredential | null> {
      const inTab = session.get(accountId);
      if (inTab) return inTab;
      const kept = await remembered.load(accountId);
      if (kept) {
        session.set(accountId, kept);
        return kept;
      }
      // The vault lost it (site data partly cleared): the manager may still sign in silently; it
      // holds only what "Remember me" offered it, and never after a sign-out (preventSilentAccess).
      const user = userOf(accountId);
      const password = user && (await tryManager((manager) => manager.get(user)));
      if (!password) return null;
      session.set(accountId, { password });
      return { password };
    },

    async set(accountId: string, credential: SipCredential, remember?: boolean): Promise<void> {
      session.set(accountId, credential);
      const keep = remember ?? (await remembered.has(accountId));
      if (!keep) {
        await remembered.forget(accountId);
        if (remember === false) await tryManager((manager) => manager.preventSilentAccess());
        return;
      }
      await remembered.save(accountId, credential);
      const user = userOf(accountId);
      if (remember && user && 'password' in credential)
        await tryManager((manager) => manager.store(user, credential.password));
    },

    async remove(accountId: string): Promise<void> {
      session.delete(accountId);
      await remembered.forget(accountId);
      await tryManager((manager) => manager.preventSilentAccess());
    },

    /** Reset app data: every credential, in the tab and on the device. */
    async forgetAll(): Promise<void> {
      session.clear();
      await remembered.forgetAll();
      await tryManager((manager) => manager.preventSilentAccess());
    },
  };
}
