import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../../src-preload/contract';
import {
  CURRENT_SCHEMA_VERSION,
  migrateSettings,
  migrateV0ToV1,
  migrateV1ToV2,
  type Migration,
} from './migrations';

describe('migrateV0ToV1', () => {
  const legacy = {
    server: 'wss://pbx.example.com:8089/ws',
    extension: '1001',
    password: 'hunter2',
    displayName: 'Alice',
    theme: 'dark',
  };

  it('turns the legacy flat account into a v1 account the schema accepts', () => {
    const result = migrateSettings(legacy);
    expect(result).toMatchObject({ status: 'ok', from: 0, migrated: true });
    if (result.status !== 'ok') return;
    const settings = v.parse(SettingsSchema, result.data);
    expect(settings.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(settings.ui.theme).toBe('dark');
    expect(settings.accounts).toEqual([
      expect.objectContaining({
        id: 'legacy',
        servers: ['wss://pbx.example.com:8089/ws'],
        domain: 'pbx.example.com',
        extension: '1001',
        displayName: 'Alice',
      }),
    ]);
  });

  it('drops the password wherever it is, before the schema ever sees the data', () => {
    const result = migrateSettings({
      ...legacy,
      Password: 'other',
      accounts: [
        {
          id: 'b',
          servers: ['wss://b.example/ws'],
          domain: 'b.example',
          extension: '7',
          password: 's3cret',
        },
      ],
    });
    expect(result.status).toBe('ok');
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/password/i);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('s3cret');
  });

  it('keeps an explicit domain and leaves an account-less file account-less', () => {
    expect(migrateV0ToV1({ ...legacy, domain: 'sip.example.org' }).accounts).toEqual([
      expect.objectContaining({ domain: 'sip.example.org' }),
    ]);
    expect(migrateV0ToV1({ theme: 'light' })).toEqual({ ui: { theme: 'light' } });
  });

  it('carries v1-shaped sections through, so a v1 file missing schemaVersion survives', () => {
    const v1 = { calling: { defaultCountry: 'DE' }, desktop: { closeToTray: false } };
    const result = migrateSettings(v1, { 0: migrateV0ToV1 }, 1);
    expect(result.status === 'ok' && result.data).toEqual({ ...v1, schemaVersion: 1 });
  });

  it('does not mutate its input', () => {
    const input = structuredClone(legacy);
    migrateSettings(input);
    expect(input).toEqual(legacy);
  });
});

describe('migrateV1ToV2: ask before a link dials', () => {
  it.each([
    ['a v1 file that wrote the old default', { defaultCountry: 'DE', confirmBeforeDial: false }],
    ['a v1 file without the key', { defaultCountry: 'DE' }],
    ['a v1 file that chose to ask', { defaultCountry: 'DE', confirmBeforeDial: true }],
  ])('%s asks from now on, and keeps the rest of the section', (_name, calling) => {
    const result = migrateSettings({ schemaVersion: 1, calling });
    expect(result).toMatchObject({ status: 'ok', from: 1, migrated: true });
    if (result.status !== 'ok') return;
    const settings = v.parse(SettingsSchema, result.data);
    expect(settings.calling).toMatchObject({ defaultCountry: 'DE', confirmBeforeDial: true });
    expect(settings.calling.allowTelLinks).toBe(false);
  });

  it('gives a v1 file without a calling section one that asks', () => {
    expect(migrateV1ToV2({ ui: { theme: 'dark' } })).toEqual({
      ui: { theme: 'dark' },
      calling: { confirmBeforeDial: true },
    });
  });

  it("keeps a v2 user's explicit no, and fills the new default for a fresh install", () => {
    const chosen = { schemaVersion: 2, calling: { confirmBeforeDial: false } };
    const result = migrateSettings(chosen);
    expect(result.status === 'ok' && v.parse(SettingsSchema, result.data).calling).toMatchObject({
      confirmBeforeDial: false,
    });
    expect(v.parse(SettingsSchema, {}).calling.confirmBeforeDial).toBe(true);
  });
});

describe('migrateSettings', () => {
  it('targets the version the contract writes', () => {
    expect(v.parse(SettingsSchema, {}).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('leaves a current file alone', () => {
    const current = { schemaVersion: CURRENT_SCHEMA_VERSION, ui: { theme: 'light' } };
    expect(migrateSettings(current)).toEqual({
      status: 'ok',
      data: current,
      from: CURRENT_SCHEMA_VERSION,
      migrated: false,
    });
  });

  it('runs every step in order and stamps each version', () => {
    const seen: unknown[] = [];
    const step =
      (tag: string): Migration =>
      (raw) => {
        seen.push(raw.schemaVersion);
        return { ...raw, [tag]: true };
      };
    const result = migrateSettings({}, { 0: step('a'), 1: step('b'), 2: step('c') }, 3);
    expect(seen).toEqual([undefined, 1, 2]);
    expect(result).toEqual({
      status: 'ok',
      data: { a: true, b: true, c: true, schemaVersion: 3 },
      from: 0,
      migrated: true,
    });
  });

  it.each([
    ['a newer version', { schemaVersion: 7 }, { status: 'too-new', version: 7 }],
    ['a non-object', ['x'], { status: 'failed', reason: 'the file does not hold an object' }],
    [
      'a fractional version',
      { schemaVersion: 1.5 },
      { status: 'failed', reason: 'schemaVersion is not a whole number' },
    ],
    [
      'a string version',
      { schemaVersion: '1' },
      { status: 'failed', reason: 'schemaVersion is not a whole number' },
    ],
  ])('reports %s instead of guessing', (_name, raw, expected) => {
    expect(migrateSettings(raw)).toEqual(expected);
  });

  it('reports a throwing or missing step rather than throwing', () => {
    const boom: Migration = () => {
      throw new Error('boom');
    };
    expect(migrateSettings({}, { 0: boom }, 1)).toEqual({
      status: 'failed',
      reason: 'migration from version 0 failed: boom',
    });
    expect(migrateSettings({}, {}, 1)).toEqual({
      status: 'failed',
      reason: 'no migration from version 0',
    });
  });
});
