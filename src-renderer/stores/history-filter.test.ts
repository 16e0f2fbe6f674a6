import { describe, expect, it } from 'vitest';
import { historyFilterOf, localMidnight } from './history-filter';

const fields = { search: '', fromDate: '', toDate: '' };

describe('historyFilterOf', () => {
  it('passes only what is set', () => {
    expect(historyFilterOf(fields)).toEqual({});
    expect(historyFilterOf({ ...fields, search: '10', outcome: 'missed', lineId: 'a1' })).toEqual({
      search: '10',
      outcome: 'missed',
      accountId: 'a1',
    });
  });

  it('makes From inclusive and To the whole day, in local time', () => {
    expect(historyFilterOf({ ...fields, fromDate: '2026-12-01', toDate: '2026-12-01' })).toEqual({
      from: new Date(2026, 11, 1).getTime(),
      to: new Date(2026, 11, 2).getTime(),
    });
    // Month and year roll over.
    expect(historyFilterOf({ ...fields, toDate: '2026-12-31' })).toEqual({
      to: new Date(2027, 0, 1).getTime(),
    });
  });

  it('reports a range whose start is after its end instead of asking', () => {
    expect(historyFilterOf({ ...fields, fromDate: '2026-12-02', toDate: '2026-12-01' })).toBe(
      'range',
    );
  });

  it('ignores a malformed date', () => {
    expect(localMidnight('12/01/2026')).toBeUndefined();
    expect(localMidnight('')).toBeUndefined();
    expect(historyFilterOf({ ...fields, fromDate: 'soon' })).toEqual({});
  });
});
