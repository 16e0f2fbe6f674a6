import { describe, expect, it } from 'vitest';
import { backoffDelayMs, retryAfterSeconds } from './register-retry';

describe('backoffDelayMs', () => {
  it('doubles from 2 s and stops growing at 30 s', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 20].map((attempt) => backoffDelayMs(attempt, middle))).toEqual([
      2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });

  it('spreads each delay by ±20 % so phones do not come back in one burst', () => {
    expect(backoffDelayMs(1, () => 0)).toBe(1600);
    expect(backoffDelayMs(1, () => 0.999999)).toBe(2400);
    expect(backoffDelayMs(9, () => 0.999999)).toBe(36000);
  });
});

describe('retryAfterSeconds', () => {
  it.each([
    ['7', 7],
    [' 120 (maintenance);duration=60', 120],
    ['0', 1],
    ['86400', 300],
    [undefined, undefined],
    ['', undefined],
    ['soon', undefined],
  ] as const)('%j -> %j', (value, seconds) => {
    expect(retryAfterSeconds(value)).toBe(seconds);
  });
});
