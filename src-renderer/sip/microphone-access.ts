/**
 * Whether the microphone is known to be ours, so an outgoing call may go out before it opens.
 * Read from the Permissions API when it is created, kept current by its change events and by
 * the outcome of every call's open (a browser without the API learns from the first call).
 */
export class MicrophoneAccess {
  private state: PermissionState | 'unknown' = 'unknown';
  private watching = false;

  constructor(
    private readonly permissions: () => Permissions | undefined = () =>
      globalThis.navigator?.permissions,
  ) {
    // Asked now, so the first call already knows.
    this.watch();
  }

  /** True only when the microphone is granted: a prompt or a refusal must come before any INVITE. */
  get granted(): boolean {
    this.watch();
    return this.state === 'granted';
  }

  /** A call's microphone opened. */
  opened(): void {
    this.state = 'granted';
  }

  /** A call's microphone could not be opened: ask again before the next INVITE. */
  failed(): void {
    this.state = 'denied';
  }

  private watch(): void {
    if (this.watching) return;
    this.watching = true;
    const permissions = this.permissions();
    if (!permissions?.query) return;
    permissions
      .query({ name: 'microphone' as PermissionName })
      .then((status) => {
        // An open that finished meanwhile knows better than the query it raced.
        if (this.state === 'unknown') this.state = status.state;
        status.addEventListener('change', () => (this.state = status.state));
      })
      .catch(() => undefined); // Firefox and older engines do not know "microphone".
  }
}
