import { chmodSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PRIVATE_FILE_MODE } from '../fs/atomic-write';

/** The log folder is the user's alone: logs name accounts, servers and numbers dialled. */
export const PRIVATE_FOLDER_MODE = 0o700;

/** The two file operations restricting a log folder needs; tests wrap them to make one fail. */
export interface LogFolderFs {
  chmod(path: string, mode: number): void;
  /** The names of the entries in `folder`. */
  list(folder: string): string[];
}

/** LogFolderFs over node:fs. */
export const nodeLogFolderFs: LogFolderFs = {
  chmod: (path, mode) => chmodSync(path, mode),
  list: (folder) => readdirSync(folder),
};

/**
 * Makes `folder` (0700) and every `*.log` file in it (0600) readable by the user only. New files
 * are created 0600 by the file transport; this catches the folder, which the transport creates
 * with the default mode, and files left 0644 by an older version or a rotation. Failures (a file
 * removed meanwhile, Windows, where modes mean little) are returned, never thrown: a log that
 * cannot be restricted must not stop the phone from starting.
 */
export function restrictLogFolder(folder: string, fs: LogFolderFs = nodeLogFolderFs): string[] {
  const failed: string[] = [];
  const attempt = (path: string, mode: number) => {
    try {
      fs.chmod(path, mode);
    } catch {
      failed.push(path);
    }
  };
  attempt(folder, PRIVATE_FOLDER_MODE);
  let names: string[] = [];
  try {
    names = fs.list(folder);
  } catch {
    failed.push(folder);
  }
  for (const name of names.filter((entry) => entry.endsWith('.log')))
    attempt(join(folder, name), PRIVATE_FILE_MODE);
  return failed;
}
