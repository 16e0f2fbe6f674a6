import {
  MAX_PAGE_LOG_LINE_CHARS,
  MAX_PAGE_LOG_LINES,
} from '../../src-preload/contract/diagnostics';
import { redactText } from '../../src-preload/diagnostics/redact';

type Level = 'warn' | 'error';

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const captured = new WeakMap<Console, string[]>();

/**
 * The page's own warnings and errors (what the app reports with console.warn/error: a failed
 * history write, a refused microphone), kept for Export diagnostics: the last few hundred lines,
 * redacted as they come, in memory only. The console still gets every call as before. Capturing
 * the same console twice keeps one list.
 */
export function capturePageLog(target: Console = console): () => string[] {
  let lines = captured.get(target);
  if (!lines) {
    const kept: string[] = [];
    lines = kept;
    captured.set(target, kept);
    for (const level of ['warn', 'error'] as Level[]) {
      const original = target[level].bind(target);
      target[level] = (...args: unknown[]) => {
        const text = redactText(args.map(describe).join(' ')).slice(
          0,
          MAX_PAGE_LOG_LINE_CHARS - 40,
        );
        kept.push(`${new Date().toISOString()} ${level} ${text}`);
        if (kept.length > MAX_PAGE_LOG_LINES) kept.shift();
        original(...args);
      };
    }
  }
  const list = lines;
  return () => [...list];
}
