/**
 * One named logger per module. Secrets are redacted here, at the logger, so no caller can forget:
 * any field whose name looks like a secret, and any `password=…`/`Authorization: Digest …` text.
 */
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

const SECRET_KEY = /pass(word)?|secret|token|credential|authorization|ha1/i;
const SECRET_TEXT = [
  /((?:password|passwd|pwd|secret|token)\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s,;&]+)/gi,
  /(Authorization:\s*Digest\s+)[^\r\n]*/gi,
  /(response=")[0-9a-f]+(")/gi,
];

export const REDACTED = '[redacted]';

/** Removes secrets from free text (log messages, SIP traces). */
export function redactText(text: string): string {
  let out = text;
  out = out.replace(SECRET_TEXT[0]!, `$1${REDACTED}`);
  out = out.replace(SECRET_TEXT[1]!, `$1${REDACTED}`);
  out = out.replace(SECRET_TEXT[2]!, `$1${REDACTED}$2`);
  return out;
}

/** Deep-copies `details` with secret-named fields replaced and secret-looking text redacted. */
export function redactDetails(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[…]';
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((item) => redactDetails(item, depth + 1));
  if (value instanceof Error) return redactText(value.message);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        SECRET_KEY.test(key) ? REDACTED : redactDetails(item, depth + 1),
      ]),
    );
  }
  return value;
}

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
