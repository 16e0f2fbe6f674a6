import { reasonOf, SecretStoreError, type Logger, type SecretStore } from './secret-store';

/** The part of keytar we use; keytar's module object satisfies it. */
export interface KeytarLike {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

/** The keychain item's service name; users see it in Keychain Access / Seahorse. */
export const DEFAULT_SERVICE = 'Softphone';

/**
 * Passwords in the OS keychain through keytar: one item per account, service "Softphone",
 * account = the account id.
 */
export class KeytarSecretStore implements SecretStore {
  readonly backend = 'keychain' as const;
  readonly #keytar: KeytarLike;
  readonly #service: string;
  readonly #log: Logger;

  constructor(keytar: KeytarLike, options: { service?: string; log: Logger }) {
    this.#keytar = keytar;
    this.#service = options.service ?? DEFAULT_SERVICE;
    this.#log = options.log;
  }

  async get(accountId: string): Promise<string | null> {
    try {
      return await this.#keytar.getPassword(this.#service, accountId);
    } catch (error) {
      throw this.#fail('keychainReadFailed', accountId, error);
    }
  }

  async set(accountId: string, password: string): Promise<void> {
    try {
      await this.#keytar.setPassword(this.#service, accountId, password);
    } catch (error) {
      throw this.#fail('keychainSaveFailed', accountId, error, password);
    }
  }

  async remove(accountId: string): Promise<void> {
    try {
      await this.#keytar.deletePassword(this.#service, accountId);
    } catch (error) {
      throw this.#fail('keychainRemoveFailed', accountId, error);
    }
  }

  #fail(
    what: 'keychainReadFailed' | 'keychainSaveFailed' | 'keychainRemoveFailed',
    account: string,
    error: unknown,
    secret?: string,
  ): SecretStoreError {
    const failure = new SecretStoreError(what, { account, reason: reasonOf(error, secret) });
    this.#log.error(failure.message);
    return failure;
  }
}
