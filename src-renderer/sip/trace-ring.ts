import {
  MAX_TRACE_CHARS,
  MAX_TRACE_ENTRIES,
  MAX_TRACE_ENTRY_CHARS,
} from '../../src-preload/contract/diagnostics';
import { redactText } from '../../src-preload/diagnostics/redact';
import { whenIdle } from './when-idle';

/**
 * The last SIP messages of this page, for Export diagnostics: at most `maxEntries` and
 * `maxChars` together, the oldest dropped first. Messages are redacted (redact.ts: digest
 * answers, passwords) when the page is next idle, or at once when read, rather than as they
 * arrive: the regular expressions would otherwise run before JsSIP sees each message (6 ms for an
 * INVITE, between it arriving and the call ringing). A burst larger than the ring is redacted at
 * once, so the unredacted backlog stays bounded; it lives in memory only and is gone with the page.
 */
export class TraceRing {
  private readonly entries: string[] = [];
  private pending: string[] = [];
  private chars = 0;
  private scheduled = false;

  constructor(
    private readonly maxEntries = MAX_TRACE_ENTRIES,
    private readonly maxChars = MAX_TRACE_CHARS,
    private readonly later: (task: () => void) => void = (task) => whenIdle(task),
  ) {}

  push(text: string): void {
    this.pending.push(text);
    if (this.pending.length >= this.maxEntries) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      this.later(() => {
        this.scheduled = false;
        this.flush();
      });
    }
  }

  /** The messages kept, oldest first, redacted (a copy). */
  list(): string[] {
    this.flush();
    return [...this.entries];
  }

  clear(): void {
    this.pending = [];
    this.entries.length = 0;
    this.chars = 0;
  }

  private flush(): void {
    const incoming = this.pending;
    this.pending = [];
    for (const text of incoming) {
      const entry = redactText(text).slice(0, MAX_TRACE_ENTRY_CHARS);
      this.entries.push(entry);
      this.chars += entry.length;
    }
    while (this.entries.length > this.maxEntries || this.chars > this.maxChars) {
      this.chars -= this.entries.shift()?.length ?? 0;
    }
  }
}
