import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The few file operations the history needs. Tests use the real implementation on a temporary
 * folder, or wrap it to make one operation fail.
 */
export interface HistoryFileSystem {
  /** The file's text, or null when it does not exist. Rejects on any other error. */
  readText(path: string): Promise<string | null>;
  /** Appends `text`, creating the file (mode 0600) and its folder when needed. */
  append(path: string, text: string): Promise<void>;
  /** Replaces the file's content atomically: a flushed temporary file renamed over it. */
  replace(path: string, text: string): Promise<void>;
  /** Deletes the file; a missing file is not an error. */
  remove(path: string): Promise<void>;
}

/** Call history is personal: files are readable by their owner only. */
const FILE_MODE = 0o600;

/** HistoryFileSystem over node:fs. */
export const nodeFileSystem: HistoryFileSystem = {
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
    await appendFile(path, text, { encoding: 'utf8', mode: FILE_MODE });
  },

  async replace(path, text) {
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const handle = await open(temp, 'wx', FILE_MODE);
      try {
        await handle.writeFile(text, 'utf8');
        // Flush before the rename, or a power cut can leave a renamed but empty file.
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  },

  async remove(path) {
    await rm(path, { force: true });
  },
};
