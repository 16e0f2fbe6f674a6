import {
  checkSafeStorage,
  EncryptedFileSecretStore,
  type SafeStorageLike,
} from './encrypted-file-secret-store';
import { DEFAULT_SERVICE, KeytarSecretStore, type KeytarLike } from './keytar-secret-store';
import { reasonOf, type Logger, type SecretStore } from './secret-store';
import { SessionSecretStore } from './session-secret-store';

/**
 * The probe reads an item no account can have: ':' is outside the contract's account-id pattern.
 * A read is harmless: it creates nothing, and on a missing keyring it fails the same way a write would.
 */
export const PROBE_ACCOUNT = 'softphone:probe';

export interface OpenSecretStoreOptions {
  /** Loads keytar; may reject (native module missing or broken). */
  loadKeytar: () => Promise<KeytarLike>;
  /** Electron safeStorage, through its port. Must be used after the app's `ready` event. */
  safeStorage: SafeStorageLike;
  /** The encrypted-passwords file used when there is no keychain, e.g. `<userData>/passwords.json`. */
  filePath: string;
  log: Logger;
  /** Keychain service name; tests use their own so they never touch the user's items. */
  service?: string;
  /**
   * How long the keychain may take to answer the probe. A locked keychain may be showing the user
   * an unlock prompt, so this is generous; a Secret Service that never answers must not hang start-up.
   */
  probeTimeoutMs?: number;
}

export interface OpenedSecretStore {
  store: SecretStore;
  /** A sentence for the settings screen when passwords are kept somewhere weaker than the keychain. */
  warning?: string;
}

/**
 * Picks where passwords live: the OS keychain when keytar loads and answers a probe; otherwise a
 * safeStorage-encrypted file; otherwise memory only, for this session. Never throws, and never
 * chooses to write a password to disk unencrypted.
 */
export async function openSecretStore(options: OpenSecretStoreOptions): Promise<OpenedSecretStore> {
  const { log } = options;
  const service = options.service ?? DEFAULT_SERVICE;

  const keychain = await probeKeychain(options, service);
  if (keychain.ok) {
    log.info('Passwords are kept in the system keychain');
    return { store: new KeytarSecretStore(keychain.keytar, { service, log }) };
  }
  log.warn(`System keychain unavailable: ${keychain.reason}`);

  const safe = await checkSafeStorage(options.safeStorage);
  if (safe.ok) {
    log.info('Passwords are encrypted with Electron safeStorage');
    return {
      store: new EncryptedFileSecretStore({
        safeStorage: options.safeStorage,
        filePath: options.filePath,
        log,
      }),
      warning: `The system keychain is not available (${keychain.reason}); passwords are encrypted with Electron safeStorage instead.`,
    };
  }
  log.warn(`safeStorage unavailable: ${safe.reason}; passwords will not be saved`);
  return {
    store: new SessionSecretStore(),
    warning:
      `The system keychain is not available (${keychain.reason}) and ${safe.reason}; ` +
      'passwords are kept in memory for this session only and must be entered again after a restart.',
  };
}

async function probeKeychain(
  options: OpenSecretStoreOptions,
  service: string,
): Promise<{ ok: true; keytar: KeytarLike } | { ok: false; reason: string }> {
  const timeoutMs = options.probeTimeoutMs ?? 20_000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} seconds` : `${timeoutMs} ms`;
    timer = setTimeout(() => reject(new Error(`it did not answer within ${limit}`)), timeoutMs);
  });
  try {
    const keytar = await Promise.race([options.loadKeytar(), timeout]);
    await Promise.race([keytar.getPassword(service, PROBE_ACCOUNT), timeout]);
    return { ok: true, keytar };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  } finally {
    clearTimeout(timer);
  }
}
