import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../src-preload/contract';
import { resetAppData } from './reset-data';

const account = (id: string) => ({
  id,
  servers: ['wss://pbx.example.com/ws'],
  domain: 'pbx.example.com',
  extension: id,
  iceServers: [],
  registerExpires: 600,
  dtmfMode: 'rfc2833' as const,
});

function setup(failFor: string[] = []) {
  let settings: Settings = {
    ...defaultSettings(),
    accounts: [account('1005'), account('1006')],
    ui: { theme: 'dark', language: 'de' },
  };
  const passwords = new Map([
    ['1005', 'a'],
    ['1006', 'b'],
    ['turn:1005', '[{"credential":"t"}]'],
    ['turn:1006', '[{"credential":"u"}]'],
  ]);
  const state = {
    historyCleared: false,
    contactsCleared: false,
    windowCleared: false,
    reset: [] as string[][],
  };
  const deps = {
    settings: {
      get: () => settings,
      reset: ({ keep = [] }: { keep?: readonly string[] }) => {
        state.reset.push([...keep]);
        const next: Record<string, unknown> = { ...defaultSettings() };
        for (const key of keep) next[key] = settings[key as keyof Settings];
        settings = next as Settings;
        return settings;
      },
      update: (patch: Pick<Settings, 'accounts'>) => (settings = { ...settings, ...patch }),
    },
    secrets: {
      remove: async (id: string) => {
        if (failFor.includes(id)) throw new Error('The keyring is locked');
        passwords.delete(id);
      },
    },
    history: { clear: () => void (state.historyCleared = true) },
    contacts: { clear: () => void (state.contactsCleared = true) },
    windowState: { clear: () => void (state.windowCleared = true) },
    log: { info: () => {}, warn: () => {} },
  };
  return { deps, passwords, state, settings: () => settings };
}

describe('resetAppData', () => {
  it('keeps nothing when nothing is chosen', async () => {
    const t = setup();
    expect(await resetAppData([], t.deps)).toEqual({ problems: [] });
    // Passwords and the lines' TURN credentials (turn:<id>) alike.
    expect([...t.passwords.keys()]).toEqual([]);
    expect(t.state).toMatchObject({
      historyCleared: true,
      contactsCleared: true,
      windowCleared: true,
      reset: [[]],
    });
    expect(t.settings()).toEqual(defaultSettings());
  });

  it('keeps accounts with their passwords, preferences and history when chosen', async () => {
    const t = setup();
    await resetAppData(['accounts', 'preferences', 'history', 'contacts'], t.deps);
    expect(t.passwords.size).toBe(4);
    expect(t.state.historyCleared).toBe(false);
    expect(t.state.contactsCleared).toBe(false);
    expect(t.state.windowCleared).toBe(false);
    expect(t.state.reset[0]?.sort()).toEqual([
      'accounts',
      'audio',
      'calling',
      'desktop',
      'ui',
      'updates',
    ]);
    expect(t.settings().ui.theme).toBe('dark');
  });

  it('keeps an account whose password could not be removed, and says so', async () => {
    const t = setup(['1006']);
    const { problems } = await resetAppData([], t.deps);
    expect(problems).toEqual([
      expect.stringMatching(/1006@pbx.example.com could not be removed: The keyring is locked/),
    ]);
    expect(t.settings().accounts.map((a) => a.id)).toEqual(['1006']);
    expect(t.passwords.has('1005')).toBe(false);
  });
});
