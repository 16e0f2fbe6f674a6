/**
 * TURN credentials live in the secret store, never in settings.json. Driven through the ports:
 * the real backend over `conf` in a temp folder (so the file on disk is what is checked) and a
 * secret store in a Map (secrets/test-fakes.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountProfileInput } from '../../../src-preload/contract';
import { memorySecretStore, recordingLog } from '../secrets/test-fakes';
import { createJsonStoreBackend } from './json-store-backend';
import { openSettingsService, PROVISIONING_SLOT, turnKey } from './turn-credentials';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'softphone-turn-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const TURN_SECRET = 'turn-S3cret-9f2c';
const OTHER_SECRET = 'other-T0ken-77';

function line(id: string, credential = TURN_SECRET): AccountProfileInput {
  return {
    id,
    servers: ['wss://pbx.example.com/ws'],
    domain: 'pbx.example.com',
    extension: '1001',
    iceServers: [
      { urls: 'stun:stun.example.com' },
      { urls: ['turn:turn.example.com:3478'], username: 'alice', credential },
    ],
  };
}

const backend = () =>
  createJsonStoreBackend({
    directory: dir,
    open: ({ name, ...options }) => new Conf({ ...options, configName: name }),
  });
const fileText = () => readFileSync(join(dir, 'settings.json'), 'utf8');
const allFiles = () =>
  readdirSync(dir)
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');

async function open(secrets = memorySecretStore()) {
  const log = recordingLog();
  const service = await openSettingsService(backend(), secrets.store, { log });
  return { service, secrets, log };
}

/** Lets queued secret-store writes finish (they run after the synchronous file write). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('TURN credentials in the secret store', () => {
  it('saves them to the secret store, never to settings.json, and the page still gets them', async () => {
    const { service, secrets } = await open();
    service.update({ accounts: [line('a1')] });
    await settle();
    expect(fileText()).toContain('turn.example.com');
    expect(fileText()).toContain('alice');
    expect(fileText()).not.toContain(TURN_SECRET);
    expect(fileText()).not.toMatch(/credential/);
    expect(JSON.parse(secrets.items.get(turnKey('a1')) ?? 'null')).toEqual([
      null,
      { urls: ['turn:turn.example.com:3478'], username: 'alice', credential: TURN_SECRET },
    ]);
    expect(service.get().accounts[0]?.iceServers[1]?.credential).toBe(TURN_SECRET);
  });

  it('merges them back after a restart', async () => {
    const first = await open();
    first.service.update({ accounts: [line('a1')] });
    await settle();
    const again = await open(first.secrets);
    expect(again.service.get().accounts[0]?.iceServers).toEqual([
      { urls: 'stun:stun.example.com' },
      { urls: ['turn:turn.example.com:3478'], username: 'alice', credential: TURN_SECRET },
    ]);
    expect(fileText()).not.toContain(TURN_SECRET);
  });

  it('migrates a settings file that holds them: moved to the store, file rewritten without', async () => {
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ schemaVersion: 2, accounts: [line('a1'), line('b2', OTHER_SECRET)] }),
    );
    const { service, secrets, log } = await open();
    expect(fileText()).not.toContain(TURN_SECRET);
    expect(fileText()).not.toContain(OTHER_SECRET);
    expect(fileText()).toContain('turn.example.com');
    expect(secrets.items.get(turnKey('a1'))).toContain(TURN_SECRET);
    expect(secrets.items.get(turnKey('b2'))).toContain(OTHER_SECRET);
    expect(service.get().accounts.map((a) => a.iceServers[1]?.credential)).toEqual([
      TURN_SECRET,
      OTHER_SECRET,
    ]);
    expect(log.lines.join('\n')).toMatch(/moved from the settings file/);
    expect(log.lines.join('\n')).not.toContain(TURN_SECRET);
  });

  it('keeps them in the file when the store refuses them, rather than losing them', async () => {
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ schemaVersion: 2, accounts: [line('a1')] }),
    );
    const secrets = memorySecretStore();
    secrets.state.failWith = new Error('The keyring is locked');
    const { service } = await open(secrets);
    expect(service.get().accounts[0]?.iceServers[1]?.credential).toBe(TURN_SECRET);
    expect(fileText()).toContain(TURN_SECRET);
  });

  it('removes the entry when a line is removed, or its credential is', async () => {
    const { service, secrets } = await open();
    service.update({ accounts: [line('a1'), line('b2', OTHER_SECRET)] });
    await settle();
    service.update({ accounts: [line('b2', OTHER_SECRET)] });
    await settle();
    expect(secrets.items.has(turnKey('a1'))).toBe(false);
    expect(secrets.items.has(turnKey('b2'))).toBe(true);
    service.update({ accounts: [{ ...line('b2'), iceServers: [{ urls: 'stun:s.example' }] }] });
    await settle();
    expect(secrets.items.has(turnKey('b2'))).toBe(false);
  });

  it('removes every entry when the data is reset', async () => {
    const { service, secrets } = await open();
    service.update({ accounts: [line('a1'), line('b2')] });
    await settle();
    service.reset();
    await settle();
    expect([...secrets.items.keys()]).toEqual([]);
    expect(allFiles()).not.toContain(TURN_SECRET);
  });

  it('gives a credential back only to the server it was saved for', async () => {
    const first = await open();
    first.service.update({ accounts: [line('a1')] });
    await settle();
    // The file now names another TURN server at that index (edited, or an interrupted save).
    const onDisk = JSON.parse(fileText()) as { accounts: { iceServers: { urls: unknown }[] }[] };
    onDisk.accounts[0]!.iceServers[1]!.urls = ['turn:evil.example:3478'];
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(onDisk));
    const again = await open(first.secrets);
    expect(again.service.get().accounts[0]?.iceServers[1]).toEqual({
      urls: ['turn:evil.example:3478'],
      username: 'alice',
    });
  });

  it('leaves a stored entry alone when it could not be read at start', async () => {
    const first = await open();
    first.service.update({ accounts: [line('a1')] });
    await settle();
    const { secrets } = first;
    secrets.state.failWith = new Error('The keyring is locked');
    const again = await open(secrets);
    secrets.state.failWith = undefined;
    again.service.update({ ui: { theme: 'dark', language: 'en' } });
    await settle();
    expect(secrets.items.get(turnKey('a1'))).toContain(TURN_SECRET);
  });

  it('keeps a damaged file aside without the credentials it held', async () => {
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ schemaVersion: 2, ui: { theme: 'purple' }, accounts: [line('a1')] }),
    );
    const { service } = await open();
    expect(service.startupNotice).toMatch(/damaged/);
    expect(readdirSync(dir).some((name) => name.includes('damaged'))).toBe(true);
    expect(allFiles()).not.toContain(TURN_SECRET);
  });

  it("keeps the provisioning profile's TURN credentials out of the file too", async () => {
    const { service, secrets } = await open();
    const profile = {
      version: 1 as const,
      provider: 'Example',
      servers: ['wss://pbx.example.com/ws'],
      domain: 'pbx.example.com',
      iceServers: line('x').iceServers,
    };
    service.update({ provisioning: profile });
    await settle();
    expect(fileText()).toContain('Example');
    expect(fileText()).not.toContain(TURN_SECRET);
    expect(secrets.items.get(turnKey(PROVISIONING_SLOT))).toContain(TURN_SECRET);
    const again = await open(secrets);
    expect(again.service.get().provisioning?.iceServers[1]?.credential).toBe(TURN_SECRET);
    again.service.update({ provisioning: undefined });
    await settle();
    expect(secrets.items.size).toBe(0);
  });
});
