import { describe, expect, it } from 'vitest';
import {
  RememberedCredentials,
  type SealedCredential,
  type VaultStore,
} from './remembered-credentials';
import { createWebSecrets, type PasswordManagerPort } from './web-secrets';

function memoryVault(): VaultStore {
  let key: CryptoKey | undefined;
  const sealed = new Map<string, SealedCredential>();
  return {
    key: async () => key,
    putKey: async (value) => void (key = value),
    get: async (id) => sealed.get(id),
    put: async (id, value) => void sealed.set(id, value),
    delete: async (id) => void sealed.delete(id),
    clear: async () => {
      key = undefined;
      sealed.clear();
    },
  };
}

/** A page load: a new tab's memory over the same device storage. */
function setup(vault = memoryVault(), manager?: PasswordManagerPort) {
  return createWebSecrets({
    remembered: new RememberedCredentials(vault),
    passwordManager: manager,
    userOf: (id) => (id === 'acct-1' ? '1001' : undefined),
  });
}

function fakeManager() {
  const saved = new Map<string, string>();
  const log: string[] = [];
  let silent = true;
  const manager: PasswordManagerPort = {
    store: async (id, password) => {
      log.push(`store ${id}`);
      saved.set(id, password);
      silent = true;
    },
    get: async (id) => (silent ? (saved.get(id) ?? null) : null),
    preventSilentAccess: async () => {
      log.push('prevent');
      silent = false;
    },
  };
  return { manager, saved, log };
}

describe('createWebSecrets', () => {
  it('keeps a password for this tab only without Remember me', async () => {
    const vault = memoryVault();
    const tab = setup(vault);
    await tab.set('acct-1', { password: 'p' }, false);
    expect(await tab.get('acct-1')).toEqual({ password: 'p' });
    expect(await setup(vault).get('acct-1')).toBeNull();
  });

  it('with Remember me a reload finds it, the HA1 replaces it, and a sign-out forgets it', async () => {
    const vault = memoryVault();
    const { manager, log } = fakeManager();
    await setup(vault, manager).set('acct-1', { password: 'p' }, true);
    expect(log).toEqual(['store 1001']);
    const reloaded = setup(vault, manager);
    expect(await reloaded.get('acct-1')).toEqual({ password: 'p' });
    const ha1 = { ha1: 'b'.repeat(32), realm: 'pbx' };
    await reloaded.set('acct-1', ha1);
    expect(await setup(vault, manager).get('acct-1')).toEqual(ha1);
    await reloaded.remove('acct-1');
    expect(await setup(vault, manager).get('acct-1')).toBeNull();
    expect(log).toEqual(['store 1001', 'prevent']);
  });

  it('unticking Remember me on a later sign-in forgets the device copy', async () => {
    const vault = memoryVault();
    await setup(vault).set('acct-1', { password: 'p' }, true);
    await setup(vault).set('acct-1', { password: 'q' }, false);
    expect(await setup(vault).get('acct-1')).toBeNull();
  });

  it('falls back to the password manager when the vault lost it, and forgetAll clears both', async () => {
    const vault = memoryVault();
    const { manager } = fakeManager();
    await setup(vault, manager).set('acct-1', { password: 'p' }, true);
    await vault.clear();
    expect(await setup(vault, manager).get('acct-1')).toEqual({ password: 'p' });
    await setup(vault, manager).forgetAll();
    expect(await setup(vault, manager).get('acct-1')).toBeNull();
  });

  it('signs in even when the password manager throws', async () => {
    const broken: PasswordManagerPort = {
      store: () => Promise.reject(new Error('no')),
      get: () => Promise.reject(new Error('no')),
      preventSilentAccess: () => Promise.reject(new Error('no')),
    };
    const vault = memoryVault();
    await setup(vault, broken).set('acct-1', { password: 'p' }, true);
    expect(await setup(vault, broken).get('acct-1')).toEqual({ password: 'p' });
  });
});
