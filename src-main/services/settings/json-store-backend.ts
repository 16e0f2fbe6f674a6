import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../../src-preload/contract';
import type { SettingsBackend, SettingsLoad } from './ports';

/**
 * The slice of electron-store we use. electron-store 11 is a thin subclass of `conf` 15, which does
 * the reading, the atomic writing (write-file-atomic style, via `atomically`) and the parsing; so
 * tests drive this backend with `conf` itself, and the Electron shell hands in electron-store.
 */
export interface JsonStore {
  readonly path: string;
  store: Record<string, unknown>;
}

/**
 * The options we construct the store with; a subset of electron-store's `Options`, so the shell
 * passes them through unchanged and the compiler checks them against the real type.
 *
 * There is deliberately no `schema`, `defaults` or `migrations`: the contract's valibot schema is the
 * one schema (a second JSON schema for ajv would drift from it), ajv with `useDefaults` would
 * rewrite data we have not validated yet, conf's migrations key on the app's semver rather than
 * on `schemaVersion`, and any of them would throw inside the constructor before we can keep a
 * backup of a damaged file.
 */
export interface JsonStoreOptions {
  /** File name without extension; the file is `<cwd>/<name>.json`. */
  readonly name: string;
  readonly cwd: string;
  /** Never let the store silently replace a broken file with `{}`: we keep it as a backup first. */
  readonly clearInvalidConfig: false;
  readonly deserialize: (text: string) => Record<string, unknown>;
  /** Settings name servers and extensions; not secret, but nobody else's business either. */
  readonly configFileMode: number;
}

export interface JsonStoreBackendOptions {
  /** The folder of the settings file (the app's userData folder in the app). */
  readonly directory: string;
  /** File name without extension. */
  readonly name?: string;
  /** Constructs the store; the constructor reads and parses the file and throws when it cannot. */
  readonly open: (options: JsonStoreOptions) => JsonStore;
  /** Clock for backup names; injectable so tests can predict them. */
  readonly now?: () => Date;
}

/** Thrown by our `deserialize` for files that are JSON but not an object: `[]`, `"x"`, `null`. */
class NotAnObjectError extends SyntaxError {}

function deserialize(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    // Without this, conf would `Object.assign({}, value)` and turn `[1]` into `{ "0": 1 }`.
    throw new NotAnObjectError('the file does not hold a JSON object');
  }
  return value as Record<string, unknown>;
}

/** `2025-11-25T20-36-00-123Z`: sortable, and legal in Windows file names (no colons). */
function stamp(date: Date): string {
  return date.toISOString().replaceAll(':', '-').replace('.', '-');
}

/**
 * A SettingsBackend over electron-store (or conf). Parse errors are reported as `damaged`, other
 * read errors as `unreadable`; `quarantine` renames the file to `<name>.damaged-<time>.json`
 * beside it and starts a fresh store.
 */
export function createJsonStoreBackend(options: JsonStoreBackendOptions): SettingsBackend {
  const name = options.name ?? 'settings';
  const filePath = join(options.directory, `${name}.json`);
  const now = options.now ?? (() => new Date());
  const storeOptions: JsonStoreOptions = {
    name,
    cwd: options.directory,
    clearInvalidConfig: false,
    deserialize,
    configFileMode: 0o600,
  };
  let store: JsonStore | undefined;

  function openStore(): JsonStore {
    store ??= options.open(storeOptions);
    return store;
  }

  return {
    load(): SettingsLoad {
      const existed = existsSync(filePath);
      try {
        const data = openStore().store;
        return existed ? { status: 'loaded', data } : { status: 'missing' };
      } catch (error) {
        // conf rethrows JSON.parse's SyntaxError (and ours) because clearInvalidConfig is false.
        if (error instanceof SyntaxError) return { status: 'damaged', reason: error.message };
        return {
          status: 'unreadable',
          reason: error instanceof Error ? error.message : String(error),
        };
      }
    },

    save(settings: Settings): void {
      // A copy: conf may add its `__internal__` key to the object it is given.
      openStore().store = structuredClone(settings) as Record<string, unknown>;
    },

    quarantine(contents?: string): string {
      let backup = join(options.directory, `${name}.damaged-${stamp(now())}.json`);
      for (let n = 2; existsSync(backup); n += 1) {
        backup = join(options.directory, `${name}.damaged-${stamp(now())}-${n}.json`);
      }
      if (contents === undefined) {
        renameSync(filePath, backup);
      } else {
        writeFileSync(backup, contents, { mode: 0o600, flag: 'wx' });
        rmSync(filePath, { force: true });
      }
      store = undefined;
      openStore();
      return backup;
    },
  };
}
