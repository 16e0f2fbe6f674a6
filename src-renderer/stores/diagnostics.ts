import type { DiagnosticsExportResult, DiagnosticsReportInput } from '../../src-preload/contract';
import { MAX_QUALITY_CALLS } from '../../src-preload/contract/diagnostics';
import { softphone } from '../bridge/softphone';
import { CallQualityLog } from '../sip/call-quality-log';
import type { CallView } from '../sip/call-types';
import { recentSipTrace } from '../sip/sip-trace';
import { capturePageLog } from './page-log';

/** The last calls' quality; the calls store feeds it every call view the engine emits. */
export const callQualityLog = new CallQualityLog();

/** The page's warnings and errors since it loaded. */
const pageLog = capturePageLog();

/**
 * What only the page knows for Export diagnostics: its recent SIP trace (redacted as it came in),
 * the last calls' quality with the live ones as they are now, its own log lines and its user
 * agent. Main (or the browser bridge) adds logs, settings and versions and redacts it all again.
 */
export function diagnosticsReport(live: readonly CallView[]): DiagnosticsReportInput {
  return {
    sipTrace: recentSipTrace(),
    calls: callQualityLog.records(live).slice(-MAX_QUALITY_CALLS),
    pageLog: pageLog(),
    userAgent: navigator.userAgent.slice(0, 512),
  };
}

/** Export diagnostics: a zip saved where the user chooses (desktop) or downloaded (browser). */
export function exportDiagnostics(live: readonly CallView[]): Promise<DiagnosticsExportResult> {
  return softphone.diagnostics.export(diagnosticsReport(live));
}
