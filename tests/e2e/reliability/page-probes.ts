import type { CDPSession, Page } from '@playwright/test';

/**
 * What a user would notice under load, measured inside the page: how late frames and timers run,
 * long tasks, which tones play, and whether peer connections are closed. Installed by an init
 * script before the app loads, so it sees the app's first RTCPeerConnection.
 */

export interface FrameReport {
  /** Longest gap between two animation frames in the window (ms). */
  maxFrameGapMs: number;
  frames: number;
  /** Longest delay of a 20 ms interval timer beyond its period (ms): the main thread was busy. */
  maxTimerLagMs: number;
  /** Long tasks (over 50 ms) Chromium reported in the window, longest first (ms). */
  longTasksMs: number[];
  windowMs: number;
}

export interface ToneReport {
  /** How many samples (every 20 ms) saw the ringer ringing. */
  ringingSamples: number;
  samples: number;
  /** Every tone seen on the speaker channel (call waiting would mean a second ring-like tone). */
  speakerTones: string[];
}

/** The page's memory after a full garbage collection, in bytes. */
export interface HeapReport {
  /** V8's heap in use (Runtime.getHeapUsage), compiled code included. */
  used: number;
  /**
   * Everything a heap snapshot holds (JS objects and the DOM and native objects they keep) but
   * compiled code: V8 keeps compiling and re-optimising the code a burst runs for several bursts
   * (some 0.1 MB each time, measured), which is not memory the calls left behind.
   */
  retained: number;
  code: number;
}

/** The few fields of a V8 .heapsnapshot this file reads. */
interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

export interface PeerConnectionReport {
  created: number;
  closed: number;
}

/** The page's globals the probe touches (this file is type-checked as Node code, without DOM types). */
interface ProbeWindow {
  requestAnimationFrame(callback: (at: number) => void): number;
  PerformanceObserver?: new (
    callback: (list: { getEntries(): { duration: number; startTime: number }[] }) => void,
  ) => { observe(options: { type: string; buffered?: boolean }): void };
  RTCPeerConnection?: new (...args: unknown[]) => { close(): void };
  __softphoneDebug?: { tones(): { ringer?: string; speaker?: string } };
  __probe?: {
    reset(): void;
    frames(): FrameReport;
    tones(): ToneReport;
    peerConnections(): PeerConnectionReport;
  };
}

/** The init script: runs in the page before any of its own scripts. */
function probeScript(): void {
  const w = globalThis as unknown as ProbeWindow;
  const TIMER_MS = 20;
  let windowStart = performance.now();
  let lastFrame = 0;
  let maxFrameGap = 0;
  let frames = 0;
  let lastTick = performance.now();
  let maxTimerLag = 0;
  let longTasks: { duration: number; startTime: number }[] = [];
  let ringingSamples = 0;
  let samples = 0;
  let speakerTones = new Set<string>();
  let created = 0;
  let closed = 0;

  const frame = (at: number) => {
    if (lastFrame > 0) maxFrameGap = Math.max(maxFrameGap, at - lastFrame);
    lastFrame = at;
    frames += 1;
    w.requestAnimationFrame(frame);
  };
  w.requestAnimationFrame(frame);

  setInterval(() => {
    const now = performance.now();
    maxTimerLag = Math.max(maxTimerLag, now - lastTick - TIMER_MS);
    lastTick = now;
    const tones = w.__softphoneDebug?.tones();
    if (!tones) return;
    samples += 1;
    if (tones.ringer === 'ring') ringingSamples += 1;
    if (tones.speaker) speakerTones.add(tones.speaker);
  }, TIMER_MS);

  if (w.PerformanceObserver) {
    new w.PerformanceObserver((list) => {
      longTasks.push(
        ...list.getEntries().map(({ duration, startTime }) => ({ duration, startTime })),
      );
    }).observe({ type: 'longtask', buffered: true });
  }

  const Native = w.RTCPeerConnection;
  if (Native) {
    // Counts only: holding the connections here would keep them (and the heap) alive.
    class Counted extends Native {
      private counted = false;
      constructor(...args: unknown[]) {
        super(...args);
        created += 1;
      }
      override close(): void {
        if (!this.counted) closed += 1;
        this.counted = true;
        super.close();
      }
    }
    w.RTCPeerConnection = Counted;
  }

  w.__probe = {
    reset() {
      windowStart = performance.now();
      lastFrame = 0;
      maxFrameGap = 0;
      frames = 0;
      lastTick = performance.now();
      maxTimerLag = 0;
      longTasks = [];
      ringingSamples = 0;
      samples = 0;
      speakerTones = new Set();
    },
    frames: () => ({
      maxFrameGapMs: Math.round(maxFrameGap),
      frames,
      maxTimerLagMs: Math.round(maxTimerLag),
      longTasksMs: longTasks
        .filter((task) => task.startTime >= windowStart)
        .map((task) => Math.round(task.duration))
        .sort((a, b) => b - a),
      windowMs: Math.round(performance.now() - windowStart),
    }),
    tones: () => ({ ringingSamples, samples, speakerTones: [...speakerTones] }),
    peerConnections: () => ({ created, closed }),
  };
}

/** The probe of one page; install() it before the page's first navigation. */
export class PageProbes {
  private cdp: CDPSession | undefined;

  constructor(readonly page: Page) {}

  async install(): Promise<void> {
    await this.page.addInitScript(probeScript);
  }

  /** Starts a new measuring window (frames, timers, long tasks, tone samples). */
  reset(): Promise<void> {
    return this.page.evaluate(() => (globalThis as unknown as ProbeWindow).__probe!.reset());
  }

  frames(): Promise<FrameReport> {
    return this.page.evaluate(() => (globalThis as unknown as ProbeWindow).__probe!.frames());
  }

  tones(): Promise<ToneReport> {
    return this.page.evaluate(() => (globalThis as unknown as ProbeWindow).__probe!.tones());
  }

  peerConnections(): Promise<PeerConnectionReport> {
    return this.page.evaluate(() =>
      (globalThis as unknown as ProbeWindow).__probe!.peerConnections(),
    );
  }

  /**
   * Blocks the page's main thread for `ms` from a task of its own, the way a slow handler would
   * (the probe's self-test). Not in the evaluation itself: Chromium reports no long task for
   * script the DevTools protocol runs.
   */
  busy(ms: number): Promise<void> {
    return this.page.evaluate(
      (ms) =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            const until = performance.now() + ms;
            while (performance.now() < until) {
              // Spin: nothing else may run.
            }
            resolve();
          }, 0),
        ),
      ms,
    );
  }

  /** The page's memory after a full garbage collection, through the DevTools protocol. */
  async heap(): Promise<HeapReport> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    const cdp = this.cdp;
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const chunks: string[] = [];
    const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
    try {
      // A snapshot starts with a full garbage collection of its own.
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    } finally {
      cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
    }
    const { snapshot, nodes } = JSON.parse(chunks.join('')) as HeapSnapshot;
    const fields = snapshot.meta.node_fields;
    const typeAt = fields.indexOf('type');
    const sizeAt = fields.indexOf('self_size');
    const codeType = snapshot.meta.node_types[0].indexOf('code');
    let retained = 0;
    let code = 0;
    for (let at = 0; at < nodes.length; at += fields.length) {
      const size = nodes[at + sizeAt] ?? 0;
      if (nodes[at + typeAt] === codeType) code += size;
      else retained += size;
    }
    return { used: usedSize, retained, code };
  }
}
