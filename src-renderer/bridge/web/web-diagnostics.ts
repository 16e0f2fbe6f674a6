import type { DiagnosticsReport, Settings, SipCredential } from '../../../src-preload/contract';
import {
  diagnosticsFileName,
  diagnosticsZip,
  heldSecrets,
  redactText,
} from '../../../src-preload/diagnostics';

/** Chrome's version and the OS as far as a web page can tell (user agent, client hints). */
export function browserRuntime(navigator: Navigator): Record<string, string | undefined> {
  const hints = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return {
    chrome: /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1],
    os: hints?.platform || navigator.platform || undefined,
    userAgent: navigator.userAgent,
  };
}

export interface WebDiagnosticsDeps {
  report: DiagnosticsReport;
  settings: Settings;
  credential: (accountId: string) => Promise<SipCredential | null>;
  version: string;
  navigator: Navigator;
  now: number;
}

/**
 * The browser build's diagnostics export: the same zip as the desktop app's (shared bundle),
 * from what a browser has. There is no log file: the page's own warnings and errors are the log.
 * Redacted again here, as main does, and every password, HA1 and TURN credential this tab holds
 * is removed wherever it appears.
 */
export async function webDiagnostics(
  deps: WebDiagnosticsDeps,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { report } = deps;
  const bytes = diagnosticsZip({
    createdAt: deps.now,
    app: { name: 'Softphone', version: deps.version, mode: 'web' },
    runtime: { ...browserRuntime(deps.navigator), userAgent: report.userAgent },
    settings: deps.settings,
    logs: [{ name: 'page.log', text: report.pageLog.map(redactText).join('\n') }],
    sipTrace: report.sipTrace.map(redactText),
    calls: report.calls,
    knownSecrets: await heldSecrets(deps.settings, deps.credential),
  });
  return { bytes, fileName: diagnosticsFileName(deps.now) };
}
