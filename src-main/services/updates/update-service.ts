import type { DesktopStatus } from '../../../src-preload/contract';
import type { Logger } from '../logging/logger';

/**
 * Updates through electron-updater, from a feed the user or the provider chose:
 * `settings.updates.feedUrl`, else the provisioning profile's `updateFeedUrl`. With neither set,
 * nothing is ever checked (a self-hosted phone must not call home). An update is downloaded in
 * the background, then the user is asked; nothing installs without a yes (not even on quit).
 */

/** The slice of electron-updater's `autoUpdater` this service uses (the shell sets autoDownload off). */
export interface UpdaterPort {
  /** A generic (static https folder) feed. */
  setFeedUrl(url: string): void;
  /** The newer version on the feed, or null when this one is current. */
  check(): Promise<{ version: string } | null>;
  /** Resolves once the update is downloaded and verified. */
  download(): Promise<void>;
  /** Quits and installs the downloaded update. */
  install(): void;
}

export interface UpdateDialogPort {
  /** Asks "Install version X now?"; true means install and restart now. */
  askToInstall(version: string): Promise<boolean>;
}

export type UpdateStatus = DesktopStatus['updates'];

export interface UpdateServiceDeps {
  updater: UpdaterPort;
  dialog: UpdateDialogPort;
  /** False for development builds: electron-updater works only in an installed app. */
  enabled: boolean;
  log: Logger;
  onChange(status: UpdateStatus): void;
  /** Periodic checks; injectable for tests. Returns a cancel function. */
  every?(ms: number, run: () => void): () => void;
  intervalMs?: number;
}

const SIX_HOURS = 6 * 60 * 60 * 1000;

export class UpdateService {
  #feed: string | undefined;
  #status: UpdateStatus = { state: 'off' };
  #cancelTimer: (() => void) | undefined;
  #running: Promise<void> | undefined;

  constructor(private readonly deps: UpdateServiceDeps) {}

  get status(): UpdateStatus {
    return this.#status;
  }

  /** Uses `feedUrl` from now on (undefined: stop checking). Checks at once when the feed changed. */
  configure(feedUrl: string | undefined): void {
    const feed = this.deps.enabled ? feedUrl : undefined;
    if (feed === this.#feed) return;
    this.#feed = feed;
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
    if (!feed) {
      this.#set({ state: 'off' });
      return;
    }
    this.deps.updater.setFeedUrl(feed);
    this.#set({ state: 'idle' });
    const every = this.deps.every ?? defaultEvery;
    this.#cancelTimer = every(this.deps.intervalMs ?? SIX_HOURS, () => void this.check());
    void this.check();
  }

  /** Checks now (unless off, or a check or download is already under way). Never rejects. */
  check(): Promise<void> {
    if (!this.#feed || this.#running || this.#status.state === 'ready')
      return this.#running ?? Promise.resolve();
    this.#running = this.#run().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  dispose(): void {
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
  }

  async #run(): Promise<void> {
    const feed = this.#feed;
    try {
      this.#set({ state: 'checking' });
      const found = await this.deps.updater.check();
      if (feed !== this.#feed) return;
      if (!found) {
        this.#set({ state: 'idle' });
        return;
      }
      this.deps.log.info('update available', { version: found.version });
      this.#set({ state: 'downloading', version: found.version });
      await this.deps.updater.download();
      if (feed !== this.#feed) return;
      this.#set({ state: 'ready', version: found.version });
      if (await this.deps.dialog.askToInstall(found.version)) {
        this.deps.log.info('installing update', { version: found.version });
        this.deps.updater.install();
      }
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      this.deps.log.warn('update check failed', { feed, error: message });
      this.#set({ state: 'error', message: `Could not check for updates: ${message}` });
    }
  }

  #set(status: UpdateStatus): void {
    this.#status = status;
    this.deps.onChange(status);
  }
}

function defaultEvery(ms: number, run: () => void): () => void {
  const timer = setInterval(run, ms);
  timer.unref?.();
  return () => clearInterval(timer);
}
