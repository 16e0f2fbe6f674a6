import { describe, expect, it } from 'vitest';
import {
  estimateMos,
  mosFromR,
  qualityLevel,
  summariseStats,
  type RtcStatsLike,
} from './call-quality';

describe('estimateMos', () => {
  it('gives the E-model ceiling for a perfect LAN', () => {
    expect(estimateMos({ rttMs: 1, jitterMs: 0, lossPercent: 0 })).toBeCloseTo(4.4, 1);
  });

  it.each([
    // [rtt ms, jitter ms, loss %, lowest acceptable MOS, highest]
    [40, 5, 0, 4.3, 4.45],
    [150, 10, 1, 4.0, 4.3],
    [300, 30, 0, 3.9, 4.3],
    [600, 40, 0, 2.5, 3.6],
    [50, 5, 5, 3.6, 4.0],
    [50, 5, 20, 2.0, 2.8],
  ])(
    'rtt %i ms, jitter %i ms, loss %i%% -> MOS in [%f, %f]',
    (rttMs, jitterMs, lossPercent, low, high) => {
      const mos = estimateMos({ rttMs, jitterMs, lossPercent })!;
      expect(mos).toBeGreaterThanOrEqual(low);
      expect(mos).toBeLessThanOrEqual(high);
    },
  );

  it('falls monotonically with loss and with delay', () => {
    const byLoss = [0, 1, 2, 5, 10, 30].map((lossPercent) =>
      estimateMos({ rttMs: 50, lossPercent })!,
    );
    const byDelay = [20, 100, 300, 500, 800].map((rttMs) =>
      estimateMos({ rttMs, lossPercent: 0 })!,
    );
    expect([...byLoss].sort((a, b) => b - a)).toEqual(byLoss);
    expect([...byDelay].sort((a, b) => b - a)).toEqual(byDelay);
  });

  it('knows nothing without delay or loss', () => {
    expect(estimateMos({ jitterMs: 10 })).toBeUndefined();
  });

  it('clamps R to the MOS scale', () => {
    expect(mosFromR(-5)).toBe(1);
    expect(mosFromR(120)).toBe(4.5);
  });
});

describe('qualityLevel', () => {
  it.each([
    [4.4, 'good'],
    [4.0, 'good'],
    [3.8, 'fair'],
    [3.5, 'poor'],
    [undefined, 'unknown'],
  ] as const)('%s -> %s', (mos, level) => expect(qualityLevel(mos)).toBe(level));
});

describe('summariseStats', () => {
  const report = (received: number, lost: number, bytes: number): RtcStatsLike[] => [
    {
      type: 'inbound-rtp',
      kind: 'audio',
      packetsReceived: received,
      packetsLost: lost,
      bytesReceived: bytes,
      jitter: 0.004,
    },
    { type: 'inbound-rtp', kind: 'video', packetsReceived: 999, bytesReceived: 99999 },
    { type: 'outbound-rtp', kind: 'audio', bytesSent: bytes * 2 },
    { type: 'remote-inbound-rtp', kind: 'audio', roundTripTime: 0.08 },
    { type: 'transport', selectedCandidatePairId: 'p1' },
    {
      type: 'candidate-pair',
      id: 'p1',
      currentRoundTripTime: 0.05,
      nominated: true,
      state: 'succeeded',
    },
  ];

  it('reads audio counters and prefers RTCP round-trip time', () => {
    const { quality, sample } = summariseStats(report(100, 0, 5000));
    expect(sample).toEqual({
      packetsReceived: 100,
      packetsLost: 0,
      bytesReceived: 5000,
      bytesSent: 10000,
    });
    expect(quality).toMatchObject({
      rttMs: 80,
      jitterMs: 4,
      lossPercent: 0,
      bytesReceived: 5000,
      bytesSent: 10000,
      level: 'good',
    });
  });

  it('computes loss over the last interval, not since the call began', () => {
    const first = summariseStats(report(1000, 0, 1)).sample;
    const { quality } = summariseStats(report(1090, 10, 2), first);
    expect(quality.lossPercent).toBe(10);
  });

  it('falls back to the candidate pair RTT and reports unknown quality without traffic', () => {
    const { quality } = summariseStats([
      { type: 'transport', selectedCandidatePairId: 'p1' },
      { type: 'candidate-pair', id: 'p1', currentRoundTripTime: 0.002 },
    ]);
    expect(quality.rttMs).toBe(2);
    expect(quality.bytesReceived).toBe(0);
    expect(quality.level).toBe('good');
    expect(summariseStats([]).quality.level).toBe('unknown');
  });
});
