import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../contract';
import { cdrCsv, cdrDuration, cdrFileName, cdrRow, lineLookup, type LineLookup } from './cdr-csv';

/** Local times, so the expectations hold in any time zone. */
const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) =>
  new Date(y, mo - 1, d, h, mi, s).getTime();

function entry(overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  const startedAt = at(2026, 12, 2, 9, 3, 7);
  return {
    id: 'c1',
    accountId: 'line-a',
    direction: 'outgoing',
    number: '1002',
    startedAt,
    answeredAt: startedAt + 2_000,
    endedAt: startedAt + 67_000,
    outcome: 'answered',
    seen: true,
    ...overrides,
  };
}

const lines: LineLookup = lineLookup([
  { id: 'line-a', extension: '1001', label: 'Front desk' },
  { id: 'line-b', extension: '1005' },
] as never);

/** The CSV back as rows, the way a spreadsheet reads it (BOM removed). */
function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('cdrCsv', () => {
  it('has the CDR header and one row per call, our extension on our side', () => {
    const rows = parse(
      cdrCsv(
        [
          entry(),
          entry({
            id: 'c2',
            direction: 'incoming',
            accountId: 'line-b',
            number: '+4930123456',
            answeredAt: undefined,
            outcome: 'missed',
          }),
        ],
        lines,
      ),
    );
    expect(rows).toEqual([
      ['date', 'time', 'direction', 'line', 'from', 'to', 'duration', 'outcome'],
      ['2026-12-02', '09:03:07', 'outgoing', 'Front desk', '1001', '1002', '0:01:05', 'answered'],
      ['2026-12-02', '09:03:07', 'incoming', '1005', '+4930123456', '1005', '0:00:00', 'missed'],
    ]);
  });

  it('ends lines with CRLF and quotes only what needs it', () => {
    const csv = cdrCsv([entry({ line: 'Sales, "East"' })], lines);
    expect(csv).toContain('\r\n');
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    expect(csv).toContain('"Sales, ""East"""');
    expect(csv).toContain(',1002,');
    expect(parse(csv)[1]?.[3]).toBe('Sales, "East"');
  });

  it('keeps a line name with a newline in one cell', () => {
    const rows = parse(cdrCsv([entry({ line: 'two\nlines' })], lines));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[3]).toBe('two\nlines');
  });

  it('prefixes cells a spreadsheet would run as a formula', () => {
    const hostile = [
      '=HYPERLINK("http://x","y")',
      '@SUM(A1)',
      "+cmd|' /C calc'!A0",
      '-2+3',
      '\t=1',
      '\r=1',
    ];
    for (const text of hostile) {
      const rows = parse(cdrCsv([entry({ line: text, number: text })], lines));
      expect(rows[1]?.[3], JSON.stringify(text)).toBe(`'${text}`);
      expect(rows[1]?.[5], JSON.stringify(text)).toBe(`'${text}`);
    }
  });

  it('leaves plain numbers as they are, E.164 included', () => {
    for (const number of ['+4930123456', '1002', '*97', 'alice@pbx.example.com', '-5']) {
      expect(parse(cdrCsv([entry({ number })], lines))[1]?.[5]).toBe(number);
    }
  });

  it('keeps non-ASCII text intact (UTF-8 with a BOM for Excel)', () => {
    const csv = cdrCsv([entry({ line: 'Büro Zürich 東京 👋' })], lines);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parse(csv)[1]?.[3]).toBe('Büro Zürich 東京 👋');
  });

  it('writes only the header for no calls', () => {
    expect(parse(cdrCsv([], lines))).toEqual([
      ['date', 'time', 'direction', 'line', 'from', 'to', 'duration', 'outcome'],
    ]);
  });
});

describe('cdrRow', () => {
  it('prefers the line name the entry recorded; a removed line falls back to it', () => {
    expect(cdrRow(entry({ line: 'Old name' }), lines).slice(3, 6)).toEqual([
      'Old name',
      '1001',
      '1002',
    ]);
    expect(cdrRow(entry({ accountId: 'gone', line: 'Support' }), lines).slice(3, 6)).toEqual([
      'Support',
      'Support',
      '1002',
    ]);
    expect(cdrRow(entry({ accountId: 'gone' }), lines).slice(3, 6)).toEqual(['', '', '1002']);
  });
});

describe('cdrDuration', () => {
  const from = (ms: number | undefined) =>
    cdrDuration({ answeredAt: ms === undefined ? undefined : 1_000, endedAt: 1_000 + (ms ?? 0) });
  it.each([
    [undefined, '0:00:00'],
    [0, '0:00:00'],
    [499, '0:00:00'],
    [500, '0:00:01'],
    [59_400, '0:00:59'],
    [59_600, '0:01:00'],
    [3_599_000, '0:59:59'],
    [3_600_000, '1:00:00'],
    [(25 * 3600 + 61) * 1000, '25:01:01'],
    [-5_000, '0:00:00'],
  ])('%s ms talk time -> %s', (ms, expected) => {
    expect(from(ms)).toBe(expected);
  });
});

describe('cdrFileName', () => {
  const now = at(2026, 12, 2, 15);
  it('names the days of the range, "to" being exclusive', () => {
    expect(cdrFileName({ from: at(2026, 11, 1), to: at(2026, 12, 1) }, now)).toBe(
      'call-history-2026-11-01-to-2026-11-30.csv',
    );
    expect(cdrFileName({ from: at(2026, 12, 2), to: at(2026, 12, 3) }, now)).toBe(
      'call-history-2026-12-02.csv',
    );
    expect(cdrFileName({}, now)).toBe('call-history-2026-12-02.csv');
    expect(cdrFileName({ from: at(2026, 1, 5) }, now)).toBe(
      'call-history-2026-01-05-to-2026-12-02.csv',
    );
  });
});
