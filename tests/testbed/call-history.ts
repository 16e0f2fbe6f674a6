import type { CallOutcome, HistoryEntry } from '../../src-preload/contract';

/** Generated call histories for the tests and the bench: deterministic, so a failure reproduces. */
const OUTCOMES: CallOutcome[] = [
  'answered',
  'answered',
  'answered',
  'missed',
  'declined',
  'busy',
  'cancelled',
  'failed',
];
const NAMES = ['Alice Müller', 'Bob Stone', 'Carol Diaz', 'Dave Kim', 'Eve Zhang', undefined];

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` calls, oldest first, mostly increasing start times with some equal ones (imports with
 * coarse clocks do that); the last 250 missed calls are unseen.
 */
export function callHistory(count: number): HistoryEntry[] {
  const next = random(42);
  const entries: HistoryEntry[] = [];
  let time = 1_600_000_000_000;
  for (let i = 0; i < count; i += 1) {
    time += next() < 0.05 ? 0 : Math.floor(next() * 600_000);
    const outcome = OUTCOMES[Math.floor(next() * OUTCOMES.length)] as CallOutcome;
    const name = NAMES[Math.floor(next() * NAMES.length)];
    entries.push({
      id: `call-${i}`,
      accountId: i % 3 === 0 ? 'work' : 'home',
      direction: outcome === 'missed' ? 'incoming' : next() < 0.5 ? 'incoming' : 'outgoing',
      number: `+1${String(Math.floor(next() * 1e10)).padStart(10, '0')}`,
      ...(name ? { name } : {}),
      startedAt: time,
      endedAt: time + 30_000,
      outcome,
      seen: outcome !== 'missed' || i < count - 250,
    });
  }
  return entries;
}

/** The history as the desktop's JSON-lines file. */
export function historyLines(entries: readonly HistoryEntry[]): string {
  return entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
}
