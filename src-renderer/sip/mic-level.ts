/** The quietest level the meter shows above zero: -60 dBFS is a quiet room, not speech. */
const FLOOR_DB = -60;

/**
 * Pure: the loudness of one block of time-domain samples (-1..1, as an AnalyserNode's
 * getFloatTimeDomainData gives them) on a 0..100 scale: the block's RMS in dBFS, -60 dB and
 * below as 0, full scale as 100. Decibels, not the raw RMS, so speech moves the bar visibly.
 */
export function levelOf(samples: ArrayLike<number>): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let index = 0; index < samples.length; index++) {
    const sample = samples[index] ?? 0;
    sum += sample * sample;
  }
  const rms = Math.sqrt(sum / samples.length);
  if (!(rms > 0)) return 0;
  const db = 20 * Math.log10(rms);
  return Math.round(Math.min(100, Math.max(0, ((db - FLOOR_DB) / -FLOOR_DB) * 100)));
}

/**
 * Holds the loudest level of each interval and hands it on once per interval, rounded to `step`:
 * the bar moves every frame, but the meter's value (what a screen reader reads) changes at most
 * twice a second, and a short word is not lost between two readings.
 */
export class LevelAnnouncer {
  private peak = 0;
  private since: number | undefined;
  private last: number | undefined;

  constructor(
    private readonly intervalMs = 500,
    private readonly step = 5,
  ) {}

  /**
   * Takes one frame's level at time `now` (ms); returns the value to announce when an interval
   * is over and its value differs from the last one announced, else undefined.
   */
  push(level: number, now: number): number | undefined {
    this.since ??= now;
    this.peak = Math.max(this.peak, level);
    if (now - this.since < this.intervalMs) return undefined;
    const value = Math.min(100, Math.round(this.peak / this.step) * this.step);
    this.peak = 0;
    this.since = now;
    if (value === this.last) return undefined;
    this.last = value;
    return value;
  }
}
