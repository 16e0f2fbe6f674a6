import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import * as v from 'valibot';
import { SipCredentialSchema, type SipCredential } from '../../../src-preload/contract';

/** One line's credential, AES-GCM encrypted: the IV and the ciphertext. */
export interface SealedCredential {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

/** Where the key and the sealed credentials live (IndexedDB in the page, a Map in tests). */
export interface VaultStore {
  key(): Promise<CryptoKey | undefined>;
  putKey(key: CryptoKey): Promise<void>;
  get(accountId: string): Promise<SealedCredential | undefined>;
  put(accountId: string, sealed: SealedCredential): Promise<void>;
  delete(accountId: string): Promise<void>;
  /** Forgets every credential and the key. */
  clear(): Promise<void>;
}

interface VaultSchema extends DBSchema {
  keys: { key: string; value: CryptoKey };
  credentials: { key: string; value: SealedCredential };
}

/** The vault in IndexedDB: a CryptoKey is stored as itself (structured clone), never as bytes. */
export function indexedDbVault(name = 'softphone-remembered'): VaultStore {
  let db: Promise<IDBPDatabase<VaultSchema>> | undefined;
  const open = () =>
    (db ??= openDB<VaultSchema>(name, 1, {
      upgrade(database) {
        database.createObjectStore('keys');
        database.createObjectStore('credentials');
      },
    }));
  return {
    key: async () => (await open()).get('keys', 'main'),
    putKey: async (key) => void (await (await open()).put('keys', key, 'main')),
    get: async (accountId) => (await open()).get('credentials', accountId),
    put: async (accountId, sealed) =>
      void (await (await open()).put('credentials', sealed, accountId)),
    delete: async (accountId) => (await open()).delete('credentials', accountId),
    clear: async () => {
      const database = await open();
      await Promise.all([database.clear('keys'), database.clear('credentials')]);
    },
  };
}

/**
 * "Remember me on this device" in the browser: each remembered line's credential sealed with
 * AES-GCM under one key made non-extractable, so this origin's scripts can use it but nobody can
 * read it out (not even a copy of the storage carries it in a usable form elsewhere). What a
 * reload needs is here; a password manager is a convenience on top (it may be missing, as in
 * headless Chromium).
 */
export class RememberedCredentials {
  constructor(
    private readonly store: VaultStore = indexedDbVault(),
    private readonly subtle: SubtleCrypto = globalThis.crypto.subtle,
  ) {}

  /** Keeps line `accountId`'s credential across reloads. */
  async save(accountId: string, credential: SipCredential): Promise<void> {
    const key = await this.ensureKey();
    const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
    const plain = new TextEncoder().encode(JSON.stringify(credential));
    const data = await this.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
    await this.store.put(accountId, { iv, data });
  }

  /** Line `accountId`'s remembered credential; null when none, or when it no longer opens. */
  async load(accountId: string): Promise<SipCredential | null> {
    const [key, sealed] = await Promise.all([this.store.key(), this.store.get(accountId)]);
    if (!key || !sealed) return null;
    try {
      const plain = await this.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
      const parsed = v.safeParse(SipCredentialSchema, JSON.parse(new TextDecoder().decode(plain)));
      return parsed.success ? parsed.output : null;
    } catch {
      // A tampered record or another key: as good as nothing remembered (the user signs in again).
      return null;
    }
  }

  /** Whether line `accountId` is remembered on this device. */
  async has(accountId: string): Promise<boolean> {
    return (await this.store.get(accountId)) !== undefined;
  }

  async forget(accountId: string): Promise<void> {
    await this.store.delete(accountId);
  }

  /** Forgets every line and the key itself (sign-out of all, reset app data). */
  async forgetAll(): Promise<void> {
    await this.store.clear();
  }

  private async ensureKey(): Promise<CryptoKey> {
    const existing = await this.store.key();
    if (existing) return existing;
    const key = await this.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    await this.store.putKey(key);
    return key;
  }
}
