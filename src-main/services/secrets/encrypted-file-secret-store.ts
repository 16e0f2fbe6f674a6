import { readFile, rename } from 'node:fs/promises';
import { writeFileAtomic } from '../fs/atomic-write';
import { reasonOf, SecretStoreError, type Logger, type SecretStore } from './secret-store';

/**
 * The part of Electron's safeStorage we use, asynchronous because the synchronous API is
 * deprecated in Electron 45 and removed in 46 (https://www.electronjs.org/docs/latest/api/safe-storage).
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): Promise<boolean>;
  encryptString(plainText: string): Promise<Buffer>;
  /** `shouldReEncrypt`: the key was rotated; encrypt the text again and store the new ciphertext. */
  decryptString(encrypted: Buffer): Promise<{ text: string; shouldReEncrypt: boolean }>;
  /**
   * Linux only: the password store that guards the key. `basic_text` means a hard-coded key,
   * which protects nothing; `unknown` means the app is not ready yet.
   */
  getSelectedStorageBackend?(): string;
}

/** Whether safeStorage would really protect a password here, and if not, why (for the user). */
export async function checkSafeStorage(
  safeStorage: SafeStorageLike,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    const backend = safeStorage.getSelectedStorageBackend?.();
    if (backend === 'basic_text') {
      return {
        ok: false,
        reason: 'no password store is running, so Electron would use a built-in key',
      };
    }
    if (backend === 'unknown')
      return { ok: false, reason: 'Electron safeStorage was asked before the app was ready' };
    if (!(await safeStorage.isEncryptionAvailable())) {
      return { ok: false, reason: 'Electron safeStorage cannot encrypt on this system' };
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

/**
 * The file: `{ "version": 1, "secrets": { "<accountId>": "<base64 ciphertext>" } }`.
 * Read by hand rather than with v.record, which drops keys such as `__proto__` that the account-id
 * pattern allows.
 */
function parseSecretsFile(text: string): Map<string, string> | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || !('version' in data) || data.version !== 1)
    return undefined;
  const secrets = 'secrets' in data ? data.secrets : undefined;
  if (typeof secrets !== 'object' || secrets === null || Array.isArray(secrets)) return undefined;
  const entries = Object.entries(secrets);
  return entries.every(([, value]) => typeof value === 'string')
    ? new Map(entries as [string, string][])
    : undefined;
}

/**
 * Passwords encrypted with Electron safeStorage in a JSON file of their own (mode 0600), for
 * systems without a usable keychain. Every change rewrites the file through a temporary file and
 * a rename, one change at a time, so a crash leaves the old file or the new one.
 */
export class EncryptedFileSecretStore implements SecretStore {
  readonly backend = 'safe-storage' as const;
  readonly #safeStorage: SafeStorageLike;
  readonly #filePath: string;
  readonly #log: Logger;
  #ciphertexts: Map<string, string> | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: { safeStorage: SafeStorageLike; filePath: string; log: Logger }) {
    this.#safeStorage = options.safeStorage;
    this.#filePath = options.filePath;
    this.#log = options.log;
  }

  get(accountId: string): Promise<string | null> {
    return this.#serially(async () => {
      const ciphertext = (await this.#load()).get(accountId);
      if (ciphertext === undefined) return null;
      let decrypted: { text: string; shouldReEncrypt: boolean };
      try {
        decrypted = await this.#safeStorage.decryptString(Buffer.from(ciphertext, 'base64'));
      } catch (error) {
        // The key changed (new OS profile, reset keyring): the user types the password again.
        this.#log.warn(`Could not decrypt the saved password for ${accountId}: ${reasonOf(error)}`);
        return null;
      }
      if (decrypted.shouldReEncrypt) {
        await this.#store(accountId, decrypted.text).catch((error: unknown) => {
          this.#log.warn(
            `Could not re-encrypt the password for ${accountId}: ${reasonOf(error, decrypted.text)}`,
          );
        });
      }
      return decrypted.text;
    });
  }

  set(accountId: string, password: string): Promise<void> {
    return this.#serially(async () => {
      await this.#load();
      try {
        await this.#store(accountId, password);
      } catch (error) {
        const reason = reasonOf(error, password);
        this.#log.error(`Could not save the password for ${accountId}: ${reason}`);
        throw error instanceof SecretStoreError
          ? error
          : new SecretStoreError('passwordSaveFailed', { account: accountId, reason });
      }
    });
  }

  remove(accountId: string): Promise<void> {
    return this.#serially(async () => {
      const ciphertexts = await this.#load();
      if (!ciphertexts.has(accountId)) return;
      const next = new Map(ciphertexts);
      next.delete(accountId);
      await this.#write(next);
      this.#ciphertexts = next;
    });
  }

  /** Encrypts and writes; the in-memory map changes only once the file has. */
  async #store(accountId: string, password: string): Promise<void> {
    // Checked on every write: availability can change, and a password must never reach disk unencrypted.
    const check = await checkSafeStorage(this.#safeStorage);
    if (!check.ok) throw new SecretStoreError('passwordNotSaved', { reason: check.reason });
    const ciphertext = (await this.#safeStorage.encryptString(password)).toString('base64');
    const next = new Map(await this.#load());
    next.set(accountId, ciphertext);
    await this.#write(next);
    this.#ciphertexts = next;
  }

  async #load(): Promise<Map<string, string>> {
    if (this.#ciphertexts) return this.#ciphertexts;
    let text: string;
    try {
      text = await readFile(this.#filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return (this.#ciphertexts = new Map());
      throw new SecretStoreError('passwordsUnreadable', { reason: reasonOf(error) });
    }
    const parsed = parseSecretsFile(text);
    if (parsed) return (this.#ciphertexts = parsed);
    // Set the unreadable file aside rather than overwrite it on the next save.
    const aside = `${this.#filePath}.damaged-${Date.now()}`;
    await rename(this.#filePath, aside).catch(() => undefined);
    this.#log.warn(`Saved-passwords file was damaged; kept as ${aside}`);
    return (this.#ciphertexts = new Map());
  }

  async #write(ciphertexts: Map<string, string>): Promise<void> {
    const text = `${JSON.stringify({ version: 1, secrets: Object.fromEntries(ciphertexts) }, null, 2)}\n`;
    await writeFileAtomic(this.#filePath, text);
  }

  #serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
