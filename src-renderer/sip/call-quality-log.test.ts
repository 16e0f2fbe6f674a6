import { describe, expect, it } from 'vitest';
import { CallQualityLog } from './call-quality-log';
import type { CallQuality, CallView } from './call-types';

const base: CallView = {
  id: 'c1',
  accountId: 'a1',
  direction: 'outgoing',
  phase: 'active',
  remoteNumber: '1002',
  remoteUri: 'sip:1002@pbx',
  muted: false,
  localHold: false,
  remoteHold: false,
  startedAt: 100,
  answeredAt: 200,
  conference: false,
};
const quality = (mos: number): CallQuality => ({
  mos,
  rttMs: 20,
  jitterMs: 2,
  lossPercent: 0,
  bytesReceived: 1000,
  bytesSent: 900,
  level: 'good',
});

describe('CallQualityLog', () => {
  it('keeps the last sample, the worst MOS and the sample count of a finished call', () => {
    const log = new CallQualityLog();
    const first = quality(4.3);
    log.observe(base);
    log.observe({ ...base, quality: first });
    log.observe({ ...base, muted: true, quality: first }); // not a new sample
    log.observe({ ...base, quality: quality(3.1) });
    const last = quality(4.0);
    log.ended({ ...base, phase: 'ended', endedAt: 900, outcome: 'answered', quality: last });
    expect(log.records()).toEqual([
      {
        id: 'c1',
        accountId: 'a1',
        direction: 'outgoing',
        startedAt: 100,
        answeredAt: 200,
        endedAt: 900,
        outcome: 'answered',
        samples: 3,
        worstMos: 3.1,
        last,
      },
    ]);
  });

  it('keeps the last ten finished calls and lists live ones after them', () => {
    const log = new CallQualityLog();
    for (let i = 0; i < 12; i += 1)
      log.ended({ ...base, id: `c${i}`, phase: 'ended', outcome: 'missed' });
    const live = { ...base, id: 'live' };
    const ids = log.records([live]).map((record) => record.id);
    expect(ids).toEqual(['c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'live']);
  });
});
