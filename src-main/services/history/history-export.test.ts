import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountProfile, HistoryEntryInput } from '../../../src-preload/contract';
import { createHistoryExporter } from './history-export';
import { HistoryStore } from './history-store';

let dir: string;
const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'softphone-export-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const accounts = [
  { id: 'a1', extension: '1001' },
  { id: 'a2', extension: '1005', label: 'Support' },
] as AccountProfile[];
const day = (d: number, h = 12) => new Date(2026, 11, d, h).getTime();

function call(i: number, overrides: Partial<HistoryEntryInput> = {}): HistoryEntryInput {
  const startedAt = overrides.startedAt ?? day(1) + i * 1000;
  return {
    id: `c${i}`,
    accountId: i % 2 ? 'a2' : 'a1',
    direction: 'incoming',
    number: `+49301${String(i).padStart(6, '0')}`,
    startedAt,
    endedAt: startedAt + 10_000,
    outcome: i % 3 === 0 ? 'missed' : 'answered',
    ...overrides,
  };
}

async function storeWith(count: number, extra: HistoryEntryInput[] = []) {
  const store = await HistoryStore.open({ filePath: join(dir, 'history.jsonl'), log });
  for (let i = 0; i < count; i += 1) await store.add(call(i));
  for (const entry of extra) await store.add(entry);
  return store;
}

const rowsOf = (path: string) =>
  Papa.parse<string[]>(readFileSync(path, 'utf8').slice(1), { skipEmptyLines: true }).data;

describe('history export in main', () => {
  it('writes every filtered call, past the first page, to the file the user chose', async () => {
    const store = await storeWith(2_500);
    const target = join(dir, 'out', 'calls.csv');
    const chooseSavePath = vi.fn(async () => target);
    const exportHistory = createHistoryExporter({
      history: store,
      accounts: () => accounts,
      saveDialog: { chooseSavePath },
      now: () => day(2),
      log,
    });
    const result = await exportHistory({ accountId: 'a2', outcome: 'missed' });
    const expected = Array.from({ length: 2_500 }, (_, i) => i).filter(
      (i) => i % 2 === 1 && i % 3 === 0,
    );
    expect(result).toEqual({ status: 'saved', count: expected.length, fileName: target });
    expect(chooseSavePath).toHaveBeenCalledWith('call-history-2026-12-02.csv');
    const rows = rowsOf(target);
    expect(rows[0]).toEqual([
      'date',
      'time',
      'direction',
      'line',
      'from',
      'to',
      'duration',
      'outcome',
    ]);
    expect(rows.slice(1).map((row) => row[4])).toEqual(
      expected.reverse().map((i) => `+49301${String(i).padStart(6, '0')}`),
    );
    expect(new Set(rows.slice(1).map((row) => `${row[3]} ${row[5]} ${row[7]}`))).toEqual(
      new Set(['Support 1005 missed']),
    );
    // Call history is personal data: the file is the user's alone.
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(JSON.stringify(log.info.mock.calls)).not.toContain('+49301');
  });

  it('takes the date range: from inclusive, to exclusive', async () => {
    const store = await storeWith(0, [
      call(1, { startedAt: day(1, 23) }),
      call(2, { startedAt: day(2, 0) }),
      call(3, { startedAt: day(2, 23) }),
      call(4, { startedAt: day(3, 0) }),
    ]);
    const target = join(dir, 'range.csv');
    const exportHistory = createHistoryExporter({
      history: store,
      accounts: () => accounts,
      saveDialog: { chooseSavePath: async () => target },
      log,
    });
    const result = await exportHistory({ from: day(2, 0), to: day(3, 0) });
    expect(result.count).toBe(2);
    expect(
      rowsOf(target)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['2026-12-02', '2026-12-02']);
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    const store = await storeWith(3);
    const writeFile = vi.fn(async () => undefined);
    const exportHistory = createHistoryExporter({
      history: store,
      accounts: () => accounts,
      saveDialog: { chooseSavePath: async () => null },
      writeFile,
      log,
    });
    expect(await exportHistory({})).toEqual({ status: 'cancelled', count: 0 });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('refuses without a save dialog, and refuses a range that ends before it starts', async () => {
    const store = await storeWith(1);
    await expect(
      createHistoryExporter({ history: store, accounts: () => [], log })({}),
    ).rejects.toThrow('needs the app window');
    const exportHistory = createHistoryExporter({
      history: store,
      accounts: () => [],
      saveDialog: { chooseSavePath: async () => join(dir, 'x.csv') },
      log,
    });
    await expect(exportHistory({ from: day(3), to: day(2) })).rejects.toThrow(
      'start of the date range is after its end',
    );
  });
});
