import type { CallSummary, PhoneReport } from '../../../src-preload/contract';

/**
 * Keeps the display (and with it the system) awake while a call is in progress,
 * so the screen does not lock or the laptop sleep mid-conversation and drop the
 * WebSocket. Modelled on Signal's PreventDisplaySleepService.
 *
 * "In progress" means dialing, active or held. Ringing does not count: an
 * unanswered call should not keep a display lit for half a minute per spam call.
 */

/** The slice of Electron's `powerSaveBlocker` this service uses. */
export interface PowerSaveBlockerPort {
  /** `prevent-display-sleep` also prevents system sleep. */
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): void;
  isStarted(id: number): boolean;
}

const IN_PROGRESS: ReadonlySet<CallSummary['state']> = new Set(['dialing', 'active', 'held']);

/** True when a report has a call that should keep the display awake. */
export function needsDisplayAwake(report: Pick<PhoneReport, 'calls'>): boolean {
  return report.calls.some((call) => IN_PROGRESS.has(call.state));
}

export class DisplaySleepService {
  private blockerId: number | null = null;

  constructor(private readonly blocker: PowerSaveBlockerPort) {}

  /** Starts or stops the blocker to match the report. Idempotent: repeated reports start at most one blocker. */
  update(report: Pick<PhoneReport, 'calls'>): void {
    this.setBlocking(needsDisplayAwake(report));
  }

  /** Whether a blocker is currently held by this service. */
  get blocking(): boolean {
    return this.blockerId !== null && this.blocker.isStarted(this.blockerId);
  }

  /** Releases the blocker (app quitting). */
  dispose(): void {
    this.setBlocking(false);
  }

  private setBlocking(wanted: boolean): void {
    if (wanted) {
      // Restart if someone else stopped our blocker; otherwise leave the one we hold.
      if (this.blockerId !== null && this.blocker.isStarted(this.blockerId)) return;
      this.blockerId = this.blocker.start('prevent-display-sleep');
    } else if (this.blockerId !== null) {
      if (this.blocker.isStarted(this.blockerId)) this.blocker.stop(this.blockerId);
      this.blockerId = null;
    }
  }
}
