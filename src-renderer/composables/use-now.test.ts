import { describe, expect, it } from 'vitest';
import { formatDuration } from './use-now';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [7_900, '0:07'],
    [750_000, '12:30'],
    [3_723_000, '1:02:03'],
    [-5, '0:00'],
  ])('%i ms -> %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});
