import { createHistoryExporter } from '../history/history-export';
import type { MainHandlerDeps } from '../ipc/main-handlers';
import { createHistorySummary } from './history-summary';
import { createMissedCallNotices } from './missed-call-notices';
import { createMainTranslator } from '../i18n/translator';
import type { DesktopCorePorts } from './ports';

type HistoryHandlers = MainHandlerDeps['history'];

/**
 * The history channels over main's history store, with one reaction: whatever changes what the
 * tray shows from the history (a call added, missed calls seen, the history cleared) reads the
 * summary again before the request settles, so the tray is up to date when the page hears back.
 */
export function historyHandlers(
  store: HistoryHandlers,
  changed: () => Promise<void>,
): HistoryHandlers {
  const thenRefresh =
    <A extends unknown[]>(run: (...args: A) => unknown) =>
    async (...args: A): Promise<void> => {
      await run(...args);
      await changed();
    };
  return {
    add: thenRefresh((entry) => store.add(entry)),
    list: (query) => store.list(query),
    markSeen: thenRefresh(() => store.markSeen()),
    unseenMissedCount: () => store.unseenMissedCount(),
    clear: thenRefresh(() => store.clear()),
    remove: thenRefresh((id) => store.remove(id)),
  };
}

/** `history:export` over the history and the lines in settings, saved where the user chooses. */
export function historyExporter(
  ports: Pick<DesktopCorePorts, 'settings' | 'saveDialog' | 'log'>,
  history: HistoryHandlers,
): MainHandlerDeps['exportHistory'] {
  return createHistoryExporter({
    history,
    accounts: () => ports.settings.get().accounts,
    saveDialog: ports.saveDialog,
    log: ports.log,
  });
}

/**
 * The history in the desktop core: the summary the tray shows (told to `onSummary`), the
 * channels that refresh it, the missed-call notifications, and the export.
 */
export function historyCore(
  ports: Pick<
    DesktopCorePorts,
    'history' | 'settings' | 'saveDialog' | 'log' | 'notifier' | 'window' | 't'
  >,
  onSummary: Parameters<typeof createHistorySummary>[0]['onChange'],
) {
  const summary = createHistorySummary({
    history: ports.history,
    onChange: onSummary,
    log: ports.log,
  });
  const notices = createMissedCallNotices({
    notifier: ports.notifier,
    showWindow: () => ports.window.show(),
    t: ports.t ?? createMainTranslator(() => ports.settings.get().ui.language),
  });
  const refreshed = historyHandlers(ports.history, summary.refresh);
  const history: HistoryHandlers = {
    ...refreshed,
    add: async (entry) => {
      await refreshed.add(entry);
      notices.added(entry);
    },
    markSeen: async () => {
      await refreshed.markSeen();
      notices.seen();
    },
    clear: async () => {
      await refreshed.clear();
      notices.seen();
    },
  };
  return { summary, history, exportHistory: historyExporter(ports, history) };
}
