export {
  checkSafeStorage,
  EncryptedFileSecretStore,
  type SafeStorageLike,
} from './encrypted-file-secret-store';
export { DEFAULT_SERVICE, KeytarSecretStore, type KeytarLike } from './keytar-secret-store';
export { loadKeytar } from './load-keytar';
export {
  openSecretStore,
  PROBE_ACCOUNT,
  type OpenedSecretStore,
  type OpenSecretStoreOptions,
} from './open-secret-store';
export {
  redact,
  SecretStoreError,
  type Logger,
  type SecretBackend,
  type SecretStore,
} from './secret-store';
export { SessionSecretStore } from './session-secret-store';
export {
  decodeSipCredential,
  encodeSipCredential,
  sipCredentials,
  type SipCredentials,
} from './sip-credential';
