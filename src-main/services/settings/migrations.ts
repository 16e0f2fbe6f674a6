/**
 * Versioned migrations of the raw settings object, before it meets the schema.
 *
 * Each migration upgrades an object of version N to version N + 1 and is a pure function of plain
 * JSON data, so it is tested from literal before/after objects. The runner stamps the new
 * `schemaVersion`; a migration never has to. Migrations must DROP any password they meet: passwords
 * belong in the SecretStore, and a settings file is neither encrypted nor private enough for one.
 */

/** The version this build writes. Must equal the literal in the contract's SettingsSchema. */
export const CURRENT_SCHEMA_VERSION = 2;

export type RawSettings = Record<string, unknown>;
export type Migration = (raw: RawSettings) => RawSettings;

export type MigrationResult =
  | {
      readonly status: 'ok';
      readonly data: RawSettings;
      readonly from: number;
      readonly migrated: boolean;
    }
  /** Written by a newer build (the user downgraded); we cannot know what its fields mean. */
  | { readonly status: 'too-new'; readonly version: number }
  | { readonly status: 'failed'; readonly reason: string };

function isRecord(value: unknown): value is RawSettings {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The host part of a ws(s) URL, or undefined when the URL cannot be parsed. */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** Copies an object without its `password` key (any spelling of case), whatever else it holds. */
function withoutPassword(value: RawSettings): RawSettings {
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => key.toLowerCase() !== 'password'),
  );
}

/**
 * v0 → v1. Version 0 is the pre-release, unversioned file: one flat account
 * `{ server, extension, password, domain?, displayName?, theme? }`. It becomes one entry in
 * `accounts`; its password is dropped (the user is asked for it again, and it goes to the keychain).
 * Sections already in v1 shape are carried over untouched, so a v1 file that lost its
 * `schemaVersion` also survives this step.
 */
export const migrateV0ToV1: Migration = (raw) => {
  const { server, extension, domain, displayName, theme, ...rest } = withoutPassword(raw);
  const next: RawSettings = { ...rest };

  const url = nonEmptyString(server);
  const user = nonEmptyString(extension);
  if (url && user) {
    const legacy: RawSettings = {
      id: 'legacy',
      servers: [url],
      domain: nonEmptyString(domain) ?? hostOf(url) ?? '',
      extension: user,
    };
    const name = nonEmptyString(displayName);
    if (name) legacy.displayName = name;
    const accounts = Array.isArray(next.accounts) ? next.accounts : [];
    next.accounts = [legacy, ...accounts];
  }
  if (Array.isArray(next.accounts)) {
    next.accounts = next.accounts.map((account) =>
      isRecord(account) ? withoutPassword(account) : account,
    );
  }
  if (typeof theme === 'string') {
    next.ui = { ...(isRecord(next.ui) ? next.ui : {}), theme };
  }
  return next;
};

/**
 * v1 → v2: asking before a link dials becomes the default (`calling.confirmBeforeDial`).
 *
 * Version 1 defaulted to `false` and wrote its defaults back on every start, so a stored `false`
 * cannot be told apart from "never looked at it": it is turned on, and the user who really wants
 * links to dial straight away turns it off again (or ticks "Always allow for tel: links" in the
 * first question). A stored `true` was a choice and stays. From v2 on the default is `true`, so
 * a stored `false` is always the user's own and later versions keep it.
 */
export const migrateV1ToV2: Migration = (raw) => {
  const calling = isRecord(raw.calling) ? raw.calling : {};
  return { ...raw, calling: { ...calling, confirmBeforeDial: true } };
};

/** `migrations[n]` upgrades version n to n + 1. */
export const migrations: Readonly<Record<number, Migration>> = {
  0: migrateV0ToV1,
  1: migrateV1ToV2,
};

/** A file without `schemaVersion` predates versioning: version 0. */
export function readSchemaVersion(raw: RawSettings): number | undefined {
  const version = raw.schemaVersion ?? 0;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0
    ? version
    : undefined;
}

/**
 * Brings a raw settings object up to `target` by running each migration in turn.
 * Pure and total: it never throws, and it never mutates its input.
 */
export function migrateSettings(
  raw: unknown,
  list: Readonly<Record<number, Migration>> = migrations,
  target: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  if (!isRecord(raw)) return { status: 'failed', reason: 'the file does not hold an object' };
  const from = readSchemaVersion(raw);
  if (from === undefined)
    return { status: 'failed', reason: 'schemaVersion is not a whole number' };
  if (from > target) return { status: 'too-new', version: from };

  let data: RawSettings = structuredClone(raw);
  for (let version = from; version < target; version += 1) {
    const step = list[version];
    if (!step) return { status: 'failed', reason: `no migration from version ${version}` };
    try {
      const next = step(data);
      if (!isRecord(next))
        return { status: 'failed', reason: `migration from version ${version} returned no object` };
      data = { ...next, schemaVersion: version + 1 };
    } catch (error) {
      return {
        status: 'failed',
        reason: `migration from version ${version} failed: ${describe(error)}`,
      };
    }
  }
  return { status: 'ok', data, from, migrated: from !== target };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
