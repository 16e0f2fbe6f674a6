/**
 * Fakes shared by the secret-store tests. Not a test file itself (no `.test.`), never imported by
 * app code.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SafeStorageLike } from './encrypted-file-secret-store';
import type { KeytarLike } from './keytar-secret-store';
import type { Logger } from './secret-store';

/** Records every log line, so tests can prove no password ever reaches one. */
export function recordingLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => lines.push(`info ${message}`),
    warn: (message) => lines.push(`warn ${message}`),
    error: (message) => lines.push(`error ${message}`),
  };
}

/** A keychain in a Map, with switches to make it fail like a real one. */
export function fakeKeytar() {
  const items = new Map<string, string>();
  const state = { failWith: undefined as Error | undefined };
  const check = () => {
    if (state.failWith) throw state.failWith;
  };
  const keytar: KeytarLike = {
    async getPassword(service, account) {
      check();
      return items.get(`${service}/${account}`) ?? null;
    },
    async setPassword(service, account, password) {
      check();
      items.set(`${service}/${account}`, password);
    },
    async deletePassword(service, account) {
      check();
      return items.delete(`${service}/${account}`);
    },
  };
  return { keytar, items, state };
}

/**
 * safeStorage with real AES-GCM under a per-fake key, so ciphertexts differ from the text and a
 * second fake (a "different machine") cannot decrypt them.
 */
export function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}) {
  const key = randomBytes(32);
  const state = {
    available: options.available ?? true,
    backend: options.backend,
    reEncrypt: false,
    encryptCalls: 0,
  };
  const port: SafeStorageLike = {
    async isEncryptionAvailable() {
      return state.available;
    },
    async encryptString(plainText) {
      if (!state.available) throw new Error('Encryption is not available.');
      state.encryptCalls += 1;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decryptString(encrypted) {
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      const text = Buffer.concat([
        decipher.update(encrypted.subarray(28)),
        decipher.final(),
      ]).toString('utf8');
      return { text, shouldReEncrypt: state.reEncrypt };
    },
    getSelectedStorageBackend: () => state.backend ?? 'gnome_libsecret',
  };
  return { port, state };
}

/** A SecretStore in a Map (any string key), with a switch to make every call fail. */
export function memorySecretStore() {
  const items = new Map<string, string>();
  const state = { failWith: undefined as Error | undefined };
  const check = async () => {
    if (state.failWith) throw state.failWith;
  };
  const store = {
    backend: 'session' as const,
    async get(key: string) {
      await check();
      return items.get(key) ?? null;
    },
    async set(key: string, value: string) {
      await check();
      items.set(key, value);
    },
    async remove(key: string) {
      await check();
      items.delete(key);
    },
  };
  return { store, items, state };
}
