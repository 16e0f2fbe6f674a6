/**
 * The secret store against a real Secret Service, through the real keytar addon.
 *
 *   bash tests/scripts/with-keyring.sh npx vitest run --config tests/keyring/vitest.config.ts
 *
 * With CI=true (or 1) or REQUIRE_KEYRING=1 these tests FAIL when no Secret Service answers; run
 * locally outside the script, they skip and say why. Items are written under a service name of
 * their own ("Softphone-test-…") and removed afterwards, so a developer's real keychain is safe.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  KeytarSecretStore,
  loadKeytar,
  openSecretStore,
  type KeytarLike,
  type Logger,
  type SafeStorageLike,
} from '../../src-main/services/secrets';

const required =
  ['true', '1'].includes(process.env.CI ?? '') || process.env.REQUIRE_KEYRING === '1';
const service = `Softphone-test-${process.pid}-${randomBytes(4).toString('hex')}`;

/** Can keytar load, and does a Secret Service answer a read within a few seconds? */
async function probeSecretService(): Promise<
  { ok: true; keytar: KeytarLike } | { ok: false; reason: string }
> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const keytar = await loadKeytar();
    await Promise.race([
      keytar.getPassword(service, 'probe'),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('the Secret Service did not answer within 10 s')),
          10_000,
        );
      }),
    ]);
    return { ok: true, keytar };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

const gate = await probeSecretService();
if (!gate.ok && !required) {
  console.warn(
    `[keyring] skipping: no Secret Service reachable (${gate.reason}). ` +
      'Run: bash tests/scripts/with-keyring.sh npx vitest run --config tests/keyring/vitest.config.ts',
  );
}

const logLines: string[] = [];
const log: Logger = {
  info: (m) => logLines.push(m),
  warn: (m) => logLines.push(m),
  error: (m) => logLines.push(m),
};

/** Must never be touched while the keychain works. */
const unusedSafeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => Promise.reject(new Error('safeStorage must not be consulted')),
  encryptString: () => Promise.reject(new Error('safeStorage must not be used')),
  decryptString: () => Promise.reject(new Error('safeStorage must not be used')),
};

/** Reads an item from another process, so the test proves it is in the Secret Service, not in ours. */
function readFromAnotherProcess(account: string): string {
  const script =
    "require('keytar').getPassword(process.argv[1], process.argv[2])" +
    '.then((p) => process.stdout.write(JSON.stringify(p)), (e) => { console.error(e.message); process.exit(1); })';
  return JSON.parse(
    execFileSync(process.execPath, ['-e', script, service, account], {
      encoding: 'utf8',
      timeout: 15_000,
    }),
  ) as string;
}

describe('SecretStore against a real Secret Service (gnome-keyring)', () => {
  beforeEach((context) => {
    if (gate.ok) return;
    if (required) {
      throw new Error(
        `No Secret Service is reachable (${gate.reason}), and CI/REQUIRE_KEYRING demands one. ` +
          'Run the keyring tests under tests/scripts/with-keyring.sh.',
      );
    }
    context.skip(`no Secret Service reachable (${gate.reason})`);
  });

  afterAll(async () => {
    if (!gate.ok) return;
    for (const account of ['acc-1', 'acc-2', 'acc-long'])
      await gate.keytar.deletePassword(service, account);
    expect(logLines.join('\n')).not.toMatch(/pässwörd|x{1024}/);
  });

  it('chooses the keychain, with no warning and without touching safeStorage', async () => {
    const opened = await openSecretStore({
      loadKeytar,
      safeStorage: unusedSafeStorage,
      filePath: '/nonexistent/never-written.json',
      log,
      service,
    });
    expect(opened.store.backend).toBe('keychain');
    expect(opened.warning).toBeUndefined();
  });

  it('stores a password where another process can read it, and removes it again', async () => {
    const { store } = await openSecretStore({
      loadKeytar,
      safeStorage: unusedSafeStorage,
      filePath: '/nonexistent',
      log,
      service,
    });
    const password = 'pässwörd with spaces & ünïcödé ✓';
    expect(await store.get('acc-1')).toBeNull();
    await store.set('acc-1', password);
    expect(await store.get('acc-1')).toBe(password);
    expect(readFromAnotherProcess('acc-1')).toBe(password);
    await store.remove('acc-1');
    expect(await store.get('acc-1')).toBeNull();
    expect(readFromAnotherProcess('acc-1')).toBeNull();
  });

  it('keeps accounts apart, replaces in place, and takes the longest password the contract allows', async () => {
    if (!gate.ok) return;
    const store = new KeytarSecretStore(gate.keytar, { service, log });
    const long = 'x'.repeat(1024);
    await store.set('acc-1', 'first');
    await store.set('acc-2', 'second');
    await store.set('acc-1', 'first, changed');
    await store.set('acc-long', long);
    expect(await store.get('acc-1')).toBe('first, changed');
    expect(await store.get('acc-2')).toBe('second');
    expect(await store.get('acc-long')).toBe(long);
    await store.remove('acc-2');
    await store.remove('acc-2'); // removing twice is not an error
    expect(await store.get('acc-1')).toBe('first, changed');
  });
});
