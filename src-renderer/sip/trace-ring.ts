import {
  MAX_TRACE_CHARS,
  MAX_TRACE_ENTRIES,
  MAX_TRACE_ENTRY_CHARS,
} from '../../src-preload/contract/diagnostics';
import { redactText } from '../../src-preload/diagnostics/redact';

/**
 * The last SIP messages of this page, for Export diagnostics: at most `maxEntries` and
 * `maxChars` together, the oldest dropped first. Each message is redacted as it comes in
 * (redact.ts: digest answers, passwords), so no secret is ever held here; it lives in memory only
 * and is gone with the page.
 */
export class TraceRing {
  private readonly entries: string[] = [];
  private chars = 0;

  constructor(
    private readonly maxEntries = MAX_TRACE_ENTRIES,
    private readonly maxChars = MAX_TRACE_CHARS,
  ) {}

  push(text: string): void {
    const entry = redactText(text).slice(0, MAX_TRACE_ENTRY_CHARS);
    this.entries.push(entry);
    this.chars += entry.length;
    while (this.entries.length > this.maxEntries || this.chars > this.maxChars) {
      this.chars -= this.entries.shift()?.length ?? 0;
    }
  }

  /** The messages kept, oldest first (a copy). */
  list(): string[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries.length = 0;
    this.chars = 0;
  }
}
