import type { Settings } from '../../../src-preload/contract';
import type { Logger as SharedLogger } from '../logging/logger';

/** What a settings backend found on disk. */
export type SettingsLoad =
  /** No settings file yet: a fresh install. */
  | { readonly status: 'missing' }
  /** The file parsed as a JSON object; its shape is not trusted yet. */
  | { readonly status: 'loaded'; readonly data: unknown }
  /** The file exists but is not a JSON object (truncated, hand-edited, wrong type). */
  | { readonly status: 'damaged'; readonly reason: string }
  /** The file could not be read at all (permissions, I/O error); it is left where it is. */
  | { readonly status: 'unreadable'; readonly reason: string };

/**
 * Where settings live. Synchronous on purpose: electron-store is synchronous, the file is a few
 * kilobytes, and a synchronous save means two quick updates can never interleave their writes.
 */
export interface SettingsBackend {
  /** Reads the stored settings. Reports problems as a status rather than throwing. */
  load(): SettingsLoad;
  /** Persists the settings atomically (a crash leaves the old or the new file, never half of one). Throws on I/O failure. */
  save(settings: Settings): void;
  /**
   * Moves the current file aside to a timestamped backup and returns the backup's path. Throws
   * when it cannot. With `contents`, the backup holds that text instead of the original bytes and
   * the original is deleted: how a damaged file is kept without the password it carried.
   */
  quarantine(contents?: string): string;
}

/** The logging this service needs: the house logger (`createLogger('settings', sink)`) fits. */
export type Logger = Pick<SharedLogger, 'info' | 'warn' | 'error'>;
