/**
 * Opens the persistent stores in the app's data folder: settings (electron-store; TURN credentials
 * go to the secret store), passwords (keychain, else safeStorage, else memory), the call history and the contacts. Call after `ready`.
 */
import { join } from 'node:path';
import { app } from 'electron';
import { ContactsStore } from '../services/contacts';
import { HistoryStore } from '../services/history';
import type { Logger } from '../services/logging/logger';
import { loadKeytar, openSecretStore } from '../services/secrets';
import { openSettingsService } from '../services/settings';
import { createElectronSettingsBackend } from './electron-settings-backend';
import { createSafeStoragePort } from './safe-storage';

export async function openStores(userData: string, logger: (scope: string) => Logger) {
  const { store: secrets, warning: secretWarning } = await openSecretStore({
    loadKeytar,
    safeStorage: createSafeStoragePort(),
    filePath: join(userData, 'passwords.json'),
    log: logger('secrets'),
  });
  // After the secret store: TURN credentials are kept there, not in settings.json.
  const settings = await openSettingsService(
    createElectronSettingsBackend({ directory: userData }),
    secrets,
    // A fresh install starts in the system's language when Softphone speaks it.
    { log: logger('settings'), languages: app.getPreferredSystemLanguages() },
  );
  const history = await HistoryStore.open({
    filePath: join(userData, 'history.jsonl'),
    log: logger('history'),
  });
  const contacts = await ContactsStore.open({
    filePath: join(userData, 'contacts.json'),
    log: logger('contacts'),
  });
  return { settings, secrets, secretWarning, history, contacts };
}
