/**
 * One named logger per module. Secrets are redacted here, at the logger, so no caller can forget
 * (what a secret looks like is redact.ts).
 */
import { redactDetails, redactText } from '../../../src-preload/diagnostics/redact';

export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export type LogLevel = keyof Logger;
export type LogSink = (
  level: LogLevel,
  scope: string,
  message: string,
  details?: Record<string, unknown>,
) => void;

/** Creates a scoped logger that redacts before anything reaches the sink. */
export function createLogger(scope: string, sink: LogSink): Logger {
  const emit = (level: LogLevel) => (message: string, details?: Record<string, unknown>) =>
    sink(
      level,
      scope,
      redactText(message),
      details && (redactDetails(details) as Record<string, unknown>),
    );
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** A sink for tests and for plain-Node use: collects lines in memory. */
export function memorySink(): LogSink & { lines: string[] } {
  const lines: string[] = [];
  const sink = ((level, scope, message, details) => {
    lines.push(`${level} [${scope}] ${message}${details ? ` ${JSON.stringify(details)}` : ''}`);
  }) as LogSink & { lines: string[] };
  sink.lines = lines;
  return sink;
}
