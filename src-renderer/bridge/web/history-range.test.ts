import { describe, expect, it } from 'vitest';
import { splitBelow, startBounds, type StartBounds } from './history-range';

describe('startBounds', () => {
  it.each([
    [{}, { lowerOpen: false, upperOpen: true }],
    [{ from: 10 }, { lower: 10, lowerOpen: false, upperOpen: true }],
    [{ to: 50 }, { upper: 50, lowerOpen: false, upperOpen: true }],
    [
      { to: 50, before: 40 },
      { upper: 40, lowerOpen: false, upperOpen: true },
    ],
    [
      { to: 30, before: 40 },
      { upper: 30, lowerOpen: false, upperOpen: true },
    ],
    [
      { from: 10, before: 40 },
      { lower: 10, upper: 40, lowerOpen: false, upperOpen: true },
    ],
  ])('%j → %j', (query, bounds) => {
    expect(startBounds(query)).toEqual(bounds);
  });

  it('is empty when the upper bound is at or below `from` (a page past the range)', () => {
    expect(startBounds({ from: 10, before: 10 })).toBe('empty');
    expect(startBounds({ from: 10, to: 5 })).toBe('empty');
  });
});

/** Every start time the bounds allow, out of `times`. */
function within(bounds: StartBounds, times: number[]): number[] {
  return times.filter(
    (time) =>
      (bounds.lower === undefined ||
        (bounds.lowerOpen ? time > bounds.lower : time >= bounds.lower)) &&
      (bounds.upper === undefined ||
        (bounds.upperOpen ? time < bounds.upper : time <= bounds.upper)),
  );
}

describe('splitBelow', () => {
  // Runs of equal start times, as a coarse clock gives them.
  const times = [1, 2, 2, 2, 3, 5, 5, 8, 9, 9];

  it('reads every call once, newest chunk first, whole runs of equal times in one chunk', () => {
    for (const size of [1, 2, 3, 4]) {
      let bounds: StartBounds | undefined = startBounds({ from: 2, before: 9 }) as StartBounds;
      const read: number[] = [];
      while (bounds) {
        // What `openKeyCursor('prev').advance(size - 1)` lands on, or nothing (the rest is one chunk).
        const left = within(bounds, times).sort((a, b) => b - a);
        const low = left[size - 1];
        const split: { chunk: StartBounds; rest?: StartBounds } =
          low === undefined ? { chunk: bounds } : splitBelow(bounds, low);
        read.push(...within(split.chunk, times).sort((a, b) => b - a));
        bounds = split.rest;
      }
      expect(read, `chunks of ${size}`).toEqual([8, 5, 5, 3, 2, 2, 2]);
    }
  });

  it('leaves nothing below when the chunk reaches the lower bound', () => {
    const bounds: StartBounds = { lower: 2, lowerOpen: false, upper: 9, upperOpen: true };
    expect(splitBelow(bounds, 2)).toEqual({ chunk: { ...bounds, lower: 2 } });
    expect(splitBelow(bounds, 5).rest).toEqual({
      lower: 2,
      lowerOpen: false,
      upper: 5,
      upperOpen: true,
    });
  });
});
