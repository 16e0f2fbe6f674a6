import { UserError } from '../../../src-preload/contract';
import type { Logger as SharedLogger } from '../logging/logger';

/**
 * Where account passwords live. Settings never hold them (see the contract's AccountProfileSchema);
 * the renderer asks for one when it registers an account and hands a new one over when the user
 * types it.
 */

/**
 * `keychain`: the OS credential store (macOS Keychain, Windows Credential Manager, Secret Service).
 * `safe-storage`: encrypted with Electron safeStorage in a file of our own.
 * `session`: kept in memory only, because nothing could encrypt it. Same names as the contract's
 * `AppInfo.secretBackend`, so the composition root passes `store.backend` straight through.
 */
export type SecretBackend = 'keychain' | 'safe-storage' | 'session';

/** One password per account id. Every method may reject with a SecretStoreError a user can read. */
export interface SecretStore {
  readonly backend: SecretBackend;
  /** The saved password, or null when there is none (or it can no longer be decrypted). */
  get(accountId: string): Promise<string | null>;
  /** Saves or replaces the password. */
  set(accountId: string, password: string): Promise<void>;
  /** Forgets the password; removing one that is not there is not an error. */
  remove(accountId: string): Promise<void>;
}

/** A failure the user can act on; its message never contains the password. */
export class SecretStoreError extends UserError {
  override readonly name = 'SecretStoreError';
}

/**
 * The logging a secret store needs: the house logger fits. Messages name accounts, never
 * passwords; the house logger redacts again, but these stores do not rely on it.
 */
export type Logger = Pick<SharedLogger, 'info' | 'warn' | 'error'>;

/** Replaces every occurrence of `secret` in `text`: for error messages from native code we did not write. */
export function redact(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join('[redacted]') : text;
}

/** A short, single-line reason from any thrown value, with the secret (if any) removed. */
export function reasonOf(error: unknown, secret?: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = (message.split('\n')[0] ?? '').trim() || 'unknown error';
  const clean = redact(line, secret);
  return clean.length > 160 ? `${clean.slice(0, 157)}...` : clean;
}
