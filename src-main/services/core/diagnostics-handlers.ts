import { createDiagnosticsExporter, runtimeInfo } from '../diagnostics/diagnostics-export';
import { createLogFolderOpener, readLogTails } from '../diagnostics/log-tail';
import { createSipTraceSink } from '../diagnostics/sip-trace';
import type { MainHandlerDeps } from '../ipc/main-handlers';
import { sipCredentials } from '../secrets/sip-credential';
import type { DesktopCorePorts } from './ports';

type DiagnosticsPorts = Pick<
  DesktopCorePorts,
  'version' | 'settings' | 'secrets' | 'saveDialog' | 'log' | 'sipLog' | 'logs' | 'runtime'
>;

/**
 * The `diagnostics:*` channels: the SIP trace to the log (only while the setting is on), the
 * export over main's log folder, settings, secret store and save dialog, and Open log folder.
 * Without a log folder (tests without one) the export has no logs and Open log folder refuses.
 */
export function diagnosticsHandlers(
  ports: DiagnosticsPorts,
): Pick<MainHandlerDeps, 'sipTrace' | 'exportDiagnostics' | 'openLogFolder'> {
  const folder = ports.logs?.folder;
  const credentials = sipCredentials(ports.secrets);
  return {
    sipTrace: createSipTraceSink(
      () => ports.settings.get().desktop.sipTrace,
      ports.sipLog ?? ports.log,
    ),
    exportDiagnostics: createDiagnosticsExporter({
      version: ports.version,
      runtime: () => ports.runtime ?? runtimeInfo(),
      settings: () => ports.settings.get(),
      credential: (accountId) => credentials.get(accountId),
      logs: async () => (folder ? readLogTails(folder) : []),
      saveDialog: ports.saveDialog,
      log: ports.log,
    }),
    openLogFolder: ports.logs
      ? createLogFolderOpener(ports.logs.folder, ports.logs.openFolder)
      : async () => {
          throw new Error('This app has no log folder.');
        },
  };
}
