import { appendFile, mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { PRIVATE_FILE_MODE, writeFileAtomic } from '../fs/atomic-write';

/**
 * The file operations recordings need, over node:fs. Tests use it on a temporary folder, or wrap
 * it to make one operation fail (ENOSPC).
 */
export interface RecordingFiles {
  /** Makes the folder (and its parents) when missing. */
  ensureFolder(folder: string): Promise<void>;
  /** Creates an empty file; fails when it already exists. */
  create(path: string): Promise<void>;
  /**
   * Appends to an existing file by path, so a folder that vanished mid-call is noticed (ENOENT)
   * instead of writing into a deleted inode.
   */
  append(path: string, bytes: Uint8Array): Promise<void>;
  /** The file's size, or null when it is gone. */
  size(path: string): Promise<number | null>;
  read(path: string): Promise<Uint8Array>;
  /** Deletes the file; a missing file is not an error. */
  remove(path: string): Promise<void>;
  /** The index's text, or null when there is none yet. */
  readText(path: string): Promise<string | null>;
  /** Replaces the index atomically. */
  writeText(path: string, text: string): Promise<void>;
}

const errno = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

export const nodeRecordingFiles: RecordingFiles = {
  async ensureFolder(folder) {
    await mkdir(folder, { recursive: true });
  },
  async create(path) {
    const handle = await open(path, 'wx', PRIVATE_FILE_MODE);
    await handle.close();
  },
  async append(path, bytes) {
    // 'r+' semantics without creating: appendFile with flag 'a' would create a file in a folder
    // that still exists, which is fine; a vanished folder fails with ENOENT.
    await stat(path);
    await appendFile(path, bytes, { mode: PRIVATE_FILE_MODE });
  },
  async size(path) {
    try {
      return (await stat(path)).size;
    } catch (error) {
      if (errno(error) === 'ENOENT') return null;
      throw error;
    }
  },
  read: (path) => readFile(path),
  async remove(path) {
    await rm(path, { force: true });
  },
  async readText(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if (errno(error) === 'ENOENT') return null;
      throw error;
    }
  },
  writeText: writeFileAtomic,
};
