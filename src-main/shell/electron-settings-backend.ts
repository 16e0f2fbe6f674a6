/**
 * Shell adapter: settings on disk through electron-store 11 (atomic writes, in the app's userData
 * folder). All the logic — damaged-file handling, backups, why there is no second schema — is in
 * services/settings/json-store-backend.ts, which is tested under plain Node with `conf`, the library
 * electron-store extends.
 */
import { app } from 'electron';
import ElectronStore from 'electron-store';
import { createJsonStoreBackend } from '../services/settings/json-store-backend';
import type { SettingsBackend } from '../services/settings/ports';

/** Settings in `<userData>/settings.json`. Call after `app` is importable (any time in main). */
export function createElectronSettingsBackend(
  options: { directory?: string; name?: string } = {},
): SettingsBackend {
  return createJsonStoreBackend({
    directory: options.directory ?? app.getPath('userData'),
    name: options.name ?? 'settings',
    open: (storeOptions) => new ElectronStore<Record<string, unknown>>(storeOptions),
  });
}
