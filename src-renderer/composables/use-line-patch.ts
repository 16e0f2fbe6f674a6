import type { AccountProfile } from '../../src-preload/contract';
import { useSettingsStore } from '../stores/settings';

/** The per-line settings a control may change (never the account's identity or servers). */
export type LinePatch = Partial<Pick<AccountProfile, 'doNotDisturb' | 'forwarding' | 'autoAnswer'>>;

/** Saves a change to one line's own call handling; the engine follows settings (stores/calls.ts). */
export function useLinePatch(): (lineId: string, change: LinePatch) => Promise<void> {
  const settingsStore = useSettingsStore();
  return (lineId, change) =>
    settingsStore.update({
      accounts: settingsStore.settings.accounts.map((account) =>
        account.id === lineId ? { ...account, ...change } : account,
      ),
    });
}
