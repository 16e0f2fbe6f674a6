import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntryInput } from '../../../src-preload/contract';
import { nodeFileSystem, type DataFileSystem } from '../fs/data-files';
import { HistoryError, HistoryStore } from './history-store';

let dir: string;
let filePath: string;
const lines: string[] = [];
const log = {
  info: (m: string) => lines.push(`info ${m}`),
  warn: (m: string) => lines.push(`warn ${m}`),
  error: (m: string) => lines.push(`error ${m}`),
};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'softphone-history-'));
  filePath = join(dir, 'history.jsonl');
  lines.length = 0;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
function call(overrides: Partial<HistoryEntryInput> = {}): HistoryEntryInput {
  n += 1;
  const startedAt = overrides.startedAt ?? 1_700_000_000_000 + n * 60_000;
  return {
    id: `call-${n}`,
    accountId: 'a1',
    direction: 'incoming',
    number: `+1555${String(n).padStart(7, '0')}`,
    startedAt,
    endedAt: startedAt + 30_000,
    outcome: 'answered',
    ...overrides,
  };
}

const open = (fs: DataFileSystem = nodeFileSystem) => HistoryStore.open({ filePath, log, fs });
const fileLines = () => readFileSync(filePath, 'utf8').split('\n').filter(Boolean);

describe('HistoryStore', () => {
  it('appends one JSON line per call, owner-readable only, and reloads them newest first', async () => {
    const store = await open();
    const first = call({ name: 'Alice' });
    const second = call({ outcome: 'missed', seen: false });
    await store.add(first);
    await store.add(second);
    expect(fileLines().map((l) => JSON.parse(l) as unknown)).toEqual([
      { ...first, seen: true },
      { ...second, seen: false },
    ]);
    expect(statSync(filePath).mode & 0o777).toBe(0o600);
    const reopened = await open();
    expect(reopened.list().map((e) => e.id)).toEqual([second.id, first.id]);
    expect(reopened.unseenMissedCount()).toBe(1);
    expect(reopened.loadReport).toEqual({ loaded: 2, rejected: 0 });
  });

  it('starts empty when there is no file yet, and creates none until a call is added', async () => {
    const store = await open();
    expect(store.list()).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('skips malformed lines, keeps them in .rejected, and keeps every good line', async () => {
    const good = [call(), call(), call()];
    const bad = [
      '{"id": "truncated", "accountId"',
      'not json at all',
      JSON.stringify({ ...call(), outcome: 'exploded' }),
    ];
    writeFileSync(
      filePath,
      [
        JSON.stringify(good[0]),
        bad[0],
        JSON.stringify(good[1]),
        bad[1],
        bad[2],
        JSON.stringify(good[2]),
      ].join('\n') + '\n',
    );
    const store = await open();
    expect(store.loadReport).toEqual({
      loaded: 3,
      rejected: 3,
      rejectedPath: `${filePath}.rejected`,
    });
    expect(
      store
        .list()
        .map((e) => e.id)
        .sort(),
    ).toEqual(good.map((e) => e.id).sort());
    expect(readFileSync(`${filePath}.rejected`, 'utf8')).toBe(bad.map((l) => `${l}\n`).join(''));
    // The file was rewritten without them, so the next start is clean.
    expect(fileLines()).toHaveLength(3);
    const again = await open();
    expect(again.loadReport).toEqual({ loaded: 3, rejected: 0 });
    expect(lines.join('\n')).toMatch(/3 malformed line\(s\) moved to .*history\.jsonl\.rejected/);
  });

  it('repairs a last line left without its newline, so the next append is not glued to it', async () => {
    const entry = call();
    writeFileSync(filePath, `${JSON.stringify(call())}\n${JSON.stringify(entry)}`);
    const store = await open();
    await store.add(call());
    expect((await open()).loadReport).toEqual({ loaded: 3, rejected: 0 });
  });

  it('replaces an entry added twice, in memory and, after compaction, on disk', async () => {
    const store = await open();
    const entry = call({ outcome: 'missed', seen: false });
    await store.add(entry);
    await store.add({ ...entry, name: 'Carol' });
    expect(store.size).toBe(1);
    expect(store.list()[0]?.name).toBe('Carol');
    const reopened = await open();
    expect(reopened.list()).toHaveLength(1);
    expect(reopened.list()[0]?.name).toBe('Carol');
    expect(fileLines()).toHaveLength(1);
  });

  it('marks missed calls seen through an atomic rewrite', async () => {
    const store = await open();
    await store.add(call({ outcome: 'missed', seen: false }));
    await store.add(call({ outcome: 'missed', seen: false }));
    await store.add(call());
    expect(store.unseenMissedCount()).toBe(2);
    expect(await store.markSeen()).toBe(2);
    expect(store.unseenMissedCount()).toBe(0);
    expect(readdirSync(dir)).toEqual(['history.jsonl']); // no temp file left
    expect(statSync(filePath).mode & 0o777).toBe(0o600);
    const reopened = await open();
    expect(reopened.unseenMissedCount()).toBe(0);
    expect(reopened.size).toBe(3);
  });

  it('does not rewrite when there is nothing to mark', async () => {
    const writes: string[] = [];
    const spy: DataFileSystem = {
      ...nodeFileSystem,
      replace: async (p, t) => void writes.push(t),
    };
    const store = await open(spy);
    await store.add(call());
    expect(await store.markSeen()).toBe(0);
    expect(writes).toEqual([]);
  });

  it('clears the history and its rejected lines', async () => {
    writeFileSync(filePath, `garbage\n${JSON.stringify(call())}\n`);
    const store = await open();
    await store.add(call({ outcome: 'missed', seen: false }));
    await store.clear();
    expect(store.list()).toEqual([]);
    expect(store.unseenMissedCount()).toBe(0);
    expect(readdirSync(dir)).toEqual(['history.jsonl']);
    expect(readFileSync(filePath, 'utf8')).toBe('');
    expect((await open()).size).toBe(0);
  });

  it('keeps writes in order: an add right after markSeen is not lost in the rewrite', async () => {
    const store = await open();
    await store.add(call({ outcome: 'missed', seen: false }));
    const late = call();
    await Promise.all([store.markSeen(), store.add(late), store.add(call())]);
    // Each call on disk exactly once: the rewrite did not already contain the appended lines.
    expect(fileLines()).toHaveLength(3);
    const reopened = await open();
    expect(reopened.size).toBe(3);
    expect(reopened.list().some((e) => e.id === late.id)).toBe(true);
    expect(reopened.unseenMissedCount()).toBe(0);
  });

  it('refuses an invalid entry with a readable error', async () => {
    const store = await open();
    await expect(
      store.add({ ...call(), outcome: 'exploded' } as unknown as HistoryEntryInput),
    ).rejects.toThrow(new HistoryError('historyInvalidEntry', { detail: ' at outcome' }));
    await expect(
      store.add({ ...call(), outcome: 'exploded' } as unknown as HistoryEntryInput),
    ).rejects.toMatchObject({
      code: 'historyInvalidEntry',
      message: 'Invalid call history entry at outcome',
    });
    expect(store.size).toBe(0);
  });

  it('reports a failed write to the caller, and the call stays listed for this session', async () => {
    const failing: DataFileSystem = {
      ...nodeFileSystem,
      append: () => Promise.reject(new Error('ENOSPC: no space left on device')),
    };
    const store = await open(failing);
    await expect(store.add(call())).rejects.toThrow(
      'Could not save the call (ENOSPC: no space left on device).',
    );
    expect(store.size).toBe(1);
    // The queue is not stuck after a failure.
    await expect(store.clear()).resolves.toBeUndefined();
  });

  it('never writes over a file it could not read', async () => {
    const writes: string[] = [];
    const unreadable: DataFileSystem = {
      readText: () => Promise.reject(new Error('EACCES: permission denied')),
      append: async (p) => void writes.push(p),
      replace: async (p) => void writes.push(p),
      remove: async (p) => void writes.push(p),
    };
    const store = await open(unreadable);
    expect(store.loadReport).toEqual({
      loaded: 0,
      rejected: 0,
      error: 'EACCES: permission denied',
    });
    await expect(store.add(call())).rejects.toThrow(
      'Call history is unavailable (EACCES: permission denied).',
    );
    await expect(store.clear()).rejects.toThrow(HistoryError);
    expect(writes).toEqual([]);
  });

  it('keeps the bad lines in place when they cannot be set aside', async () => {
    writeFileSync(filePath, `garbage\n${JSON.stringify(call())}\n`);
    const noRejects: DataFileSystem = {
      ...nodeFileSystem,
      append: (p, t) =>
        p.endsWith('.rejected') ? Promise.reject(new Error('EROFS')) : nodeFileSystem.append(p, t),
    };
    const store = await open(noRejects);
    expect(store.size).toBe(1);
    expect(readFileSync(filePath, 'utf8')).toMatch(/^garbage\n/);
  });

  it('validates queries with the contract (limit 1..1000)', async () => {
    const store = await open();
    expect(() => store.list({ limit: 0 })).toThrow('Invalid call history query');
  });

  it('never logs numbers or names', async () => {
    const store = await open();
    await store.add(call({ number: '+15559876543', name: 'Secret Lover' }));
    await store.markSeen();
    await open();
    expect(lines.join('\n')).not.toMatch(/9876543|Secret Lover/);
  });
});

describe('HistoryStore filters and remove', () => {
  it('filters by line and date range, and refuses a bad query with its reason', async () => {
    const store = await HistoryStore.open({ filePath, log });
    const a = call({ accountId: 'a1', startedAt: 1_000 });
    const b = call({ accountId: 'a2', startedAt: 2_000 });
    const c = call({ accountId: 'a1', startedAt: 3_000 });
    for (const entry of [a, b, c]) await store.add(entry);
    expect(store.list({ accountId: 'a1' }).map((e) => e.id)).toEqual([c.id, a.id]);
    expect(store.list({ from: 2_000, to: 3_000 }).map((e) => e.id)).toEqual([b.id]);
    expect(store.list({ from: 1_000, to: 3_001, before: 3_000 }).map((e) => e.id)).toEqual([
      b.id,
      a.id,
    ]);
    expect(() => store.list({ from: 3_000, to: 2_000 })).toThrow(
      'The start of the date range is after its end',
    );
    expect(() => store.list({ accountId: '../etc' })).toThrow('at accountId');
    expect(() => store.list({ from: Number.NaN })).toThrow('at from');
    expect(() => store.list({ to: Number.POSITIVE_INFINITY })).toThrow('at to');
    expect(() => store.list({ from: -1 })).toThrow('at from');
  });

  it('deletes one call, in memory and in the file', async () => {
    const store = await HistoryStore.open({ filePath, log });
    const keep = call();
    const gone = call({ outcome: 'missed', seen: false });
    await store.add(keep);
    await store.add(gone);
    expect(store.unseenMissedCount()).toBe(1);
    await store.remove(gone.id);
    await store.remove('no-such-call');
    expect(store.list().map((e) => e.id)).toEqual([keep.id]);
    expect(store.unseenMissedCount()).toBe(0);
    const reopened = await HistoryStore.open({ filePath, log });
    expect(reopened.list().map((e) => e.id)).toEqual([keep.id]);
  });
});
