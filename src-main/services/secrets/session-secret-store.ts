import type { SecretStore } from './secret-store';

/**
 * Passwords in memory for this run only: what we fall back to when nothing can encrypt them,
 * because writing a password to disk in the clear is never an option.
 */
export class SessionSecretStore implements SecretStore {
  readonly backend = 'session' as const;
  readonly #passwords = new Map<string, string>();

  async get(accountId: string): Promise<string | null> {
    return this.#passwords.get(accountId) ?? null;
  }

  async set(accountId: string, password: string): Promise<void> {
    this.#passwords.set(accountId, password);
  }

  async remove(accountId: string): Promise<void> {
    this.#passwords.delete(accountId);
  }
}
