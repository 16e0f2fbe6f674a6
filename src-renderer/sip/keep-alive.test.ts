import JsSIP from 'jssip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEEP_ALIVE_INTERVAL_MS, KEEP_ALIVE_TIMEOUT_MS, KeepAlive } from './keep-alive';

/** A keep-alive over a port that records probes; the test answers them (or not). */
function keepAlive() {
  const probes: (() => void)[] = [];
  const dead = vi.fn();
  const alive = new KeepAlive({ probe: (answered) => probes.push(answered), dead });
  return { alive, probes, dead };
}

describe('KeepAlive', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('probes 25 s after start and 25 s after each answer', () => {
    const { alive, probes, dead } = keepAlive();
    alive.start();
    vi.advanceTimersByTime(KEEP_ALIVE_INTERVAL_MS - 1);
    expect(probes).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(probes).toHaveLength(1);
    vi.advanceTimersByTime(1_000);
    probes[0]!();
    vi.advanceTimersByTime(KEEP_ALIVE_INTERVAL_MS - 1);
    expect(probes).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(probes).toHaveLength(2);
    // Answered every time: an hour of probes, never dead.
    for (let minute = 0; minute < 60; minute++) {
      probes.at(-1)!();
      vi.advanceTimersByTime(KEEP_ALIVE_INTERVAL_MS);
    }
    expect(probes).toHaveLength(62);
    expect(dead).not.toHaveBeenCalled();
  });

  it('declares the connection dead 5 s after an unanswered probe, and probes no more', () => {
    const { alive, probes, dead } = keepAlive();
    alive.start();
    vi.advanceTimersByTime(KEEP_ALIVE_INTERVAL_MS + KEEP_ALIVE_TIMEOUT_MS - 1);
    expect(dead).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(dead).toHaveBeenCalledTimes(1);
    expect(alive.running).toBe(false);
    // An answer that comes too late changes nothing.
    probes[0]!();
    vi.advanceTimersByTime(5 * KEEP_ALIVE_INTERVAL_MS);
    expect(probes).toHaveLength(1);
    expect(dead).toHaveBeenCalledTimes(1);
  });

  it('stop() ends probing and ignores the answer to a probe that was out', () => {
    const { alive, probes, dead } = keepAlive();
    alive.start();
    vi.advanceTimersByTime(KEEP_ALIVE_INTERVAL_MS);
    alive.stop();
    probes[0]!();
    vi.advanceTimersByTime(5 * KEEP_ALIVE_INTERVAL_MS);
    expect(probes).toHaveLength(1);
    expect(dead).not.toHaveBeenCalled();
  });

  it('checkNow() probes at once while running, not twice while a probe is out, not when stopped', () => {
    const { alive, probes, dead } = keepAlive();
    alive.checkNow();
    expect(probes).toHaveLength(0);
    alive.start();
    vi.advanceTimersByTime(3_000);
    alive.checkNow();
    alive.checkNow();
    expect(probes).toHaveLength(1);
    vi.advanceTimersByTime(KEEP_ALIVE_TIMEOUT_MS);
    expect(dead).toHaveBeenCalledTimes(1);
  });

  it('a restart (a new connection) starts the 25 s over', () => {
    const { alive, probes } = keepAlive();
    alive.start();
    vi.advanceTimersByTime(20_000);
    alive.start();
    vi.advanceTimersByTime(20_000);
    expect(probes).toHaveLength(0);
    vi.advanceTimersByTime(5_000);
    expect(probes).toHaveLength(1);
  });
});

describe('JsSIP', () => {
  it('still has the UA.sendOptions the keep-alive calls (absent from its type declarations)', () => {
    expect(typeof (JsSIP.UA.prototype as unknown as { sendOptions?: unknown }).sendOptions).toBe(
      'function',
    );
  });
});
