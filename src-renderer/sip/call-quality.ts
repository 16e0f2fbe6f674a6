import type { CallQuality, QualityLevel } from './call-types';

export interface NetworkMetrics {
  rttMs?: number;
  jitterMs?: number;
  lossPercent?: number;
}

/** Opus at 20 ms frames plus its look-ahead, roughly; G.711 would be a little less. */
const CODEC_DELAY_MS = 25;

/**
 * Pure: a MOS estimate with a simplified ITU-T G.107 E-model. One-way delay is half the RTT plus
 * a jitter buffer of twice the jitter plus the codec's delay; loss uses G.711-with-PLC parameters
 * (Ie 0, Bpl 25.1), a conservative stand-in for Opus, which G.113 does not list.
 * Returns undefined when neither delay nor loss is known.
 */
export function estimateMos({ rttMs, jitterMs, lossPercent }: NetworkMetrics): number | undefined {
  if (rttMs === undefined && lossPercent === undefined) return undefined;
  const delay = (rttMs ?? 0) / 2 + 2 * (jitterMs ?? 0) + CODEC_DELAY_MS;
  const delayImpairment = 0.024 * delay + (delay > 177.3 ? 0.11 * (delay - 177.3) : 0);
  const loss = Math.min(Math.max(lossPercent ?? 0, 0), 100);
  const lossImpairment = (95 * loss) / (loss + 25.1);
  const r = 93.2 - delayImpairment - lossImpairment;
  return Math.round(mosFromR(r) * 100) / 100;
}

/** ITU-T G.107 Annex B: R factor to MOS-CQE. */
export function mosFromR(r: number): number {
  if (r <= 0) return 1;
  if (r >= 100) return 4.5;
  return 1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r);
}

/** Pure: the traffic light. R >= 80 users are satisfied (MOS ~4.0); below R 70 (3.6) many are not. */
export function qualityLevel(mos: number | undefined): QualityLevel {
  if (mos === undefined) return 'unknown';
  if (mos >= 4.0) return 'good';
  if (mos >= 3.6) return 'fair';
  return 'poor';
}

/** The cumulative counters of one getStats() sample, kept to compute the next interval's loss. */
export interface StatsSample {
  packetsReceived: number;
  packetsLost: number;
  bytesReceived: number;
  bytesSent: number;
}

/** The fields of RTCStats we read; everything is optional because browsers differ. */
export interface RtcStatsLike {
  type: string;
  kind?: string;
  mediaType?: string;
  id?: string;
  bytesReceived?: number;
  bytesSent?: number;
  packetsReceived?: number;
  packetsLost?: number;
  jitter?: number;
  roundTripTime?: number;
  currentRoundTripTime?: number;
  nominated?: boolean;
  state?: string;
  selectedCandidatePairId?: string;
}

const isAudio = (stat: RtcStatsLike) => (stat.kind ?? stat.mediaType ?? 'audio') === 'audio';

/**
 * Pure: turns one getStats() report (as a list) into the call's quality, using the previous
 * sample for loss over the last interval rather than since the call began.
 */
export function summariseStats(
  stats: Iterable<RtcStatsLike>,
  previous?: StatsSample,
): { sample: StatsSample; quality: CallQuality } {
  const sample: StatsSample = {
    packetsReceived: 0,
    packetsLost: 0,
    bytesReceived: 0,
    bytesSent: 0,
  };
  let jitterMs: number | undefined;
  let rttMs: number | undefined;
  let pairRttMs: number | undefined;
  const pairs = new Map<string, RtcStatsLike>();
  let selectedPair: string | undefined;
  for (const stat of stats) {
    if (stat.type === 'inbound-rtp' && isAudio(stat)) {
      sample.bytesReceived += stat.bytesReceived ?? 0;
      sample.packetsReceived += stat.packetsReceived ?? 0;
      sample.packetsLost += Math.max(stat.packetsLost ?? 0, 0);
      if (stat.jitter !== undefined) jitterMs = Math.max(jitterMs ?? 0, stat.jitter * 1000);
    } else if (stat.type === 'outbound-rtp' && isAudio(stat)) {
      sample.bytesSent += stat.bytesSent ?? 0;
    } else if (
      stat.type === 'remote-inbound-rtp' &&
      isAudio(stat) &&
      stat.roundTripTime !== undefined
    ) {
      rttMs = stat.roundTripTime * 1000;
    } else if (stat.type === 'candidate-pair' && stat.id) {
      pairs.set(stat.id, stat);
    } else if (stat.type === 'transport' && stat.selectedCandidatePairId) {
      selectedPair = stat.selectedCandidatePairId;
    }
  }
  const pair =
    (selectedPair ? pairs.get(selectedPair) : undefined) ??
    [...pairs.values()].find((candidate) => candidate.nominated && candidate.state === 'succeeded');
  if (pair?.currentRoundTripTime !== undefined) pairRttMs = pair.currentRoundTripTime * 1000;

  const received = sample.packetsReceived - (previous?.packetsReceived ?? 0);
  const lost = sample.packetsLost - (previous?.packetsLost ?? 0);
  const lossPercent =
    received + lost > 0 ? (100 * Math.max(lost, 0)) / (received + Math.max(lost, 0)) : undefined;
  const metrics: NetworkMetrics = { rttMs: rttMs ?? pairRttMs, jitterMs, lossPercent };
  const mos = estimateMos(metrics);
  return {
    sample,
    quality: {
      ...roundMetrics(metrics),
      mos,
      bytesReceived: sample.bytesReceived,
      bytesSent: sample.bytesSent,
      level: qualityLevel(mos),
    },
  };
}

function roundMetrics({ rttMs, jitterMs, lossPercent }: NetworkMetrics): NetworkMetrics {
  const round = (value: number | undefined, digits: number) =>
    value === undefined ? undefined : Math.round(value * 10 ** digits) / 10 ** digits;
  return {
    rttMs: round(rttMs, 0),
    jitterMs: round(jitterMs, 1),
    lossPercent: round(lossPercent, 1),
  };
}
