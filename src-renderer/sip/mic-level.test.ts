import { describe, expect, it } from 'vitest';
import { LevelAnnouncer, levelOf } from './mic-level';

const sine = (amplitude: number, length = 1024) =>
  Float32Array.from(
    { length },
    (_, index) => amplitude * Math.sin((index / length) * 40 * Math.PI),
  );

describe('levelOf', () => {
  it.each([
    ['silence', new Float32Array(512), 0],
    ['no samples', new Float32Array(0), 0],
    ['a full-scale square wave', new Float32Array(512).fill(1), 100],
    ['-20 dBFS (RMS 0.1)', new Float32Array(512).fill(0.1), 67],
    ['-60 dBFS, the floor', new Float32Array(512).fill(0.001), 0],
    ['below the floor', new Float32Array(512).fill(0.0001), 0],
    ['clipping beyond full scale', new Float32Array(512).fill(2), 100],
  ])('%s', (_, samples, level) => {
    expect(levelOf(samples)).toBe(level);
  });

  it('rises with loudness', () => {
    const quiet = levelOf(sine(0.01));
    const speech = levelOf(sine(0.1));
    const loud = levelOf(sine(0.8));
    expect(quiet).toBeGreaterThan(0);
    expect(speech).toBeGreaterThan(quiet);
    expect(loud).toBeGreaterThan(speech);
    expect(loud).toBeLessThan(100);
  });

  it('treats a broken sample as silence rather than NaN', () => {
    expect(levelOf([Number.NaN, Number.NaN])).toBe(0);
  });
});

describe('LevelAnnouncer', () => {
  it('announces the loudest level of each half second, rounded to 5', () => {
    const announcer = new LevelAnnouncer();
    expect(announcer.push(10, 0)).toBeUndefined();
    expect(announcer.push(62, 100)).toBeUndefined();
    expect(announcer.push(20, 400)).toBeUndefined();
    expect(announcer.push(20, 500)).toBe(60);
    expect(announcer.push(3, 700)).toBeUndefined();
    expect(announcer.push(0, 1000)).toBe(5);
  });

  it('stays quiet while the value does not change', () => {
    const announcer = new LevelAnnouncer(100);
    expect(announcer.push(40, 0)).toBeUndefined();
    expect(announcer.push(40, 100)).toBe(40);
    expect(announcer.push(41, 200)).toBeUndefined();
    expect(announcer.push(0, 300)).toBe(0);
  });

  it('never announces more than 100', () => {
    const announcer = new LevelAnnouncer(100, 40);
    expect(announcer.push(100, 0)).toBeUndefined();
    expect(announcer.push(100, 100)).toBe(100);
  });
});
