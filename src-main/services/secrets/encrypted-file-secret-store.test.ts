import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkSafeStorage, EncryptedFileSecretStore } from './encrypted-file-secret-store';
import { SecretStoreError } from './secret-store';
import { fakeSafeStorage, recordingLog } from './test-fakes';

const PASSWORD = 'correct horse battery staple ✓';

let dir: string;
let filePath: string;
let log: ReturnType<typeof recordingLog>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'softphone-secrets-'));
  filePath = join(dir, 'passwords.json');
  log = recordingLog();
});
afterEach(() => {
  // Whatever a test did, no password may have reached a log line.
  expect(log.lines.join('\n')).not.toContain(PASSWORD);
  rmSync(dir, { recursive: true, force: true });
});

const storeWith = (safe = fakeSafeStorage()) => ({
  store: new EncryptedFileSecretStore({ safeStorage: safe.port, filePath, log }),
  safe,
});

describe('EncryptedFileSecretStore', () => {
  it('round-trips a password through its own 0600 file, across restarts', async () => {
    const { store, safe } = storeWith();
    expect(store.backend).toBe('safe-storage');
    await store.set('acc-1', PASSWORD);
    expect(await store.get('acc-1')).toBe(PASSWORD);
    expect(statSync(filePath).mode & 0o777).toBe(0o600);
    const reopened = new EncryptedFileSecretStore({ safeStorage: safe.port, filePath, log });
    expect(await reopened.get('acc-1')).toBe(PASSWORD);
    expect(await reopened.get('acc-2')).toBeNull();
  });

  it('writes only base64 ciphertext: neither the password nor its base64 is in the file', async () => {
    const { store } = storeWith();
    await store.set('acc-1', PASSWORD);
    const text = readFileSync(filePath, 'utf8');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    const file = JSON.parse(text) as { version: number; secrets: Record<string, string> };
    expect(file.version).toBe(1);
    expect(file.secrets['acc-1']).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(readdirSync(dir)).toEqual(['passwords.json']); // no temp file left behind
  });

  it('replaces and removes passwords; removing a missing one is fine', async () => {
    const { store, safe } = storeWith();
    await store.set('a', 'one');
    await store.set('b', 'two');
    await store.set('a', 'uno');
    await store.remove('b');
    await store.remove('never-there');
    const reopened = new EncryptedFileSecretStore({ safeStorage: safe.port, filePath, log });
    expect(await reopened.get('a')).toBe('uno');
    expect(await reopened.get('b')).toBeNull();
  });

  it('keeps every one of many concurrent writes', async () => {
    const { store, safe } = storeWith();
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.set(`acc-${i}`, `pw-${i}`)));
    const reopened = new EncryptedFileSecretStore({ safeStorage: safe.port, filePath, log });
    for (let i = 0; i < 20; i += 1) expect(await reopened.get(`acc-${i}`)).toBe(`pw-${i}`);
  });

  it('handles account ids that are also object keys of JavaScript', async () => {
    const { store, safe } = storeWith();
    await store.set('__proto__', 'p1');
    await store.set('constructor', 'p2');
    const reopened = new EncryptedFileSecretStore({ safeStorage: safe.port, filePath, log });
    expect(await reopened.get('__proto__')).toBe('p1');
    expect(await reopened.get('constructor')).toBe('p2');
    expect(await reopened.get('toString')).toBeNull();
  });

  it.each([
    ['encryption is unavailable', { available: false }, /cannot encrypt on this system/],
    ['Linux would use its hard-coded key (basic_text)', { backend: 'basic_text' }, /built-in key/],
  ])('refuses to write anything when %s', async (_name, options, message) => {
    const { store, safe } = storeWith(fakeSafeStorage(options));
    await expect(store.set('acc-1', PASSWORD)).rejects.toThrow(message);
    await expect(store.set('acc-1', PASSWORD)).rejects.toBeInstanceOf(SecretStoreError);
    expect(readdirSync(dir)).toEqual([]);
    expect(safe.state.encryptCalls).toBe(0);
  });

  it('returns null, and says why in the log, when the key changed', async () => {
    await storeWith().store.set('acc-1', PASSWORD);
    const otherMachine = storeWith(fakeSafeStorage()).store;
    expect(await otherMachine.get('acc-1')).toBeNull();
    expect(log.lines.join('\n')).toMatch(/Could not decrypt the saved password for acc-1/);
  });

  it('re-encrypts when safeStorage says the key was rotated', async () => {
    const { store, safe } = storeWith();
    await store.set('acc-1', PASSWORD);
    const before = readFileSync(filePath, 'utf8');
    safe.state.reEncrypt = true;
    expect(await store.get('acc-1')).toBe(PASSWORD);
    expect(readFileSync(filePath, 'utf8')).not.toBe(before);
    safe.state.reEncrypt = false;
    expect(
      await new EncryptedFileSecretStore({ safeStorage: safe.port, filePath, log }).get('acc-1'),
    ).toBe(PASSWORD);
  });

  it('sets a damaged file aside instead of overwriting it', async () => {
    writeFileSync(filePath, '{"version": 1, "secrets": {"a": 42}}');
    const { store } = storeWith();
    expect(await store.get('a')).toBeNull();
    await store.set('b', 'two');
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(2);
    expect(names[1]).toMatch(/^passwords\.json\.damaged-\d+$/);
    expect(readFileSync(join(dir, names[1] ?? ''), 'utf8')).toBe(
      '{"version": 1, "secrets": {"a": 42}}',
    );
  });
});

describe('checkSafeStorage', () => {
  it.each([
    [{}, { ok: true }],
    [
      { available: false },
      { ok: false, reason: 'Electron safeStorage cannot encrypt on this system' },
    ],
    [
      { backend: 'basic_text' },
      { ok: false, reason: 'no password store is running, so Electron would use a built-in key' },
    ],
    [
      { backend: 'unknown' },
      { ok: false, reason: 'Electron safeStorage was asked before the app was ready' },
    ],
  ])('%o -> %o', async (options, expected) => {
    expect(await checkSafeStorage(fakeSafeStorage(options).port)).toEqual(expected);
  });

  it('reports a throwing safeStorage as unavailable', async () => {
    const { port } = fakeSafeStorage();
    port.isEncryptionAvailable = () => Promise.reject(new Error('boom'));
    expect(await checkSafeStorage(port)).toEqual({ ok: false, reason: 'boom' });
  });
});
