/**
 * Shell adapter: Electron's safeStorage behind the SafeStorageLike port. Uses the asynchronous API
 * because the synchronous one is deprecated in Electron 45 and removed in 46; data the synchronous
 * API encrypted still decrypts. Use only after the app's `ready` event (before it, Linux reports
 * the `unknown` backend and nothing is available).
 */
import { safeStorage } from 'electron';
import type { SafeStorageLike } from '../services/secrets/encrypted-file-secret-store';

export function createSafeStoragePort(
  platform: NodeJS.Platform = process.platform,
): SafeStorageLike {
  const port: SafeStorageLike = {
    isEncryptionAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
    encryptString: (plainText) => safeStorage.encryptStringAsync(plainText),
    decryptString: async (encrypted) => {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(encrypted);
      return { text: result, shouldReEncrypt };
    },
  };
  // Linux only: on other platforms the method is documented as unavailable.
  if (platform === 'linux')
    port.getSelectedStorageBackend = () => safeStorage.getSelectedStorageBackend();
  return port;
}
