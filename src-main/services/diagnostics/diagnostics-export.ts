import { arch, release, type } from 'node:os';
import type {
  DiagnosticsExportResult,
  DiagnosticsReport,
  Settings,
  SipCredential,
} from '../../../src-preload/contract';
import {
  diagnosticsFileName,
  diagnosticsZip,
  heldSecrets,
  redactText,
  type DiagnosticsLog,
} from '../../../src-preload/diagnostics';
import { writeFileAtomic } from '../fs/atomic-write';
import type { SaveDialogPort } from '../history/history-export';
import type { Logger } from '../logging/logger';

/** What the app runs on, as far as this process knows (Electron and Chrome only under Electron). */
export type RuntimeInfo = Readonly<Record<string, string | undefined>>;

/** Electron, Chrome, Node and the OS of this process. */
export function runtimeInfo(versions: NodeJS.ProcessVersions = process.versions): RuntimeInfo {
  return {
    electron: versions.electron,
    chrome: versions.chrome,
    node: versions.node,
    os: `${type()} ${release()} (${arch()})`,
  };
}

export interface DiagnosticsExporterDeps {
  version: string;
  runtime: () => RuntimeInfo;
  settings: () => Settings;
  /** Lines' credentials from the secret store: their values are removed wherever they appear. */
  credential: (accountId: string) => Promise<SipCredential | null>;
  /** main's log files (log-tail.ts over the log folder). */
  logs: () => Promise<DiagnosticsLog[]>;
  /** Absent where there is no window to ask from: export then refuses. */
  saveDialog?: SaveDialogPort;
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
  now?: () => number;
  log: Pick<Logger, 'info'>;
}

/**
 * `diagnostics:export` in main: the page's (validated, capped) report, redacted again here, with
 * main's logs, settings without secrets and versions, as one zip written where the user chooses.
 * Nothing is read or written before the user chose: a cancelled dialog leaves nothing behind.
 */
export function createDiagnosticsExporter(deps: DiagnosticsExporterDeps) {
  const writeFile = deps.writeFile ?? writeFileAtomic;
  return async (report: DiagnosticsReport): Promise<DiagnosticsExportResult> => {
    if (!deps.saveDialog) throw new Error('Exporting diagnostics needs the app window.');
    const now = deps.now?.() ?? Date.now();
    const path = await deps.saveDialog.chooseSavePath(diagnosticsFileName(now), 'diagnostics');
    if (path === null) return { status: 'cancelled' };
    const settings = deps.settings();
    const pageLog = report.pageLog.map(redactText);
    const zip = diagnosticsZip({
      createdAt: now,
      app: { name: 'Softphone', version: deps.version, mode: 'desktop' },
      runtime: { ...deps.runtime(), userAgent: report.userAgent },
      settings,
      logs: [
        ...(await deps.logs()),
        ...(pageLog.length ? [{ name: 'page.log', text: pageLog.join('\n') }] : []),
      ],
      // Redacted here too, whatever the page did: a page is not trusted to keep secrets out.
      sipTrace: report.sipTrace.map(redactText),
      calls: report.calls,
      knownSecrets: await heldSecrets(settings, deps.credential),
    });
    await writeFile(path, zip);
    // Sizes only: the path may name the user.
    deps.log.info(
      `Diagnostics exported: ${zip.length} bytes, ${report.sipTrace.length} SIP messages`,
    );
    return { status: 'saved', fileName: path };
  };
}
