import mitt from 'mitt';
import * as v from 'valibot';
import { offerDownload } from '../../composables/offer-download';
import {
  SettingsSchema,
  checkProviderUrl,
  createSoftphoneApi,
  defaultSettings,
  dispatchInvoke,
  keptSettingsSections,
  parseProvisioningProfile,
  UserError,
  type InvokeHandlers,
  type PushChannel,
  type PushPayload,
  type SoftphoneApi,
} from '../../../src-preload/contract';
import { i18n } from '../../i18n';
import { browserNotifications, createCallNotifier, type NotifierTexts } from './call-notifier';
import { ContactsDb } from './contacts-db';
import { HistoryDb } from './history-db';
import { RecordingsDb } from './recordings-db';
import { loadSettings, saveSettings } from './settings-storage';
import { browserPasswordManager, createWebSecrets } from './web-secrets';

type PushEvents = { [C in PushChannel]: PushPayload<C> };

/**
 * No tray in a browser: the tab title carries the unseen missed-call count instead, "(2) Softphone".
 * The bridge owns that count (it keeps the history), so it reads it again after every change.
 */
function createMissedTitle(document: Document, unseenMissed: () => Promise<number>) {
  return {
    async refresh(): Promise<void> {
      try {
        const count = await unseenMissed();
        const base = document.title.replace(/^\(\d+\) /, '');
        document.title = count > 0 ? `(${count}) ${base}` : base;
      } catch (error) {
        console.warn('could not count missed calls for the title', error);
      }
    },
  };
}

/** The notifications' words in the page's language: the same catalogue entries as main's. */
function notifierTexts(): NotifierTexts {
  const { t } = i18n.global;
  const body = (caller: string, line?: string) =>
    line ? t('main.notify.onLine', { caller, line }) : caller;
  return {
    incoming: (caller, line) => ({ title: t('main.notify.incoming'), body: body(caller, line) }),
    missed: (caller, line) => ({ title: t('main.notify.missed'), body: body(caller, line) }),
  };
}

/**
 * Web mode: the same contract served from the browser. Settings in localStorage, history and
 * contacts in IndexedDB, passwords in memory for this tab only (a browser has no OS keychain)
 * unless the user ticked "Remember me on this device" (web-secrets.ts), no tray.
 *
 * TURN credentials (`iceServers[].credential`) stay inside the settings in localStorage here:
 * unlike the desktop app (main keeps them in the secret store, settings/turn-credentials.ts), a
 * browser has nowhere safer that survives a reload. localStorage is readable by this origin's
 * scripts only, and clearing site data (or "Reset app data") removes them with the settings.
 */
export function createWebBridge(window: Window = globalThis.window): SoftphoneApi {
  const events = mitt<PushEvents>();
  const loaded = loadSettings(window.localStorage, window.navigator.languages);
  let settings = loaded.settings;
  const passwords = createWebSecrets({
    passwordManager: browserPasswordManager(window),
    userOf: (accountId) => settings.accounts.find((account) => account.id === accountId)?.extension,
  });
  const history = new HistoryDb();
  const recordings = new RecordingsDb();
  const desktopOnly = () => {
    throw new Error('Recordings are kept in the browser here; use Download.');
  };
  const contacts = new ContactsDb();
  const notifier = createCallNotifier({
    port: browserNotifications(window),
    texts: notifierTexts(),
    focus: () => window.focus(),
  });
  const missedTitle = createMissedTitle(window.document, () => history.unseenMissedCount());

  const handlers: InvokeHandlers = {
    'app:info': () => ({
      mode: 'web',
      version: __APP_VERSION__,
      platform: window.navigator.platform || 'web',
      secretBackend: 'session',
      secretWarning:
        'In the browser a password is kept only until this tab closes, unless you chose “Remember me on this device”.',
      startupNotice: loaded.notice,
    }),
    // The page needs no hand-shake in a browser: nothing is ever pushed before it loads.
    'app:ready': () => undefined,
    'app:resetData': async ({ keep }) => {
      const kept = Object.fromEntries(
        keptSettingsSections(keep).map((key) => [key, settings[key as keyof typeof settings]]),
      );
      settings = v.parse(SettingsSchema, {
        ...defaultSettings(window.navigator.languages),
        ...kept,
      });
      saveSettings(window.localStorage, settings);
      if (!keep.includes('accounts')) await passwords.forgetAll();
      if (!keep.includes('history')) await Promise.all([history.clear(), recordings.clear()]);
      if (!keep.includes('contacts')) await contacts.clear();
      window.location.reload();
    },
    'desktop:status': () => {
      throw new Error('Desktop settings exist only in the desktop app.');
    },
    'settings:get': () => settings,
    'settings:update': (patch) => {
      settings = v.parse(SettingsSchema, { ...settings, ...patch });
      saveSettings(window.localStorage, settings);
      events.emit('settings:changed', settings);
      return settings;
    },
    'secrets:get': ({ accountId }) => passwords.get(accountId),
    'secrets:set': ({ accountId, credential, remember }) =>
      passwords.set(accountId, credential, remember),
    'secrets:remove': ({ accountId }) => passwords.remove(accountId),
    'history:add': async (entry) => {
      await history.add(entry);
      notifier.added(entry);
      await missedTitle.refresh();
    },
    'history:list': (query) => history.list(query),
    'history:markSeen': async () => {
      await history.markSeen();
      notifier.seen();
      await missedTitle.refresh();
    },
    'history:unseenMissed': () => history.unseenMissedCount(),
    'history:clear': async () => {
      await history.clear();
      await missedTitle.refresh();
    },
    'contacts:list': () => contacts.list(),
    'contacts:save': ({ contacts: list }) => contacts.save(list),
    'contacts:remove': ({ ids }) => contacts.remove(ids),
    'history:remove': async ({ id }) => {
      await history.remove(id);
      await missedTitle.refresh();
    },
    // The same report as the desktop app's (src-preload/history-export), offered as a download.
    'history:export': async (filter) => {
      // Fetched on first use (papaparse): an export is rare, the first screen is not.
      const { cdrCsv, cdrFileName, collectFiltered, lineLookup } =
        await import('../../../src-preload/history-export');
      const entries = await collectFiltered((query) => history.list(query), filter);
      const fileName = cdrFileName(filter, Date.now());
      const csv = cdrCsv(entries, lineLookup(settings.accounts));
      offerDownload(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName, window);
      return { status: 'downloaded', count: entries.length, fileName };
    },
    'provisioning:import': async ({ url }) => {
      const target = new URL(url, window.location.href);
      // The page's CSP allows only same-origin fetches; say so instead of failing obscurely.
      if (target.origin !== window.location.origin) {
        throw new UserError('profileOtherSite');
      }
      const response = await fetch(target, { credentials: 'same-origin' });
      if (!response.ok) throw new UserError('profileLoadFailed', { status: response.status });
      const parsed = parseProvisioningProfile(await response.text());
      if (!parsed.ok) throw parsed.error;
      return parsed.profile;
    },
    // The browser has no log file; its developer tools show JsSIP's own debug output instead.
    'diagnostics:sipTrace': () => undefined,
    // The same zip as the desktop app's (src-preload/diagnostics), offered as a download.
    'diagnostics:export': async (report) => {
      // Fetched on first use (the zip writer, fflate).
      const { webDiagnostics } = await import('./web-diagnostics');
      const { bytes, fileName } = await webDiagnostics({
        report,
        settings,
        credential: (accountId) => passwords.get(accountId),
        version: __APP_VERSION__,
        navigator: window.navigator,
        now: Date.now(),
      });
      offerDownload(
        new Blob([new Uint8Array(bytes)], { type: 'application/zip' }),
        fileName,
        window,
      );
      return { status: 'downloaded', fileName };
    },
    'diagnostics:openLogFolder': () => {
      throw new Error('The browser has no log folder.');
    },
    'portal:open': ({ url }) => {
      const checked = checkProviderUrl(settings.provisioning, url);
      if (!checked.ok) throw new Error(checked.message);
      // noopener: the portal's page gets no handle on the phone's window.
      window.open(checked.url, '_blank', 'noopener');
    },
    'recordings:start': (meta) => recordings.start(meta),
    'recordings:append': ({ id, seq, bytes }) => recordings.append(id, seq, bytes),
    'recordings:finish': ({ id, durationMs }) => recordings.finish(id, durationMs),
    'recordings:list': () => recordings.list(),
    'recordings:read': ({ id }) => recordings.read(id),
    'recordings:remove': ({ id }) => recordings.remove(id),
    'recordings:showInFolder': desktopOnly,
    'recordings:chooseFolder': desktopOnly,
    'recordings:folder': desktopOnly,
    // No tray, popups or display sleep in a browser: only the notifications follow the report.
    'phone:report': (report) => notifier.report(report),
  };
  void missedTitle.refresh();

  return createSoftphoneApi({
    invoke: (channel, request) => dispatchInvoke(handlers, channel, request),
    subscribe: (channel, listener) => {
      const relay = listener as (payload: PushEvents[typeof channel]) => void;
      events.on(channel, relay);
      return () => events.off(channel, relay);
    },
  });
}
