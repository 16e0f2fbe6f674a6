/**
 * The diagnostics export, shared by main (desktop) and the web bridge (browser): the same files,
 * the same redaction and the same zip in both builds. Everything that goes in passes through
 * redact.ts here, whoever redacted it before: the logger, the page's trace buffer and main all
 * redact on their own, and this is the last door before the file.
 */
import { strToU8, zipSync } from 'fflate';
import type { CallQualityRecord } from '../contract/diagnostics';
import { REDACTED, redactDetails, redactText } from './redact';

/** A log file (desktop: main's electron-log files; browser: the page's console lines). */
export interface DiagnosticsLog {
  name: string;
  text: string;
}

export interface DiagnosticsInput {
  createdAt: number;
  app: { name: string; version: string; mode: 'desktop' | 'web' };
  /** Electron, Chrome, Node, the OS, the page's user agent: whatever the build knows. */
  runtime: Readonly<Record<string, string | undefined>>;
  /** The settings as the app holds them; secret fields are removed here. */
  settings: unknown;
  logs: readonly DiagnosticsLog[];
  sipTrace: readonly string[];
  calls: readonly CallQualityRecord[];
  /**
   * Secret values the caller holds (passwords, HA1s, TURN credentials): removed wherever they
   * appear, whatever key or header they hide behind. Values shorter than 4 characters are ignored.
   */
  knownSecrets?: readonly string[];
}

/** The names of the files in the zip. */
export const DIAGNOSTICS_FILES = {
  summary: 'summary.json',
  settings: 'settings.json',
  calls: 'call-quality.json',
  sipTrace: 'sip-trace.txt',
} as const;

/** `softphone-diagnostics-2026-12-03-0815.zip`, in local time (what the user sees on the clock). */
export function diagnosticsFileName(now: number): string {
  const at = new Date(now);
  const two = (value: number) => String(value).padStart(2, '0');
  return (
    `softphone-diagnostics-${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}` +
    `-${two(at.getHours())}${two(at.getMinutes())}.zip`
  );
}

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A function that removes `secrets` (and their JSON-escaped forms) from any text. */
function knownSecretScrubber(secrets: readonly string[] = []): (text: string) => string {
  const values = [...new Set(secrets.filter((secret) => secret.length >= 4))]
    .flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1)])
    // Longest first: a password that contains another is removed whole.
    .sort((a, b) => b.length - a.length);
  if (values.length === 0) return (text) => text;
  const pattern = new RegExp(values.map(escapeForRegExp).join('|'), 'g');
  return (text) => text.replace(pattern, REDACTED);
}

/** A log's name as a plain file name inside `logs/`. */
function logFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const safe = base.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '');
  return `logs/${safe || 'log.txt'}`;
}

/**
 * The files of a diagnostics export, name to text, every one redacted: secret-named fields and
 * keys, authorization headers and digest answers (redact.ts), and every known secret value.
 */
export function diagnosticsFiles(input: DiagnosticsInput): Record<string, string> {
  const scrub = knownSecretScrubber(input.knownSecrets);
  const clean = (text: string) => scrub(redactText(text));
  const json = (value: unknown) => clean(JSON.stringify(redactDetails(value), null, 2));
  const files: Record<string, string> = {
    [DIAGNOSTICS_FILES.summary]: json({
      createdAt: new Date(input.createdAt).toISOString(),
      app: input.app,
      runtime: input.runtime,
      files: {
        logs: input.logs.map((log) => logFileName(log.name)),
        sipTraceMessages: input.sipTrace.length,
        calls: input.calls.length,
      },
    }),
    [DIAGNOSTICS_FILES.settings]: json(input.settings),
    [DIAGNOSTICS_FILES.calls]: json(input.calls),
    [DIAGNOSTICS_FILES.sipTrace]: clean(input.sipTrace.join('\n\n')),
  };
  for (const log of input.logs) files[logFileName(log.name)] = clean(log.text);
  return files;
}

/** The export as one zip file (fflate: the same in Node and in the browser). */
export function diagnosticsZip(input: DiagnosticsInput): Uint8Array {
  const files = diagnosticsFiles(input);
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])),
    { level: 6, mtime: new Date(input.createdAt) },
  );
}
