import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogFolderOpener, readLogTails } from './log-tail';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'softphone-logs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readLogTails', () => {
  it('reads every .log file, whole when small, in name order', async () => {
    writeFileSync(join(dir, 'main.old.log'), 'old\n');
    writeFileSync(join(dir, 'main.log'), 'new\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a log');
    expect(await readLogTails(dir)).toEqual([
      { name: 'main.log', text: 'new\n' },
      { name: 'main.old.log', text: 'old\n' },
    ]);
  });

  it('keeps the end of a long file from its next whole line', async () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${String(i).padStart(3, '0')}`);
    writeFileSync(join(dir, 'main.log'), `${lines.join('\n')}\n`);
    const [log] = await readLogTails(dir, 30);
    expect(log?.text).toMatch(/^\[… \d+ earlier bytes left out\]\nline 09[7-8]\n/);
    expect(log?.text.endsWith('line 099\n')).toBe(true);
  });

  it('returns no logs for a folder that does not exist', async () => {
    expect(await readLogTails(join(dir, 'missing'))).toEqual([]);
  });
});

describe('createLogFolderOpener', () => {
  it('creates the private folder, then opens exactly it', async () => {
    const folder = join(dir, 'logs');
    const openFolder = vi.fn(async () => '');
    await createLogFolderOpener(folder, openFolder)();
    expect(openFolder).toHaveBeenCalledWith(folder);
    if (process.platform !== 'win32') expect(statSync(folder).mode & 0o777).toBe(0o700);
  });

  it('turns the file manager error into a message', async () => {
    const open = createLogFolderOpener(dir, async () => 'No application is registered');
    await expect(open()).rejects.toThrow(`Could not open the log folder ${dir}: No application`);
  });
});
