import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src-preload/contract';
import { loadSettings, saveSettings } from './settings-storage';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

describe('web settings storage', () => {
  it('starts from defaults and round-trips', () => {
    const storage = memoryStorage();
    expect(loadSettings(storage)).toEqual({ settings: defaultSettings() });
    const changed = {
      ...defaultSettings(),
      ui: { theme: 'dark' as const, language: 'de' as const },
    };
    saveSettings(storage, changed);
    expect(loadSettings(storage).settings.ui).toEqual({ theme: 'dark', language: 'de' });
  });

  it('starts in the browser’s language when nothing is stored, and keeps a stored choice', () => {
    const storage = memoryStorage();
    expect(loadSettings(storage, ['fr-FR', 'en-US']).settings.ui.language).toBe('fr');
    expect(loadSettings(storage, ['it-IT']).settings.ui.language).toBe('en');
    saveSettings(storage, { ...defaultSettings(), ui: { theme: 'system', language: 'de' } });
    expect(loadSettings(storage, ['fr-FR']).settings.ui.language).toBe('de');
  });

  it.each([['{broken'], [JSON.stringify({ accounts: 'nope' })], ['null']])(
    'keeps damaged settings %s as a backup and says so',
    (text) => {
      const storage = memoryStorage({ 'softphone.settings': text });
      const loaded = loadSettings(storage);
      expect(loaded.settings).toEqual(defaultSettings());
      expect(loaded.notice).toMatch(/damaged/);
      const backupKey = [...Array(storage.length).keys()]
        .map((i) => storage.key(i))
        .find((k) => k?.includes('damaged'));
      expect(backupKey && storage.getItem(backupKey)).toBe(text);
    },
  );
});
