import { keptSettingsSections, type ResetKeep, type Settings } from '../../../src-preload/contract';
import type { Logger } from '../logging/logger';
import type { SettingsSection } from '../settings/settings-service';
import { turnKey } from '../settings/turn-credentials';

export interface ResetDataDeps {
  settings: {
    get(): Settings;
    reset(options: { keep?: readonly SettingsSection[] }): Settings;
    update(patch: Pick<Settings, 'accounts'>): Settings;
  };
  secrets: { remove(accountId: string): Promise<void> };
  history: { clear(): unknown };
  /** The address book; absent: nothing to clear. */
  contacts?: { clear(): unknown };
  /** Forgets the remembered window position, unless preferences are kept. */
  windowState?: { clear(): void };
  log: Pick<Logger, 'info' | 'warn'>;
}

export interface ResetOutcome {
  /** Things that could not be removed, in words for the user; empty when everything went. */
  problems: string[];
}

/**
 * "Reset app data": everything goes except what the user chose to keep. Passwords go with their
 * accounts (a kept account keeps its password; every other saved password is removed from the
 * keychain, and so are its TURN credentials), the call history goes unless kept. An account whose password could not be removed
 * stays listed, so the password is never left behind where the user can no longer see it; signing
 * out of that account tries again.
 */
export async function resetAppData(
  keep: readonly ResetKeep[],
  deps: ResetDataDeps,
): Promise<ResetOutcome> {
  const problems: string[] = [];
  const keepAccounts = keep.includes('accounts');
  const accounts = deps.settings.get().accounts;
  const stuck: Settings['accounts'] = [];

  if (!keepAccounts) {
    for (const account of accounts) {
      try {
        await deps.secrets.remove(account.id);
        // The line's TURN credentials (settings/turn-credentials.ts) go with it.
        await deps.secrets.remove(turnKey(account.id));
      } catch (error) {
        deps.log.warn('could not remove a password during reset', { accountId: account.id, error });
        stuck.push(account);
        problems.push(
          `The password for ${account.extension}@${account.domain} could not be removed: ${reason(error)}`,
        );
      }
    }
  }
  if (!keep.includes('history')) {
    try {
      await deps.history.clear();
    } catch (error) {
      problems.push(`The call history could not be cleared: ${reason(error)}`);
    }
  }
  if (!keep.includes('contacts') && deps.contacts) {
    try {
      await deps.contacts.clear();
    } catch (error) {
      problems.push(`The contacts could not be removed: ${reason(error)}`);
    }
  }
  if (!keep.includes('preferences')) deps.windowState?.clear();
  const sections = keptSettingsSections(keep) as SettingsSection[];
  deps.settings.reset({ keep: sections });
  if (stuck.length > 0) deps.settings.update({ accounts: stuck });
  deps.log.info('app data reset', { kept: keep.join(',') || 'nothing' });
  return { problems };
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}
