import type {
  AppInfo,
  Contact,
  DesktopStatus,
  DiagnosticsExportResult,
  DiagnosticsReport,
  HistoryEntry,
  HistoryExportResult,
  HistoryFilter,
  HistoryQuery,
  InvokeHandlers,
  PhoneReport,
  ProvisioningProfile,
  ResetKeep,
  Settings,
  SettingsPatch,
  SipCredential,
} from '../../../src-preload/contract';

/** What main's handlers need; each piece is a service that runs under plain Node. */
export interface MainHandlerDeps {
  appInfo(): AppInfo;
  settings: { get(): Settings; update(patch: SettingsPatch): Settings };
  /** Lines' SIP credentials (secrets/sip-credential.ts over the secret store). */
  credentials: {
    get(accountId: string): Promise<SipCredential | null>;
    set(accountId: string, credential: SipCredential): Promise<void>;
    remove(accountId: string): Promise<void>;
  };
  history: {
    add(entry: HistoryEntry): unknown;
    list(query: HistoryQuery): HistoryEntry[] | Promise<HistoryEntry[]>;
    markSeen(): unknown;
    unseenMissedCount(): number | Promise<number>;
    clear(): unknown;
    remove(id: string): unknown;
  };
  /** The address book (contacts/contacts-store.ts). */
  contacts: {
    list(): Contact[] | Promise<Contact[]>;
    save(contacts: readonly Contact[]): Promise<void>;
    remove(ids: readonly string[]): Promise<void>;
    clear(): Promise<void>;
  };
  /** Every call the filter matches as a CSV file where the user chooses (history/history-export.ts). */
  exportHistory(filter: HistoryFilter): Promise<HistoryExportResult>;
  fetchProfile(url: string): Promise<ProvisioningProfile>;
  onPhoneReport(report: PhoneReport): void;
  /** Opens `url` as the provider's portal, or throws when it is not the profile's (core/portal.ts). */
  openPortal(url: string): Promise<void>;
  /** The page loaded and listens for pushes. */
  onRendererReady(): void;
  resetData(keep: readonly ResetKeep[]): Promise<void>;
  desktopStatus(): DesktopStatus;
  /** A SIP trace chunk from the engine (written only while the setting is on). */
  sipTrace(text: string): void;
  /** One zip for support, saved where the user chooses (diagnostics/diagnostics-export.ts). */
  exportDiagnostics(report: DiagnosticsReport): Promise<DiagnosticsExportResult>;
  /** Shows main's log folder in the file manager (diagnostics/log-tail.ts). */
  openLogFolder(): Promise<void>;
  /** The `recordings:*` channels (core/recording-handlers.ts). */
  recordingHandlers: Pick<InvokeHandlers, Extract<keyof InvokeHandlers, `recordings:${string}`>>;
}

/**
 * Main's implementation of every invoke channel. Plain Node: the Electron shell binds it to
 * ipcMain, and end-to-end tests bind the very same table to a page in Chromium.
 */
export function createMainHandlers(deps: MainHandlerDeps): InvokeHandlers {
  return {
    'app:info': () => deps.appInfo(),
    'app:ready': () => deps.onRendererReady(),
    'app:resetData': ({ keep }) => deps.resetData(keep),
    'desktop:status': () => deps.desktopStatus(),
    'settings:get': () => deps.settings.get(),
    'settings:update': (patch) => deps.settings.update(patch),
    'secrets:get': ({ accountId }) => deps.credentials.get(accountId),
    'secrets:set': ({ accountId, credential }) => deps.credentials.set(accountId, credential),
    'secrets:remove': ({ accountId }) => deps.credentials.remove(accountId),
    'history:add': async (entry) => {
      await deps.history.add(entry);
    },
    'history:list': (query) => deps.history.list(query),
    'history:markSeen': async () => {
      await deps.history.markSeen();
    },
    'history:unseenMissed': () => deps.history.unseenMissedCount(),
    'history:clear': async () => {
      await deps.history.clear();
    },
    'contacts:list': () => deps.contacts.list(),
    'contacts:save': ({ contacts }) => deps.contacts.save(contacts),
    'contacts:remove': ({ ids }) => deps.contacts.remove(ids),
    'history:remove': async ({ id }) => {
      await deps.history.remove(id);
    },
    'history:export': (filter) => deps.exportHistory(filter),
    'provisioning:import': ({ url }) => deps.fetchProfile(url),
    'phone:report': (report) => deps.onPhoneReport(report),
    'portal:open': ({ url }) => deps.openPortal(url),
    'diagnostics:sipTrace': ({ text }) => deps.sipTrace(text),
    'diagnostics:export': (report) => deps.exportDiagnostics(report),
    'diagnostics:openLogFolder': () => deps.openLogFolder(),
    ...deps.recordingHandlers,
  };
}
