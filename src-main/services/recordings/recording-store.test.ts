import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordingStart } from '../../../src-preload/contract';
import { nodeRecordingFiles, type RecordingFiles } from './recording-files';
import { RecordingStore, RecordingWriteError } from './recording-store';

let dir: string;
let folder: string;
const logged: string[] = [];
const log = {
  info: (m: string) => logged.push(`info ${m}`),
  warn: (m: string) => logged.push(`warn ${m}`),
  error: (m: string) => logged.push(`error ${m}`),
};
let ids = 0;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'softphone-recordings-'));
  folder = join(dir, 'Music', 'Softphone recordings');
  logged.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function meta(overrides: Partial<RecordingStart> = {}): RecordingStart {
  return {
    callId: 'call-1',
    accountId: 'a1',
    line: 'Line 1005',
    number: '+4930123456',
    direction: 'outgoing',
    startedAt: new Date(2026, 11, 2, 11, 40, 5).getTime(),
    mimeType: 'audio/webm;codecs=opus',
    ...overrides,
  };
}

function open(files: RecordingFiles = nodeRecordingFiles, at = () => folder) {
  return RecordingStore.open({
    indexPath: join(dir, 'recordings.json'),
    folder: at,
    files,
    log,
    newId: () => `rec-${(ids += 1)}`,
  });
}

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('RecordingStore', () => {
  it('creates the folder and writes the chunks in order to one named file', async () => {
    const store = await open();
    const info = await store.start(meta());
    expect(info.fileName).toBe('2026-12-02_11-40-05_Line-1005_+4930123456.webm');
    await store.append(info.id, 0, bytes(1, 2, 3));
    await store.append(info.id, 1, bytes(4, 5));
    // A chunk sent twice (a retried IPC) is written once.
    await store.append(info.id, 1, bytes(4, 5));
    expect(store.list()[0]).toMatchObject({ recording: true, sizeBytes: 5 });
    const done = await store.finish(info.id, 61_000);
    expect(done).toMatchObject({ recording: false, durationMs: 61_000, sizeBytes: 5 });
    expect(done.incomplete).toBeUndefined();
    const path = join(folder, info.fileName);
    expect([...readFileSync(path)]).toEqual([1, 2, 3, 4, 5]);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    expect([...(await store.read(info.id))]).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a chunk that skips one, so a gap never corrupts the file', async () => {
    const store = await open();
    const info = await store.start(meta());
    await expect(store.append(info.id, 1, bytes(9))).rejects.toThrow(/chunk 1 came before 0/);
    expect(readFileSync(join(folder, info.fileName)).byteLength).toBe(0);
  });

  it('keeps two recordings that would get the same name', async () => {
    const store = await open();
    const first = await store.start(meta());
    const second = await store.start(meta({ callId: 'call-2' }));
    expect(second.fileName).not.toBe(first.fileName);
    expect(readdirSync(folder)).toHaveLength(2);
  });

  it('lists newest first and survives a restart; a recording left open is closed as incomplete', async () => {
    const store = await open();
    const older = await store.start(meta({ startedAt: 1_000 }));
    await store.finish(older.id, 1000);
    const open2 = await store.start(meta({ startedAt: 2_000, number: '1002' }));
    await store.append(open2.id, 0, bytes(1, 2, 3, 4));
    expect(store.list().map((entry) => entry.id)).toEqual([open2.id, older.id]);

    const reopened = await open();
    const [crashed, finished] = reopened.list();
    expect(crashed).toMatchObject({
      id: open2.id,
      recording: false,
      incomplete: true,
      sizeBytes: 4,
    });
    expect(finished).toMatchObject({ id: older.id, durationMs: 1000 });
  });

  it('deletes the file and its entry', async () => {
    const store = await open();
    const info = await store.start(meta());
    await expect(store.remove(info.id)).rejects.toThrow(/still being made/);
    await store.finish(info.id, 10);
    await store.remove(info.id);
    expect(readdirSync(folder)).toEqual([]);
    expect(store.list()).toEqual([]);
    expect((await open()).list()).toEqual([]);
  });

  it('disk full: stops with a clear message and keeps what was written', async () => {
    let full = false;
    const files: RecordingFiles = {
      ...nodeRecordingFiles,
      append: async (path, chunk) => {
        if (full)
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return nodeRecordingFiles.append(path, chunk);
      },
    };
    const store = await open(files);
    const info = await store.start(meta());
    await store.append(info.id, 0, bytes(1, 2));
    full = true;
    const failure = await store.append(info.id, 1, bytes(3)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RecordingWriteError);
    expect((failure as RecordingWriteError).failure).toBe('disk-full');
    expect((failure as Error).message).toBe(
      `Recording stopped: the disk is full. The part recorded so far is kept in ${info.fileName}.`,
    );
    // Every later chunk gets the same answer; nothing more is attempted.
    await expect(store.append(info.id, 2, bytes(4))).rejects.toBe(failure);
    const done = await store.finish(info.id, 5000);
    expect(done).toMatchObject({ incomplete: true, sizeBytes: 2, durationMs: 5000 });
    expect([...readFileSync(join(folder, info.fileName))]).toEqual([1, 2]);
    expect(logged).toContain('warn recording stopped');
  });

  it('a folder that vanished mid-call: says which folder, and the store goes on', async () => {
    const store = await open();
    const info = await store.start(meta());
    await store.append(info.id, 0, bytes(1));
    rmSync(folder, { recursive: true, force: true });
    await expect(store.append(info.id, 1, bytes(2))).rejects.toThrow(
      `Recording stopped: the recordings folder ${folder} is no longer there. Choose another one in Settings.`,
    );
    expect(await store.finish(info.id, 2000)).toMatchObject({ incomplete: true, sizeBytes: 1 });
    await expect(store.read(info.id)).rejects.toThrow(/is no longer there/);
    // The next recording makes the folder again.
    const next = await store.start(meta({ callId: 'call-2' }));
    await store.append(next.id, 0, bytes(7));
    expect([...readFileSync(join(folder, next.fileName))]).toEqual([7]);
  });

  it('a folder that cannot be made: the start fails with the reason', async () => {
    const store = await open(nodeRecordingFiles, () => 'relative/folder');
    await expect(store.start(meta())).rejects.toThrow(/must be a full path/);
    const blocked: RecordingFiles = {
      ...nodeRecordingFiles,
      ensureFolder: async () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
    };
    const refused = await open(blocked);
    await expect(refused.start(meta())).rejects.toThrow(/cannot be written to/);
    expect(refused.list()).toEqual([]);
  });

  it('an index that is not JSON is replaced, not fatal', async () => {
    const files: RecordingFiles = { ...nodeRecordingFiles, readText: async () => '{nope' };
    const store = await open(files);
    expect(store.list()).toEqual([]);
    expect(logged.some((line) => line.includes('not valid JSON'))).toBe(true);
  });
});
