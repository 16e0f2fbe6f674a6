import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeytarSecretStore } from './keytar-secret-store';
import { openSecretStore, PROBE_ACCOUNT } from './open-secret-store';
import { fakeKeytar, fakeSafeStorage, recordingLog } from './test-fakes';

const PASSWORD = 'Tr0ub4dor&3';

let dir: string;
let log: ReturnType<typeof recordingLog>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'softphone-open-secrets-'));
  log = recordingLog();
});
afterEach(() => {
  expect(log.lines.join('\n')).not.toContain(PASSWORD);
  rmSync(dir, { recursive: true, force: true });
});

const options = (overrides: Partial<Parameters<typeof openSecretStore>[0]> = {}) => ({
  loadKeytar: async () => fakeKeytar().keytar,
  safeStorage: fakeSafeStorage().port,
  filePath: join(dir, 'passwords.json'),
  log,
  ...overrides,
});

describe('openSecretStore', () => {
  it('uses the keychain when keytar loads and answers, with no warning', async () => {
    const { keytar, items } = fakeKeytar();
    const probed: string[] = [];
    const opened = await openSecretStore(
      options({
        loadKeytar: async () => ({
          ...keytar,
          getPassword: (service, account) => {
            probed.push(`${service}/${account}`);
            return keytar.getPassword(service, account);
          },
        }),
      }),
    );
    expect(opened.store).toBeInstanceOf(KeytarSecretStore);
    expect(opened.store.backend).toBe('keychain');
    expect(opened.warning).toBeUndefined();
    expect(probed).toEqual([`Softphone/${PROBE_ACCOUNT}`]);
    await opened.store.set('acc-1', PASSWORD);
    expect(items.get('Softphone/acc-1')).toBe(PASSWORD);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('falls back to safeStorage when keytar cannot load, and says so', async () => {
    const opened = await openSecretStore(
      options({
        loadKeytar: () =>
          Promise.reject(
            new Error('libsecret-1.so.0: cannot open shared object file\n    at Module._load'),
          ),
      }),
    );
    expect(opened.store.backend).toBe('safe-storage');
    expect(opened.warning).toBe(
      'The system keychain is not available (libsecret-1.so.0: cannot open shared object file); passwords are encrypted with Electron safeStorage instead.',
    );
    await opened.store.set('acc-1', PASSWORD);
    expect(await opened.store.get('acc-1')).toBe(PASSWORD);
    expect(readdirSync(dir)).toEqual(['passwords.json']);
  });

  it('falls back when keytar loads but the Secret Service does not answer the probe', async () => {
    const { keytar, state } = fakeKeytar();
    state.failWith = new Error('Cannot autolaunch D-Bus without X11 $DISPLAY');
    const opened = await openSecretStore(options({ loadKeytar: async () => keytar }));
    expect(opened.store.backend).toBe('safe-storage');
    expect(opened.warning).toMatch(
      /^The system keychain is not available \(Cannot autolaunch D-Bus without X11 \$DISPLAY\)/,
    );
  });

  it('gives up on a keychain that hangs, instead of hanging start-up', async () => {
    const { keytar } = fakeKeytar();
    const hanging = { ...keytar, getPassword: () => new Promise<string | null>(() => {}) };
    const opened = await openSecretStore(
      options({ loadKeytar: async () => hanging, probeTimeoutMs: 30 }),
    );
    expect(opened.store.backend).toBe('safe-storage');
    expect(opened.warning).toMatch(/it did not answer within 30 ms/);
  });

  it.each([
    [
      'safeStorage cannot encrypt',
      { available: false },
      'Electron safeStorage cannot encrypt on this system',
    ],
    [
      'Linux has no password store',
      { backend: 'basic_text' },
      'no password store is running, so Electron would use a built-in key',
    ],
  ])(
    'keeps passwords in memory only when %s, and never writes a file',
    async (_name, safe, reason) => {
      const opened = await openSecretStore(
        options({
          loadKeytar: () => Promise.reject(new Error('No such interface')),
          safeStorage: fakeSafeStorage(safe).port,
        }),
      );
      expect(opened.store.backend).toBe('session');
      expect(opened.warning).toBe(
        `The system keychain is not available (No such interface) and ${reason}; ` +
          'passwords are kept in memory for this session only and must be entered again after a restart.',
      );
      await opened.store.set('acc-1', PASSWORD);
      expect(await opened.store.get('acc-1')).toBe(PASSWORD);
      await opened.store.remove('acc-1');
      expect(await opened.store.get('acc-1')).toBeNull();
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it('uses the service name it is given, so tests never touch the real "Softphone" items', async () => {
    const { keytar, items } = fakeKeytar();
    const opened = await openSecretStore(
      options({ loadKeytar: async () => keytar, service: 'Softphone-test' }),
    );
    await opened.store.set('acc-1', 'x');
    expect([...items.keys()]).toEqual(['Softphone-test/acc-1']);
  });
});
