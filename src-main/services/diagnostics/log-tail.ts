import { mkdir, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DiagnosticsLog } from '../../../src-preload/diagnostics';
import { PRIVATE_FOLDER_MODE } from '../logging/log-files';

/** How much of each log file an export takes: the end, where the problem the user met is. */
export const LOG_TAIL_BYTES = 4 * 1024 * 1024;

/**
 * The last `maxBytes` of every `*.log` file in `folder` (electron-log's `main.log` and the
 * `main.old.log` it rotates to), oldest name first. A cut file starts at its next whole line.
 * A missing folder is no logs, not an error: nothing was logged yet.
 */
export async function readLogTails(
  folder: string,
  maxBytes = LOG_TAIL_BYTES,
): Promise<DiagnosticsLog[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const logs: DiagnosticsLog[] = [];
  for (const name of names.filter((entry) => entry.endsWith('.log')).sort()) {
    const text = await readTail(join(folder, name), maxBytes).catch(() => undefined);
    if (text !== undefined) logs.push({ name, text });
  }
  return logs;
}

async function readTail(path: string, maxBytes: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, maxBytes);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const text = buffer.toString('utf8');
    if (length === size) return text;
    const firstLine = text.indexOf('\n');
    return `[… ${size - length} earlier bytes left out]\n${text.slice(firstLine + 1)}`;
  } finally {
    await handle.close();
  }
}

/** The file manager's "open this folder" (Electron's `shell.openPath`: '' or an error text). */
export type OpenFolderPort = (folder: string) => Promise<string>;

/**
 * "Open log folder": shows main's own log folder (never a path from the page), creating it first
 * (private, as the logger would) so the file manager has something to open before any log.
 */
export function createLogFolderOpener(folder: string, openFolder: OpenFolderPort) {
  return async (): Promise<void> => {
    await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
    const error = await openFolder(folder);
    if (error) throw new Error(`Could not open the log folder ${folder}: ${error}`);
  };
}
