import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Personal data (history, saved passwords): readable by its owner only. */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Replaces a file's content atomically: writes a private (0600) temporary file beside it, flushes
 * it and renames it over the target, creating the folder when needed. A reader sees the old text
 * or the new, never half of either; on failure the target is untouched and no temporary file is
 * left behind. The flush comes before the rename, or a power cut can leave a renamed but empty file.
 */
export async function writeFileAtomic(filePath: string, text: string | Uint8Array): Promise<void> {
  await mkdir(dirname(filePath), { recursive: true });
  const temp = `${filePath}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'wx', PRIVATE_FILE_MODE);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, filePath);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
