import type { IceServer } from '../../src-preload/contract';

/** The best kind of candidate the configured ICE servers can give us. */
export type WantedCandidate = 'host' | 'srflx' | 'relay';

/** How long JsSIP may wait for ICE gathering before we send the SDP with what we have. */
export const ICE_CAP_MS = 2000;
/** Without STUN/TURN only host candidates come: give the siblings (IPv6, other NICs) a moment. */
export const HOST_GRACE_MS = 10;

const RANK: Record<string, number> = { host: 0, prflx: 1, srflx: 1, relay: 2 };

/** Pure: TURN servers can give relay candidates, STUN servers server-reflexive ones, none only host. */
export function wantedCandidate(iceServers: readonly IceServer[]): WantedCandidate {
  const urls = iceServers.flatMap((server) =>
    Array.isArray(server.urls) ? server.urls : [server.urls],
  );
  if (urls.some((url) => /^turns?:/i.test(url))) return 'relay';
  if (urls.some((url) => /^stuns?:/i.test(url))) return 'srflx';
  return 'host';
}

/** Pure: a candidate's type, from the field or, where a browser leaves it null, from its SDP line. */
export function candidateType(candidate: {
  type?: string | null;
  candidate?: string;
}): string | undefined {
  return candidate.type ?? /\btyp (\w+)/.exec(candidate.candidate ?? '')?.[1];
}

export interface CapTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: CapTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Caps ICE gathering for one call. JsSIP sends its INVITE (or 200) only when gathering is
 * complete, and an unreachable STUN/TURN server makes that take 10-40 s (JsSIP issue #432).
 * JsSIP emits `icecandidate` with a `ready()` that sends at once with the candidates so far; we call
 * it as soon as a candidate of the best type the servers can give arrives, or `capMs` after the
 * first candidate of a gathering round (each offer/answer, re-INVITEs included, is a new round with
 * its own `ready`).
 */
export class IceGatheringCap {
  private round: (() => void) | null = null;
  private fired: (() => void) | null = null;
  private timer: unknown = null;
  /** Milliseconds from the first candidate to the SDP going out in the last round (diagnostics). */
  lastWaitMs: number | undefined;
  /** Whether the last round was cut short by us (true) or gathering completed by itself (false). */
  lastCapped: boolean | undefined;
  private startedAt = 0;

  constructor(
    private readonly wanted: WantedCandidate,
    private readonly capMs = ICE_CAP_MS,
    private readonly timers: CapTimers = realTimers,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Feed every JsSIP `icecandidate` event here. */
  onCandidate(candidate: { type?: string | null; candidate?: string }, ready: () => void): void {
    if (ready === this.fired) return;
    if (ready !== this.round) this.startRound(ready);
    const type = candidateType(candidate);
    if (this.wanted !== 'host' && type !== undefined && (RANK[type] ?? 0) >= RANK[this.wanted]!)
      this.fire();
  }

  /** The browser finished gathering on its own: JsSIP sends now, our timer is moot. */
  gatheringComplete(): void {
    if (!this.round) return;
    this.fired = this.round;
    this.round = null;
    this.clear();
    this.lastWaitMs = this.now() - this.startedAt;
    this.lastCapped = false;
  }

  /** Stop waiting (call ended). */
  dispose(): void {
    this.clear();
    this.round = null;
  }

  private startRound(ready: () => void): void {
    this.clear();
    this.round = ready;
    this.startedAt = this.now();
    const wait = this.wanted === 'host' ? Math.min(HOST_GRACE_MS, this.capMs) : this.capMs;
    this.timer = this.timers.setTimeout(() => this.fire(), wait);
  }

  private fire(): void {
    const ready = this.round;
    if (!ready) return;
    this.clear();
    this.round = null;
    this.fired = ready;
    this.lastWaitMs = this.now() - this.startedAt;
    this.lastCapped = true;
    // ready() is idempotent in JsSIP; calling it after gathering completed on its own is harmless.
    ready();
  }

  private clear(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
