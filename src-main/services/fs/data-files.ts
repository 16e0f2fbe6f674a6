import { appendFile, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PRIVATE_FILE_MODE, writeFileAtomic } from './atomic-write';

/**
 * The few file operations main's data files need (history, contacts). Tests use the real
 * implementation on a temporary folder, or wrap it to make one operation fail.
 */
export interface DataFileSystem {
  /** The file's text, or null when it does not exist. Rejects on any other error. */
  readText(path: string): Promise<string | null>;
  /** Appends `text`, creating the file (mode 0600) and its folder when needed. */
  append(path: string, text: string): Promise<void>;
  /** Replaces the file's content atomically (fs/atomic-write.ts). */
  replace(path: string, text: string): Promise<void>;
  /** Deletes the file; a missing file is not an error. */
  remove(path: string): Promise<void>;
}

/** DataFileSystem over node:fs. */
export const nodeFileSystem: DataFileSystem = {
  async readText(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  },

  async append(path, text) {
    await mkdir(dirname(path), { recursive: true });
    await appendFile(path, text, { encoding: 'utf8', mode: PRIVATE_FILE_MODE });
  },

  replace: writeFileAtomic,

  async remove(path) {
    await rm(path, { force: true });
  },
};
