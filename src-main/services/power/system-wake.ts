/**
 * Tells the phone page when the computer woke from sleep or its screen was unlocked. The page's
 * sockets may have died meanwhile (the network went away, a NAT forgot them) and JsSIP would only
 * find out at its next timer; the page retries every line at once instead (`system:resumed`).
 */

/** Why the page is told to check its connections. */
export type WakeReason = 'resume' | 'unlock-screen';

const REASONS: readonly WakeReason[] = ['resume', 'unlock-screen'];

/** The slice of Electron's `powerMonitor` this service uses (usable only after `ready`). */
export interface PowerMonitorPort {
  on(event: WakeReason, listener: () => void): void;
  removeListener(event: WakeReason, listener: () => void): void;
}

/**
 * Calls `onWake` with the reason on every `resume` and `unlock-screen` until the returned
 * function is called. Both often come together (a laptop opened at its lock screen): the page's
 * retry is idempotent, so both are passed on.
 */
export function watchSystemWake(
  power: PowerMonitorPort,
  onWake: (reason: WakeReason) => void,
): () => void {
  const listeners = REASONS.map((reason) => {
    const listener = () => onWake(reason);
    power.on(reason, listener);
    return [reason, listener] as const;
  });
  return () => {
    for (const [reason, listener] of listeners) power.removeListener(reason, listener);
  };
}
