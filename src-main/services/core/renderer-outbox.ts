import type { PushChannel, PushPayload } from '../../../src-preload/contract';

/** How main reaches the phone page (Electron: `webContents.send`; e2e: a Playwright binding). */
export interface RendererPort {
  push<C extends PushChannel>(channel: C, payload: PushPayload<C>): void;
  /** Loads the page again (after "reset app data"). */
  reload(): void;
}

/** Pushes that ask the page to do something; they must not be lost while it loads. */
const COMMANDS: ReadonlySet<PushChannel> = new Set(['dial:request', 'call:command', 'notice:show']);
/** A few dozen held commands is plenty; a flood of links while the page hangs should not grow memory. */
const MAX_HELD = 32;

type Held = { [C in PushChannel]: { channel: C; payload: PushPayload<C> } }[PushChannel];

/**
 * Holds commands for the page until it says it is ready (`app:ready`), then delivers them in order;
 * of the dial requests only the newest is held.
 *
 * Why: a `tel:` link that starts the app arrives (macOS `open-url`, or argv) long before the page
 * has loaded and subscribed; Electron drops a message sent to a page that is not listening. State
 * pushes (`settings:changed`, `desktop:changed`) are not held: the page reads the current state
 * itself when it loads, so an old copy would only be stale.
 */
export class RendererOutbox {
  #ready = false;
  #held: Held[] = [];

  constructor(private readonly renderer: RendererPort) {}

  get ready(): boolean {
    return this.#ready;
  }

  push<C extends PushChannel>(channel: C, payload: PushPayload<C>): void {
    if (this.#ready) {
      this.renderer.push(channel, payload);
      return;
    }
    if (!COMMANDS.has(channel)) return;
    // Links clicked while the page loads (or before the user signed in) must not all dial at once
    // when it is ready: only the newest dial request is held, the older ones are dropped.
    if (channel === 'dial:request') {
      this.#held = this.#held.filter((held) => held.channel !== 'dial:request');
    }
    if (this.#held.length >= MAX_HELD) this.#held.shift();
    this.#held.push({ channel, payload } as Held);
  }

  /** The page loaded and listens: deliver what was held. */
  markReady(): void {
    this.#ready = true;
    for (const { channel, payload } of this.#held.splice(0)) {
      this.renderer.push(channel, payload as never);
    }
  }

  /** The page is (re)loading: hold commands again until it says it is ready. */
  markLoading(): void {
    this.#ready = false;
  }
}
