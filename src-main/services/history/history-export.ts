import type {
  AccountProfile,
  HistoryEntry,
  HistoryExportResult,
  HistoryFilter,
  HistoryQuery,
} from '../../../src-preload/contract';
import {
  cdrCsv,
  cdrFileName,
  collectFiltered,
  lineLookup,
} from '../../../src-preload/history-export';
import { writeFileAtomic } from '../fs/atomic-write';
import type { Logger } from './history-store';

/** What is saved: the dialog's title and file type follow it. */
export type SaveKind = 'history' | 'diagnostics';

/** The save dialog (Electron's `dialog.showSaveDialog` in shell/os-ports.ts). */
export interface SaveDialogPort {
  /** Asks where to save a file suggested as `fileName`; null when the user cancelled. */
  chooseSavePath(fileName: string, kind?: SaveKind): Promise<string | null>;
}

export interface HistoryExporterDeps {
  history: { list(query: HistoryQuery): HistoryEntry[] | Promise<HistoryEntry[]> };
  /** The lines in settings now, for the line's name and our extension in each row. */
  accounts(): readonly AccountProfile[];
  /** Absent where there is no window to ask from (tests without one): export then refuses. */
  saveDialog?: SaveDialogPort;
  /** Writes the report; default: atomically, readable by the user only (it is call history). */
  writeFile?: (path: string, text: string) => Promise<void>;
  now?: () => number;
  log: Pick<Logger, 'info'>;
}

/**
 * `history:export` in main: every call the (validated) filter matches, read page by page from the
 * store, as the CSV report, written to the file the user picks. The file is written whole after
 * the user chose it, so a cancelled dialog leaves nothing behind.
 */
export function createHistoryExporter(deps: HistoryExporterDeps) {
  const writeFile = deps.writeFile ?? writeFileAtomic;
  return async (filter: HistoryFilter): Promise<HistoryExportResult> => {
    if (!deps.saveDialog) throw new Error('Exporting the call history needs the app window.');
    const now = deps.now?.() ?? Date.now();
    const path = await deps.saveDialog.chooseSavePath(cdrFileName(filter, now));
    if (path === null) return { status: 'cancelled', count: 0 };
    const entries = await collectFiltered((query) => deps.history.list(query), filter);
    await writeFile(path, cdrCsv(entries, lineLookup(deps.accounts())));
    // Counts only: the path may name the user, the rows are personal data.
    deps.log.info(`Call history exported: ${entries.length} calls`);
    return { status: 'saved', count: entries.length, fileName: path };
  };
}
