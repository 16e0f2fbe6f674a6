/**
 * Drives the backend with `conf`, the library electron-store 11 extends (electron-store only adds
 * the userData default and an IPC helper), so these tests exercise the real parse, atomic write
 * and error behaviour the app will see — without the Electron binary.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src-preload/contract';
import { createJsonStoreBackend } from './json-store-backend';
import { SettingsService } from './settings-service';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'softphone-settings-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const silent = { info() {}, warn() {}, error() {} };
const fixedNow = () => new Date('2025-11-25T20:36:00.123Z');

function backend() {
  return createJsonStoreBackend({
    directory: dir,
    now: fixedNow,
    open: ({ name, ...options }) =>
      new Conf<Record<string, unknown>>({ ...options, configName: name }),
  });
}

describe('createJsonStoreBackend over conf', () => {
  it('reports a missing file and writes none until asked', () => {
    expect(backend().load()).toEqual({ status: 'missing' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('saves atomically to settings.json with owner-only permissions, and reads it back', () => {
    const first = backend();
    first.load();
    first.save({ ...defaultSettings(), ui: { theme: 'dark', language: 'de' } });
    const file = join(dir, 'settings.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ ui: { theme: 'dark' } });
    expect(readdirSync(dir)).toEqual(['settings.json']); // no temp files left behind
    const loaded = backend().load();
    expect(loaded.status === 'loaded' && loaded.data).toMatchObject({
      schemaVersion: 2,
      ui: { language: 'de' },
    });
  });

  it.each([
    ['truncated JSON', '{"schemaVersion": 2, "ui": {'],
    ['an empty file', ''],
    ['a JSON array', '[1, 2]'],
    ['JSON null', 'null'],
  ])('reports %s as damaged (conf would otherwise throw or coerce it)', (_name, text) => {
    writeFileSync(join(dir, 'settings.json'), text);
    expect(backend().load()).toMatchObject({ status: 'damaged' });
  });

  it('quarantines a damaged file under a timestamped name and starts a fresh store', () => {
    writeFileSync(join(dir, 'settings.json'), '{oops');
    const store = backend();
    expect(store.load().status).toBe('damaged');
    const backup = store.quarantine();
    expect(backup).toBe(join(dir, 'settings.damaged-2025-11-25T20-36-00-123Z.json'));
    expect(readFileSync(backup, 'utf8')).toBe('{oops');
    expect(store.load()).toEqual({ status: 'missing' });
    store.save(defaultSettings());
    expect(store.load().status).toBe('loaded');
    // A second quarantine in the same millisecond does not overwrite the first backup.
    expect(store.quarantine()).toBe(join(dir, 'settings.damaged-2025-11-25T20-36-00-123Z-2.json'));
    expect(readFileSync(backup, 'utf8')).toBe('{oops');
  });
});

describe('SettingsService over conf, end to end on disk', () => {
  it('recovers from a damaged file: backup kept, defaults on disk, notice for the user', () => {
    writeFileSync(join(dir, 'settings.json'), '{"schemaVersion": 1, "accounts": [');
    const service = SettingsService.open(backend(), { log: silent });
    const backup = join(dir, 'settings.damaged-2025-11-25T20-36-00-123Z.json');
    expect(service.startupNotice).toBe(
      `Your settings file was damaged; it was kept as ${backup} and defaults were restored.`,
    );
    expect(readFileSync(backup, 'utf8')).toBe('{"schemaVersion": 1, "accounts": [');
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual(defaultSettings());
  });

  it('recovers from valid JSON that fails the schema', () => {
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ schemaVersion: 1, ui: { theme: 'purple' } }),
    );
    const service = SettingsService.open(backend(), { log: silent });
    expect(service.startupNotice).toMatch(
      /^Your settings file was damaged; it was kept as .*settings\.damaged-/,
    );
    expect(service.get()).toEqual(defaultSettings());
  });

  it('backs up a legacy file it cannot migrate without the password it held', () => {
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ server: 'ftp://nope', extension: '1001', password: 'hunter2' }),
    );
    const service = SettingsService.open(backend(), { log: silent });
    expect(service.startupNotice).toMatch(/^Your settings file was damaged/);
    const backup = join(dir, 'settings.damaged-2025-11-25T20-36-00-123Z.json');
    expect(readFileSync(backup, 'utf8')).not.toContain('hunter2');
    expect(JSON.parse(readFileSync(backup, 'utf8'))).toEqual({
      server: 'ftp://nope',
      extension: '1001',
    });
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual([
      'settings.damaged-2025-11-25T20-36-00-123Z.json',
      'settings.json',
    ]);
  });

  it('migrates a legacy file on disk and leaves no password in it', () => {
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({
        server: 'wss://pbx.example.com/ws',
        extension: '1001',
        password: 'hunter2',
      }),
    );
    const service = SettingsService.open(backend(), { log: silent });
    expect(service.get().accounts[0]?.extension).toBe('1001');
    const onDisk = readFileSync(join(dir, 'settings.json'), 'utf8');
    expect(onDisk).not.toContain('hunter2');
    expect(onDisk).not.toMatch(/password/i);
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('persists updates across restarts', () => {
    SettingsService.open(backend(), { log: silent }).update({ calling: { defaultCountry: 'DE' } });
    const reopened = SettingsService.open(backend(), { log: silent });
    expect(reopened.get().calling.defaultCountry).toBe('DE');
    expect(reopened.startupNotice).toBeUndefined();
  });
});
