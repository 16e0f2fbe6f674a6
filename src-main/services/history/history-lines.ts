import * as v from 'valibot';
import { HistoryEntrySchema, type HistoryEntry } from '../../../src-preload/contract';

export interface ParsedHistory {
  /** Valid entries in file order (later lines may repeat an id; the later one wins). */
  readonly entries: HistoryEntry[];
  /** Lines that are not JSON or fail the schema, verbatim, for the `.rejected` file. */
  readonly rejected: string[];
  /** True when the file should be rewritten: bad lines, repeated ids, or a last line without its newline. */
  readonly needsRewrite: boolean;
}

/**
 * Parses a JSON-lines history file. Never throws: a line that is not a valid HistoryEntry is set
 * aside and every other line is kept.
 */
export function parseHistoryLines(text: string): ParsedHistory {
  const entries: HistoryEntry[] = [];
  const rejected: string[] = [];
  const ids = new Set<string>();
  let repeated = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const entry = parseLine(line);
    if (!entry) {
      rejected.push(line);
      continue;
    }
    if (ids.has(entry.id)) repeated = true;
    ids.add(entry.id);
    entries.push(entry);
  }
  // A crash mid-append can leave a last line without its newline; the next append would be glued to it.
  const unterminated = text.length > 0 && !text.endsWith('\n');
  return { entries, rejected, needsRewrite: rejected.length > 0 || repeated || unterminated };
}

function parseLine(line: string): HistoryEntry | undefined {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return undefined;
  }
  const result = v.safeParse(HistoryEntrySchema, data);
  return result.success ? result.output : undefined;
}

/** One entry as one line of the file. */
export function formatHistoryLine(entry: HistoryEntry): string {
  return `${JSON.stringify(entry)}\n`;
}
