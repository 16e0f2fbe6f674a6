import type { CallQualityRecord } from '../../src-preload/contract/diagnostics';
import type { CallQuality, CallView } from './call-types';

/** Finished calls kept for Export diagnostics, newest last. */
const KEPT_CALLS = 10;

interface Tracked {
  samples: number;
  worstMos?: number;
  quality?: CallQuality;
}

/**
 * The quality figures of the last calls, for Export diagnostics: per call the last sample, the
 * worst MOS seen and how many samples there were, and how the call ended. Fed with every call
 * view the engine emits (a new quality object is a new sample: views are replaced, never mutated).
 */
export class CallQualityLog {
  private readonly tracked = new Map<string, Tracked>();
  private finished: CallQualityRecord[] = [];

  /** A call changed (a quality sample among other things). */
  observe(view: CallView): void {
    const entry = this.tracked.get(view.id) ?? { samples: 0 };
    if (view.quality && view.quality !== entry.quality) {
      entry.samples += 1;
      entry.quality = view.quality;
      const mos = view.quality.mos;
      if (mos !== undefined) entry.worstMos = Math.min(entry.worstMos ?? mos, mos);
    }
    this.tracked.set(view.id, entry);
  }

  /** A call ended: it moves to the finished calls, the oldest of which is dropped. */
  ended(view: CallView): void {
    this.observe(view);
    this.finished = [...this.finished, this.record(view)].slice(-KEPT_CALLS);
    this.tracked.delete(view.id);
  }

  /** The finished calls, then `live` ones (as they are now), oldest first. */
  records(live: readonly CallView[] = []): CallQualityRecord[] {
    return [...this.finished, ...live.map((view) => this.record(view))];
  }

  private record(view: CallView): CallQualityRecord {
    const entry = this.tracked.get(view.id) ?? { samples: 0 };
    const record: CallQualityRecord = {
      id: view.id.slice(0, 256),
      accountId: view.accountId,
      direction: view.direction,
      startedAt: view.startedAt,
      samples: entry.samples,
    };
    if (view.answeredAt !== undefined) record.answeredAt = view.answeredAt;
    if (view.endedAt !== undefined) record.endedAt = view.endedAt;
    if (view.outcome) record.outcome = view.outcome;
    if (view.endReason) record.reason = view.endReason;
    if (entry.worstMos !== undefined) record.worstMos = entry.worstMos;
    if (view.quality) record.last = { ...view.quality };
    return record;
  }
}
