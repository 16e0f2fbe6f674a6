import { isDeepStrictEqual } from 'node:util';
import type { IceServer, Settings } from '../../../src-preload/contract';
import type { Logger, SettingsBackend, SettingsLoad } from './ports';
import { SettingsService } from './settings-service';

/**
 * TURN credentials (`accounts[].iceServers[].credential`, and the provisioning profile's that
 * lines copy) are secrets, so they never reach the settings file: this backend splits them out
 * before every write into the secret store, one entry per line under `turn:<accountId>` (the
 * profile's under `turn:@provisioning`), and merges them back when the file is read. Settings in
 * memory, and what the page receives, still carry them: the contract and the renderer are
 * unchanged. A file written before this (credentials inside) is moved over on open.
 *
 * An entry is a JSON list by ICE-server index; each item also names the server's `urls` and
 * `username`, so a credential is merged back only onto the server it was saved for.
 */

/** The slice of the SecretStore used here: string values under a key (`turn:<accountId>`). */
export interface SecretSlots {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The secret-store key of a line's TURN credentials. Account ids never contain `:`. */
export function turnKey(accountId: string): string {
  return `turn:${accountId}`;
}

interface SavedCredential {
  urls: unknown;
  username?: unknown;
  credential: string;
}
type Entry = (SavedCredential | null)[];

type RawServer = Record<string, unknown>;
/** One list of ICE servers: a line's (`id` = account id) or the provisioning profile's. */
type RawSlot = { id: string; servers: RawServer[] };

/**
 * The slot of the provisioning profile's ICE servers (lines copy them at sign-in). `@` is not
 * allowed in account ids, so it can never be a line's key.
 */
export const PROVISIONING_SLOT = '@provisioning';

function serversOf(iceServers: unknown): RawServer[] {
  return Array.isArray(iceServers)
    ? iceServers.filter((s): s is RawServer => typeof s === 'object' && s !== null)
    : [];
}

/** Every list of ICE servers in parsed (not yet validated) settings, defensively. */
function rawSlots(data: unknown): RawSlot[] {
  const { accounts, provisioning } = (data ?? {}) as { accounts?: unknown; provisioning?: unknown };
  const lines = (Array.isArray(accounts) ? accounts : []).flatMap((account: unknown) => {
    const { id, iceServers } = (account ?? {}) as { id?: unknown; iceServers?: unknown };
    if (typeof id !== 'string' || id.includes(':') || id === PROVISIONING_SLOT) return [];
    return [{ id, servers: serversOf(iceServers) }];
  });
  const profile = (provisioning ?? undefined) as { iceServers?: unknown } | undefined;
  return profile && typeof profile === 'object'
    ? [...lines, { id: PROVISIONING_SLOT, servers: serversOf(profile.iceServers) }]
    : lines;
}

/** The entry a line's servers call for: null when none of them has a credential. */
function entryOf(servers: readonly RawServer[]): string | null {
  const entry: Entry = servers.map((server) =>
    typeof server.credential === 'string' && server.credential !== ''
      ? { urls: server.urls, username: server.username, credential: server.credential }
      : null,
  );
  return entry.some(Boolean) ? JSON.stringify(entry) : null;
}

function parseEntry(text: string | null): Entry {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as Entry) : [];
  } catch {
    return [];
  }
}

const stripped = <T extends { iceServers: readonly IceServer[] }>(holder: T): T => ({
  ...holder,
  iceServers: holder.iceServers.map(({ credential: _credential, ...server }) => server),
});

/** `settings` without any TURN credential (lines and provisioning profile): what the file gets. */
export function withoutTurnCredentials(settings: Settings): Settings {
  return {
    ...settings,
    accounts: settings.accounts.map(stripped),
    ...(settings.provisioning ? { provisioning: stripped(settings.provisioning) } : {}),
  };
}

/** A deep copy of parsed settings with saved credentials put back where the file has none. */
function merged(data: unknown, stored: ReadonlyMap<string, string | null>): unknown {
  const copy = structuredClone(data);
  for (const slot of rawSlots(copy)) {
    const entry = parseEntry(stored.get(slot.id) ?? null);
    slot.servers.forEach((server, index) => {
      const saved = entry[index];
      if (!saved || typeof server.credential === 'string') return;
      const same = isDeepStrictEqual(saved.urls, server.urls) && saved.username === server.username;
      if (same) server.credential = saved.credential;
    });
  }
  return copy;
}

/** What the file held, so a migration can move it: line id → entry. */
function credentialsInFile(data: unknown): Map<string, string> {
  const found = new Map<string, string>();
  for (const slot of rawSlots(data)) {
    const entry = entryOf(slot.servers);
    if (entry) found.set(slot.id, entry);
  }
  return found;
}

/**
 * Reads the store's entries for the lines in the file, then moves any credentials the file still
 * holds into the store. `stored` is what the store holds per line as far as we know.
 */
async function readAndMove(data: unknown, secrets: SecretSlots, log: Logger) {
  const stored = new Map<string, string | null>();
  for (const { id } of rawSlots(data)) {
    try {
      stored.set(id, await secrets.get(turnKey(id)));
    } catch (error) {
      log.warn(`Could not read the TURN credentials of line ${id}: ${describe(error)}`);
    }
  }
  const inFile = credentialsInFile(data);
  let keepInFile = false;
  for (const [id, entry] of inFile) {
    try {
      await secrets.set(turnKey(id), entry);
      stored.set(id, entry);
    } catch (error) {
      keepInFile = true;
      log.error(`TURN credentials stay in the settings file for now: ${describe(error)}`);
    }
  }
  return { stored, inFile, keepInFile };
}

export interface TurnCredentialBackend extends SettingsBackend {
  /** Settles when every secret-store write queued so far has finished (failures are logged). */
  flush(): Promise<void>;
}

/**
 * Wraps `backend` so TURN credentials go to `secrets` instead of the file. Reads the entries of
 * the lines in the file first (the secret store is asynchronous, settings are not), and moves
 * credentials found in the file into the store before the file is ever rewritten without them.
 * Should the store refuse them, the file keeps them (as before) rather than losing them.
 */
export async function createTurnCredentialBackend(
  backend: SettingsBackend,
  secrets: SecretSlots,
  log: Logger,
): Promise<TurnCredentialBackend & { readonly fileHeldCredentials: boolean }> {
  const first = backend.load();
  const data = first.status === 'loaded' ? first.data : undefined;
  const { stored, inFile, keepInFile } = await readAndMove(data, secrets, log);
  let queue = Promise.resolve();
  const enqueue = (id: string, entry: string | null): void => {
    stored.set(id, entry);
    const key = turnKey(id);
    queue = queue
      .then(() => (entry === null ? secrets.remove(key) : secrets.set(key, entry)))
      .catch((error: unknown) => {
        stored.delete(id); // unknown again: the next save tries once more
        log.error(`Could not save the TURN credentials of line ${id}: ${describe(error)}`);
      });
  };
  let pendingFirst: SettingsLoad | undefined = first;

  return {
    fileHeldCredentials: inFile.size > 0,
    load(): SettingsLoad {
      const load = pendingFirst ?? backend.load();
      pendingFirst = undefined;
      return load.status === 'loaded' ? { ...load, data: merged(load.data, stored) } : load;
    },
    save(settings: Settings): void {
      if (keepInFile) return backend.save(settings);
      backend.save(withoutTurnCredentials(settings));
      const slots = rawSlots(settings);
      const lines = new Set(slots.map((slot) => slot.id));
      for (const slot of slots) {
        const entry = entryOf(slot.servers);
        // Unknown (unreadable at start) and nothing to write: leave whatever the store has.
        if (!stored.has(slot.id) && entry === null) continue;
        if (stored.get(slot.id) !== entry) enqueue(slot.id, entry);
      }
      // A line that went (removed, or reset) takes its credentials with it.
      for (const [id, entry] of stored) if (!lines.has(id) && entry !== null) enqueue(id, null);
    },
    quarantine(contents?: string): string {
      pendingFirst = undefined;
      return backend.quarantine(contents);
    },
    flush: () => queue,
  };
}

/**
 * Opens the settings with TURN credentials kept in `secrets` (see above): reads the file, moves
 * credentials it still holds into the store, and rewrites it without them. Never throws.
 */
export async function openSettingsService(
  backend: SettingsBackend,
  secrets: SecretSlots,
  options: { log: Logger; languages?: readonly string[] },
): Promise<SettingsService> {
  const { log } = options;
  const turn = await createTurnCredentialBackend(backend, secrets, log);
  const service = SettingsService.open(turn, options);
  if (turn.fileHeldCredentials) {
    try {
      turn.save(service.get());
      log.info('TURN credentials moved from the settings file to the secret store');
    } catch (error) {
      log.error(`Could not rewrite the settings file: ${describe(error)}`);
    }
  }
  await turn.flush();
  return service;
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}
