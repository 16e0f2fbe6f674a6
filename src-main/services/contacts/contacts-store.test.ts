import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../src-preload/contract';
import { ContactsStore } from './contacts-store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const log = { info: () => {}, warn: () => {}, error: () => {} };
const anna: Contact = {
  id: 'c1',
  name: 'Anna Schmidt',
  numbers: [{ label: 'work', number: '+49 30 1234567' }],
  favourite: true,
};

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'softphone-contacts-'));
  dirs.push(dir);
  return join(dir, 'contacts.json');
}

describe('ContactsStore', () => {
  it('saves, replaces and removes contacts in a private file that a new store reads back', async () => {
    const filePath = tempFile();
    const store = await ContactsStore.open({ filePath, log });
    await store.save([anna, { ...anna, id: 'c2', name: 'Ben', favourite: false }]);
    await store.save([{ ...anna, name: 'Anna Schmidt-Lang' }]);
    await store.remove(['c2']);
    expect(statSync(filePath).mode & 0o777).toBe(0o600);
    const again = await ContactsStore.open({ filePath, log });
    expect(again.list()).toEqual([{ ...anna, name: 'Anna Schmidt-Lang' }]);
  });

  it('refuses an invalid contact and writes nothing', async () => {
    const filePath = tempFile();
    const store = await ContactsStore.open({ filePath, log });
    await expect(store.save([{ ...anna, name: '' }])).rejects.toThrow('Invalid contact');
    expect(store.size).toBe(0);
  });

  it('drops entries that no longer fit the schema, and keeps the rest', async () => {
    const filePath = tempFile();
    writeFileSync(filePath, JSON.stringify({ version: 1, contacts: [anna, { id: 'bad' }] }));
    const store = await ContactsStore.open({ filePath, log });
    expect(store.list()).toEqual([anna]);
  });

  it('never writes over a file it could not parse', async () => {
    const filePath = tempFile();
    writeFileSync(filePath, '{ not json');
    const store = await ContactsStore.open({ filePath, log });
    await expect(store.save([anna])).rejects.toThrow(/unavailable/);
    expect(readFileSync(filePath, 'utf8')).toBe('{ not json');
  });
});
