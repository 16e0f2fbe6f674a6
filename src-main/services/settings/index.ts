export {
  createJsonStoreBackend,
  type JsonStore,
  type JsonStoreOptions,
} from './json-store-backend';
export { CURRENT_SCHEMA_VERSION, migrateSettings, migrations, type Migration } from './migrations';
export type { Logger, SettingsBackend, SettingsLoad } from './ports';
export {
  SettingsError,
  SettingsService,
  type SettingsListener,
  type SettingsSection,
} from './settings-service';
export {
  createTurnCredentialBackend,
  openSettingsService,
  turnKey,
  withoutTurnCredentials,
  type SecretSlots,
  type TurnCredentialBackend,
} from './turn-credentials';
