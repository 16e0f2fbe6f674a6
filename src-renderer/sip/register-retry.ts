/**
 * When to send the next REGISTER after one failed while the WebSocket stays up. JsSIP 3.13 emits
 * `registrationFailed` after a 503 or a timed-out refresh and then sends nothing more, so the line
 * would stay unregistered (and miss calls) until the socket happened to drop. Pure timing here;
 * AccountConnection decides which failures are worth a retry.
 */

/** The first retry waits this long; each further one doubles it... */
export const RETRY_BASE_S = 2;
/** ...up to this. */
export const RETRY_MAX_S = 30;
/** A server's Retry-After is honoured up to this (a phone that waits an hour misses calls). */
export const RETRY_AFTER_MAX_S = 300;
/** ±20 %, so phones that failed together (a PBX restart) do not come back in one burst. */
const JITTER = 0.2;

/** The backoff before retry `attempt` (1-based): 2, 4, 8, 16, 30, 30 … s, each ±20 %. */
export function backoffDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(RETRY_MAX_S, RETRY_BASE_S * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * 1000 * (1 - JITTER + 2 * JITTER * random()));
}

/**
 * The delay a `Retry-After` header value asks for (RFC 3261 20.33: seconds, then an optional
 * comment and `;duration`), capped at RETRY_AFTER_MAX_S and at least 1 s; undefined when absent
 * or unreadable.
 */
export function retryAfterSeconds(value: string | undefined): number | undefined {
  const match = /^\s*(\d+)/.exec(value ?? '');
  if (!match) return undefined;
  return Math.min(RETRY_AFTER_MAX_S, Math.max(1, Number(match[1])));
}

/** One line's pending REGISTER retry: at most one timer, and the attempt count for backoff. */
export class RegisterRetry {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempts = 0;

  constructor(
    private readonly send: () => void,
    private readonly random: () => number = Math.random,
  ) {}

  /** True while a retry is scheduled. */
  get pending(): boolean {
    return this.timer !== null;
  }

  /**
   * Schedules the next REGISTER: after `Retry-After` when the server gave one, else after the
   * backoff for this attempt. Replaces a retry already scheduled. Returns the delay in ms.
   */
  schedule(retryAfter?: string): number {
    this.cancel();
    this.attempts += 1;
    const seconds = retryAfterSeconds(retryAfter);
    const delay =
      seconds !== undefined ? seconds * 1000 : backoffDelayMs(this.attempts, this.random);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.send();
    }, delay);
    return delay;
  }

  /** Sends the pending retry at once. False when none was pending. */
  now(): boolean {
    if (!this.pending) return false;
    this.cancel();
    this.send();
    return true;
  }

  /** Drops the pending retry, keeping the attempt count. */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Registered again (or stopped): no retry pending, and the next failure starts at 2 s. */
  reset(): void {
    this.cancel();
    this.attempts = 0;
  }
}
