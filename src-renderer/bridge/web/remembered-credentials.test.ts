import { describe, expect, it } from 'vitest';
import {
  RememberedCredentials,
  type SealedCredential,
  type VaultStore,
} from './remembered-credentials';

function memoryVault() {
  let key: CryptoKey | undefined;
  const sealed = new Map<string, SealedCredential>();
  const store: VaultStore = {
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
  return { store, sealed, key: () => key };
}

describe('RememberedCredentials', () => {
  it('gives back what it sealed, and the stored bytes do not contain the password', async () => {
    const vault = memoryVault();
    const remembered = new RememberedCredentials(vault.store);
    await remembered.save('acct-1', { password: 'hunter2-secret' });
    expect(await remembered.load('acct-1')).toEqual({ password: 'hunter2-secret' });
    const bytes = new TextDecoder().decode(vault.sealed.get('acct-1')!.data);
    expect(bytes).not.toContain('hunter2');
    expect(await remembered.has('acct-1')).toBe(true);
    expect(await remembered.load('acct-2')).toBeNull();
  });

  it('keeps its key non-extractable', async () => {
    const vault = memoryVault();
    await new RememberedCredentials(vault.store).save('acct-1', { password: 'p' });
    const key = vault.key()!;
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('replaces a password with the HA1 and forgets one line or all of them', async () => {
    const vault = memoryVault();
    const remembered = new RememberedCredentials(vault.store);
    await remembered.save('acct-1', { password: 'p' });
    await remembered.save('acct-1', { ha1: 'a'.repeat(32), realm: 'pbx' });
    await remembered.save('acct-2', { password: 'q' });
    expect(await remembered.load('acct-1')).toEqual({ ha1: 'a'.repeat(32), realm: 'pbx' });
    await remembered.forget('acct-1');
    expect(await remembered.load('acct-1')).toBeNull();
    expect(await remembered.load('acct-2')).toEqual({ password: 'q' });
    await remembered.forgetAll();
    expect(await remembered.load('acct-2')).toBeNull();
    expect(vault.key()).toBeUndefined();
  });

  it('treats a tampered record as nothing remembered', async () => {
    const vault = memoryVault();
    const remembered = new RememberedCredentials(vault.store);
    await remembered.save('acct-1', { password: 'p' });
    const record = vault.sealed.get('acct-1')!;
    new Uint8Array(record.data)[0]! ^= 0xff;
    expect(await remembered.load('acct-1')).toBeNull();
  });
});
