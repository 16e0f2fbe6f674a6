/**
 * How long a line may wait for its registration before the user is told the server is not
 * responding. A server that accepts the WebSocket but never answers the REGISTER otherwise leaves
 * "Connecting…" on screen until JsSIP's transaction timer gives up (Timer F: 64 × T1 = 32 s), and
 * longer when the connection itself hangs. The attempt goes on meanwhile (JsSIP's timeout, then
 * our retry; the keep-alive drops a connection that answers nothing): only the text changes.
 */
export const NOT_RESPONDING_MS = 12_000;

/** One line's deadline for the registration attempt in progress: at most one timer. */
export class RegisterDeadline {
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** Starts (or restarts) the deadline: `late` runs once after NOT_RESPONDING_MS unless cancelled. */
  start(late: () => void): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      late();
    }, NOT_RESPONDING_MS);
  }

  /** The attempt ended (registered, failed, disconnected, stopped). */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
