import { isDeepStrictEqual } from 'node:util';
import * as v from 'valibot';
import {
  defaultSettings,
  SettingsPatchSchema,
  SettingsSchema,
  type Settings,
  type SettingsPatch,
  UserError,
} from '../../../src-preload/contract';
import { CURRENT_SCHEMA_VERSION, migrateSettings } from './migrations';
import type { Logger, SettingsBackend, SettingsLoad } from './ports';

/** A top-level section of settings; `reset` keeps whole sections, `update` replaces whole sections. */
export type SettingsSection = Exclude<keyof Settings, 'schemaVersion'>;

export type SettingsListener = (settings: Settings) => void;

/** A refusal the renderer can show as is ("Invalid settings at accounts.0.servers.0: ..."). */
export class SettingsError extends UserError {
  override readonly name = 'SettingsError';
}

/**
 * The app's settings: validated by the contract's SettingsSchema, migrated from older versions,
 * saved through a backend, and announced to subscribers (main pushes `settings:changed`).
 *
 * Opening never throws: a damaged file is kept aside as a backup, defaults are used, and
 * `startupNotice` says so in words a user can act on.
 */
export class SettingsService {
  readonly #backend: SettingsBackend;
  readonly #log: Logger;
  /** What a fresh install starts with, in the user's language; `reset` returns to it. */
  readonly #defaults: Settings;
  readonly #listeners = new Set<SettingsListener>();
  #current: Settings;

  /** Set when opening had to recover from something; shown once to the user (AppInfo.startupNotice). */
  readonly startupNotice: string | undefined;

  private constructor(
    backend: SettingsBackend,
    log: Logger,
    defaults: Settings,
    current: Settings,
    notice?: string,
  ) {
    this.#backend = backend;
    this.#log = log;
    this.#defaults = defaults;
    this.#current = current;
    this.startupNotice = notice;
  }

  /**
   * Loads, migrates and validates the stored settings. Never throws. `languages`: the user's
   * languages, best first (the system's), for the language a fresh install starts in.
   */
  static open(
    backend: SettingsBackend,
    options: { log: Logger; languages?: readonly string[] },
  ): SettingsService {
    const { log } = options;
    const defaults = freeze(defaultSettings(options.languages));
    const load = safeLoad(backend, log);
    switch (load.status) {
      case 'missing':
        return new SettingsService(backend, log, defaults, defaults);
      case 'unreadable':
        log.error(
          `Settings file could not be read (${load.reason}); using defaults for this session`,
        );
        return new SettingsService(
          backend,
          log,
          defaults,
          defaults,
          `Your settings could not be read (${load.reason}); defaults are in use until you change something.`,
        );
      case 'damaged':
        log.warn(`Settings file is damaged: ${load.reason}`);
        return SettingsService.#recover(backend, log, defaults, 'damaged');
      case 'loaded':
        return SettingsService.#fromData(backend, log, defaults, load.data);
    }
  }

  static #fromData(
    backend: SettingsBackend,
    log: Logger,
    defaults: Settings,
    data: unknown,
  ): SettingsService {
    const migrated = migrateSettings(data);
    if (migrated.status === 'too-new') {
      log.warn(
        `Settings file has schemaVersion ${migrated.version}; this build knows ${CURRENT_SCHEMA_VERSION}`,
      );
      return SettingsService.#recover(backend, log, defaults, 'too-new', data);
    }
    if (migrated.status === 'failed') {
      log.warn(`Settings file could not be migrated: ${migrated.reason}`);
      return SettingsService.#recover(backend, log, defaults, 'damaged', data);
    }
    const parsed = v.safeParse(SettingsSchema, migrated.data);
    if (!parsed.success) {
      log.warn(`Settings file fails the schema: ${summarizeIssues(parsed.issues)}`);
      return SettingsService.#recover(backend, log, defaults, 'damaged', data);
    }
    const settings = normalize(parsed.output);
    // Rewrite when the stored form differs from the validated one: after a migration, and whenever
    // the schema dropped keys it does not know, so a stray `password` never survives a start.
    if (migrated.migrated || !isDeepStrictEqual(migrated.data, settings)) {
      if (migrated.migrated)
        log.info(`Settings migrated from version ${migrated.from} to ${CURRENT_SCHEMA_VERSION}`);
      trySave(backend, log, settings);
    }
    return new SettingsService(backend, log, defaults, settings);
  }

  /**
   * Keeps the bad file as a backup and starts from defaults. When the file parsed (`data`) and
   * holds a password (a legacy file), the backup is written without it.
   */
  static #recover(
    backend: SettingsBackend,
    log: Logger,
    defaults: Settings,
    why: 'damaged' | 'too-new',
    data?: unknown,
  ): SettingsService {
    const settings = defaults;
    const scrubbed = data === undefined ? undefined : withoutPasswords(data);
    let backup: string;
    try {
      backup = backend.quarantine(
        scrubbed?.removed ? JSON.stringify(scrubbed.value, null, '\t') : undefined,
      );
    } catch (error) {
      // Saving now would overwrite the only copy of the user's settings; wait for their first change.
      log.error(`Could not set the settings file aside: ${describe(error)}`);
      return new SettingsService(
        backend,
        log,
        defaults,
        settings,
        'Your settings file was damaged and could not be backed up; defaults are in use until you change something.',
      );
    }
    log.warn(`Settings file kept as ${backup}; defaults restored`);
    trySave(backend, log, settings);
    const notice =
      why === 'too-new'
        ? `Your settings file was written by a newer version of Softphone; it was kept as ${backup} and defaults were restored.`
        : `Your settings file was damaged; it was kept as ${backup} and defaults were restored.`;
    return new SettingsService(backend, log, defaults, settings, notice);
  }

  /** The current settings: a frozen object, replaced (never mutated) on every change. */
  get(): Settings {
    return this.#current;
  }

  /**
   * Replaces the top-level sections present in `patch` (a section given as `undefined` returns to
   * its default; `provisioning: undefined` removes the profile), saves, and notifies subscribers.
   * Throws SettingsError when the patch is invalid or the file cannot be written; then nothing changes.
   */
  update(patch: SettingsPatch): Settings {
    const checked = v.safeParse(SettingsPatchSchema, patch);
    if (!checked.success)
      throw new SettingsError('settingsInvalid', { detail: describeIssue(checked.issues) });
    return this.#commit({ ...this.#current, ...checked.output });
  }

  /**
   * "Reset app data": back to defaults, keeping only the sections the user chose (say, `accounts`).
   * Passwords and call history are not settings; the caller clears those stores too.
   */
  reset(options: { keep?: readonly SettingsSection[] } = {}): Settings {
    const next: Record<string, unknown> = { ...this.#defaults };
    for (const section of options.keep ?? []) next[section] = this.#current[section];
    return this.#commit(next);
  }

  /** Calls `listener` with the new settings after every change that altered them. Returns an unsubscribe. */
  subscribe(listener: SettingsListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  #commit(candidate: unknown): Settings {
    const parsed = v.safeParse(SettingsSchema, candidate);
    if (!parsed.success)
      throw new SettingsError('settingsInvalid', { detail: describeIssue(parsed.issues) });
    const next = normalize(parsed.output);
    if (isDeepStrictEqual(next, this.#current)) return this.#current;
    try {
      this.#backend.save(next);
    } catch (error) {
      this.#log.error(`Could not save settings: ${describe(error)}`);
      throw new SettingsError('settingsNotSaved', { reason: describe(error) });
    }
    this.#current = next;
    for (const listener of [...this.#listeners]) {
      try {
        listener(next);
      } catch (error) {
        // One broken subscriber must not stop the others or undo a saved change.
        this.#log.error(`A settings listener failed: ${describe(error)}`);
      }
    }
    return next;
  }
}

function safeLoad(backend: SettingsBackend, log: Logger): SettingsLoad {
  try {
    return backend.load();
  } catch (error) {
    log.error(`Settings backend failed to load: ${describe(error)}`);
    return { status: 'unreadable', reason: describe(error) };
  }
}

function trySave(backend: SettingsBackend, log: Logger, settings: Settings): void {
  try {
    backend.save(settings);
  } catch (error) {
    log.error(`Could not save settings: ${describe(error)}`);
  }
}

/**
 * A deep copy of parsed JSON without any `password` or `credential` key (any case; a TURN
 * credential is as secret as a password), and whether there was one.
 */
const SECRET_KEYS = new Set(['password', 'credential']);

function withoutPasswords(value: unknown): { value: unknown; removed: boolean } {
  let removed = false;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node !== 'object' || node === null) return node;
    // fromEntries, not assignment: a `__proto__` key in the file must stay a plain key.
    const kept = Object.entries(node).filter(([key]) => !SECRET_KEYS.has(key.toLowerCase()));
    if (kept.length !== Object.keys(node).length) removed = true;
    return Object.fromEntries(kept.map(([key, child]) => [key, walk(child)]));
  };
  const result = walk(value);
  return { value: result, removed };
}

/** What is on disk and what is in memory are the same plain JSON (no `undefined` keys), frozen. */
function normalize(settings: Settings): Settings {
  return freeze(JSON.parse(JSON.stringify(settings)) as Settings);
}

function freeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) freeze(child);
  }
  return value;
}

/** For logs: where and what kind of problem, never the offending value (valibot puts it in `received`). */
function summarizeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${v.getDotPath(issue) ?? '(root)'} expected ${issue.expected ?? issue.type}`)
    .join('; ');
}

/** For the user: the first problem, where it is, in the schema's own words. */
function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return '';
  const where = v.getDotPath(issue);
  return `${where ? ` at ${where}` : ''}: ${issue.message}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
