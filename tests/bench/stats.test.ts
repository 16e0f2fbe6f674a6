import { describe, expect, it } from 'vitest';
import { formatTable, summarise } from './stats';

describe('summarise', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(summarise([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, count: 3 });
    expect(summarise([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('refuses no samples rather than printing a made-up figure', () => {
    expect(() => summarise([])).toThrow('No samples');
  });
});

describe('formatTable', () => {
  it('prints medians with their range, the ratio and whether the goal is met', () => {
    const table = formatTable([
      {
        what: 'search',
        unit: 'ms',
        product: [2, 4, 3],
        baseline: [2, 2, 2],
        goal: 1.2,
        baselineIs: 'a small book',
      },
    ]);
    expect(table).toMatch(
      /\| search \| 3\.00 ms \(2\.00–4\.00\) +\| 2\.00 ms \(2\.00–2\.00\) +\| 1\.50 +\| ratio > 1\.2 MISSED \|/,
    );
    expect(table).toContain('- search: baseline is a small book');
  });

  it('checks an absolute budget on the median too', () => {
    const row = { what: 'x', unit: 'ms', product: [10, 20, 15], baseline: [15], baselineIs: 'y' };
    expect(formatTable([{ ...row, budget: 16.7 }])).toContain('median ≤ 16.7 ms met');
    expect(formatTable([{ ...row, budget: 12 }])).toContain('median > 12 ms MISSED');
  });
});
