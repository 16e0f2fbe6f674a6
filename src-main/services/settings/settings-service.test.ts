import { describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { defaultSettings, SettingsSchema, type Settings } from '../../../src-preload/contract';
import type { Logger, SettingsBackend, SettingsLoad } from './ports';
import { SettingsError, SettingsService } from './settings-service';

const account = {
  id: 'a1',
  servers: ['wss://pbx.example.com/ws'],
  domain: 'pbx.example.com',
  extension: '1001',
};

/** An in-memory backend that records what a real one would have on disk. */
function fakeBackend(initial: SettingsLoad = { status: 'missing' }) {
  const state = {
    load: initial,
    saved: [] as Settings[],
    quarantined: 0,
    failSave: false,
    failQuarantine: false,
    backupContents: undefined as string | undefined,
  };
  const backend: SettingsBackend = {
    load: () => state.load,
    save(settings) {
      if (state.failSave) throw new Error('ENOSPC: no space left on device');
      state.saved.push(structuredClone(settings));
    },
    quarantine(contents) {
      if (state.failQuarantine) throw new Error('EACCES: permission denied');
      state.quarantined += 1;
      state.backupContents = contents;
      return '/data/settings.damaged-2025-01-01T00-00-00-000Z.json';
    },
  };
  return { backend, state };
}

function fakeLog() {
  const lines: string[] = [];
  const log: Logger = {
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
  return { log, lines };
}

const open = (load: SettingsLoad) => {
  const { backend, state } = fakeBackend(load);
  const { log, lines } = fakeLog();
  return { service: SettingsService.open(backend, { log }), state, lines };
};

describe('SettingsService.open', () => {
  it('starts a fresh install from defaults, quietly', () => {
    const { service, state } = open({ status: 'missing' });
    expect(service.get()).toEqual(defaultSettings());
    expect(service.startupNotice).toBeUndefined();
    expect(state.saved).toEqual([]);
  });

  it('starts a fresh install, and defaults after damage, in the system’s language', () => {
    const languages = ['fr-BE', 'en-US'];
    const fresh = SettingsService.open(fakeBackend().backend, { log: fakeLog().log, languages });
    expect(fresh.get().ui.language).toBe('fr');
    fresh.update({ ui: { theme: 'dark', language: 'de' } });
    expect(fresh.reset().ui.language).toBe('fr');
    const damaged = fakeBackend({ status: 'damaged', reason: 'not JSON' });
    const recovered = SettingsService.open(damaged.backend, { log: fakeLog().log, languages });
    expect(recovered.get().ui.language).toBe('fr');
    const stored = fakeBackend({
      status: 'loaded',
      data: { ...defaultSettings(), ui: { theme: 'system', language: 'de' } },
    });
    expect(
      SettingsService.open(stored.backend, { log: fakeLog().log, languages }).get().ui.language,
    ).toBe('de');
  });

  it('loads a valid file without rewriting it', () => {
    // As this build writes it, but with its keys in another order (say, after a hand edit).
    const written = v.parse(SettingsSchema, { accounts: [account] });
    const stored = Object.fromEntries(
      Object.entries(JSON.parse(JSON.stringify(written)) as object).reverse(),
    );
    const { service, state } = open({ status: 'loaded', data: stored });
    expect(service.get().accounts[0]).toMatchObject(account);
    expect(state.saved).toEqual([]);
  });

  it.each([
    ['invalid JSON', { status: 'damaged', reason: 'Unexpected end of JSON input' } as const],
    [
      'JSON that fails the schema',
      { status: 'loaded', data: { schemaVersion: 1, accounts: [{ id: '' }] } } as const,
    ],
    ['JSON whose migration fails', { status: 'loaded', data: { schemaVersion: 'one' } } as const],
  ])('keeps a backup and restores defaults on %s', (_name, load) => {
    const { service, state } = open(load);
    expect(service.get()).toEqual(defaultSettings());
    expect(state.quarantined).toBe(1);
    expect(state.saved).toEqual([defaultSettings()]);
    expect(service.startupNotice).toBe(
      'Your settings file was damaged; it was kept as /data/settings.damaged-2025-01-01T00-00-00-000Z.json and defaults were restored.',
    );
  });

  it('says so when the file comes from a newer version', () => {
    const { service, state } = open({ status: 'loaded', data: { schemaVersion: 9 } });
    expect(state.quarantined).toBe(1);
    expect(service.startupNotice).toMatch(
      /written by a newer version of Softphone; it was kept as \/data\//,
    );
  });

  it('never overwrites a damaged file it could not back up', () => {
    const { backend, state } = fakeBackend({ status: 'damaged', reason: 'x' });
    state.failQuarantine = true;
    const service = SettingsService.open(backend, { log: fakeLog().log });
    expect(service.get()).toEqual(defaultSettings());
    expect(state.saved).toEqual([]);
    expect(service.startupNotice).toMatch(/could not be backed up/);
  });

  it('never throws, even when the backend does', () => {
    const backend: SettingsBackend = {
      load: () => {
        throw new Error('EIO: i/o error');
      },
      save: () => {
        throw new Error('EIO');
      },
      quarantine: () => {
        throw new Error('EIO');
      },
    };
    const service = SettingsService.open(backend, { log: fakeLog().log });
    expect(service.get()).toEqual(defaultSettings());
    expect(service.startupNotice).toBe(
      'Your settings could not be read (EIO: i/o error); defaults are in use until you change something.',
    );
  });

  it('saves a migrated legacy file at once, so its password leaves the disk', () => {
    const legacy = { server: 'wss://pbx.example.com/ws', extension: '1001', password: 'hunter2' };
    const { service, state, lines } = open({ status: 'loaded', data: legacy });
    expect(service.get().accounts).toEqual([
      expect.objectContaining({ id: 'legacy', extension: '1001' }),
    ]);
    expect(state.saved).toHaveLength(1);
    expect(JSON.stringify(state.saved)).not.toContain('hunter2');
    expect(lines.join('\n')).not.toContain('hunter2');
    expect(service.startupNotice).toBeUndefined();
  });

  it('keeps a damaged legacy file as a backup without its password', () => {
    const legacy = { server: 'not a url', extension: '1001', password: 'hunter2', theme: 'dark' };
    const { state, service } = open({ status: 'loaded', data: legacy });
    expect(state.quarantined).toBe(1);
    expect(service.startupNotice).toMatch(/^Your settings file was damaged/);
    expect(JSON.parse(state.backupContents ?? 'null')).toEqual({
      server: 'not a url',
      extension: '1001',
      theme: 'dark',
    });
  });

  it('keeps a damaged file verbatim (moved, not rewritten) when it holds no password', () => {
    const { state } = open({ status: 'loaded', data: { schemaVersion: 1, ui: { theme: 'x' } } });
    expect(state.quarantined).toBe(1);
    expect(state.backupContents).toBeUndefined();
  });

  it('rewrites a current-version file that carries keys the schema drops', () => {
    const stored = { ...defaultSettings(), accounts: [{ ...account, password: 'hunter2' }] };
    const { state } = open({ status: 'loaded', data: stored });
    expect(state.saved).toHaveLength(1);
    expect(JSON.stringify(state.saved)).not.toContain('hunter2');
  });

  it('logs where the schema failed, never the offending value', () => {
    const { lines } = open({
      status: 'loaded',
      data: { schemaVersion: 1, accounts: [{ ...account, servers: ['http://leak.example'] }] },
    });
    expect(lines.join('\n')).toContain('accounts.0.servers.0');
    expect(lines.join('\n')).not.toContain('leak.example');
  });
});

describe('SettingsService.update', () => {
  it('replaces whole sections, saves, and notifies subscribers once', () => {
    const { service, state } = open({ status: 'missing' });
    const listener = vi.fn();
    service.subscribe(listener);
    const next = service.update({ ui: { theme: 'dark' } });
    expect(next.ui).toEqual({ theme: 'dark', language: 'en' });
    expect(next.calling).toEqual(defaultSettings().calling);
    expect(state.saved.at(-1)).toEqual(next);
    expect(listener).toHaveBeenCalledExactlyOnceWith(next);
    // Sections are replaced, not merged: the omitted `theme` goes back to its default.
    expect(service.update({ ui: { language: 'de' } }).ui).toEqual({
      theme: 'system',
      language: 'de',
    });
  });

  it('does not save or notify when nothing changed', () => {
    const { service, state } = open({ status: 'missing' });
    const listener = vi.fn();
    service.subscribe(listener);
    service.update({ ui: { theme: 'system' } });
    expect(state.saved).toEqual([]);
    expect(listener).not.toHaveBeenCalled();
  });

  it('removes the provisioning profile when given undefined', () => {
    const { service } = open({ status: 'missing' });
    service.update({
      provisioning: {
        version: 1,
        provider: 'Acme',
        servers: ['wss://acme.example/ws'],
        domain: 'acme.example',
      },
    });
    expect(service.get().provisioning?.provider).toBe('Acme');
    expect(service.update({ provisioning: undefined }).provisioning).toBeUndefined();
  });

  it('refuses an invalid patch with a readable message and changes nothing', () => {
    const { service, state } = open({ status: 'missing' });
    const before = service.get();
    const patch = { accounts: [{ ...account, servers: ['http://x'] }] };
    expect(() => service.update(patch)).toThrow(
      'Invalid settings at accounts.0.servers.0: Server must start with wss:// (or ws:// for a local test server)',
    );
    expect(() => service.update(patch)).toThrow(SettingsError);
    try {
      service.update(patch);
    } catch (error) {
      expect(error).toMatchObject({ code: 'settingsInvalid' });
    }
    expect(service.get()).toBe(before);
    expect(state.saved).toEqual([]);
  });

  it('keeps the old settings when the save fails', () => {
    const { backend, state } = fakeBackend();
    const service = SettingsService.open(backend, { log: fakeLog().log });
    const listener = vi.fn();
    service.subscribe(listener);
    state.failSave = true;
    expect(() => service.update({ ui: { theme: 'dark' } })).toThrow(
      'Your settings could not be saved (ENOSPC: no space left on device).',
    );
    expect(service.get().ui.theme).toBe('system');
    expect(listener).not.toHaveBeenCalled();
  });

  it('hands out frozen settings, so nobody changes them behind the service', () => {
    const { service } = open({ status: 'missing' });
    const settings = service.get();
    expect(() => {
      settings.ui.theme = 'dark';
    }).toThrow(TypeError);
  });

  it('survives a throwing subscriber and stops calling an unsubscribed one', () => {
    const { service } = open({ status: 'missing' });
    const good = vi.fn();
    const unsubscribe = service.subscribe(() => {
      throw new Error('renderer gone');
    });
    service.subscribe(good);
    service.update({ ui: { theme: 'dark' } });
    expect(good).toHaveBeenCalledTimes(1);
    unsubscribe();
    const gone = vi.fn();
    service.subscribe(gone)();
    service.update({ ui: { theme: 'light' } });
    expect(gone).not.toHaveBeenCalled();
    expect(good).toHaveBeenCalledTimes(2);
  });
});

describe('SettingsService.reset', () => {
  it('restores defaults but keeps the sections the user chose', () => {
    const { service, state } = open({ status: 'missing' });
    service.update({ accounts: [account], ui: { theme: 'dark' }, calling: { doNotDisturb: true } });
    const after = service.reset({ keep: ['accounts'] });
    expect(after.accounts).toEqual([expect.objectContaining(account)]);
    expect(after.ui).toEqual(defaultSettings().ui);
    expect(after.calling).toEqual(defaultSettings().calling);
    expect(state.saved.at(-1)).toEqual(after);
  });

  it('resets everything when nothing is kept', () => {
    const { service } = open({ status: 'missing' });
    service.update({ accounts: [account] });
    expect(service.reset()).toEqual(defaultSettings());
  });
});
