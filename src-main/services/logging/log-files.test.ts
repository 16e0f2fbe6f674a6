import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeLogFolderFs, restrictLogFolder } from './log-files';

const modeOf = (path: string) => statSync(path).mode & 0o777;
const cleanup: string[] = [];
afterEach(() => cleanup.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A log folder as electron-log and an older version leave it: everything readable by all. */
function openFolder() {
  const root = mkdtempSync(join(tmpdir(), 'log-files-'));
  cleanup.push(root);
  const folder = join(root, 'logs');
  mkdirSync(folder, { mode: 0o755 });
  for (const name of ['main.log', 'main.old.log', 'notes.txt'])
    writeFileSync(join(folder, name), 'x', { mode: 0o644 });
  return folder;
}

describe.skipIf(process.platform === 'win32')('restrictLogFolder', () => {
  it('leaves the folder and its log files readable by the user only', () => {
    const folder = openFolder();
    expect(restrictLogFolder(folder)).toEqual([]);
    expect(modeOf(folder)).toBe(0o700);
    expect(modeOf(join(folder, 'main.log'))).toBe(0o600);
    expect(modeOf(join(folder, 'main.old.log'))).toBe(0o600);
    // Not ours to change: only log files.
    expect(modeOf(join(folder, 'notes.txt'))).toBe(0o644);
  });

  it('reports what it could not restrict and carries on', () => {
    const folder = openFolder();
    const failing = {
      ...nodeLogFolderFs,
      chmod: (path: string, mode: number) => {
        if (path.endsWith('main.log')) throw new Error('EPERM');
        nodeLogFolderFs.chmod(path, mode);
      },
    };
    expect(restrictLogFolder(folder, failing)).toEqual([join(folder, 'main.log')]);
    expect(modeOf(join(folder, 'main.old.log'))).toBe(0o600);
  });

  it('does not throw for a folder that is not there', () => {
    const missing = join(tmpdir(), 'log-files-missing-folder');
    expect(restrictLogFolder(missing)).toEqual([missing, missing]);
  });
});
