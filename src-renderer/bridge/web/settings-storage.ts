import * as v from 'valibot';
import { SettingsSchema, defaultSettings, type Settings } from '../../../src-preload/contract';

const KEY = 'softphone.settings';

export interface LoadedSettings {
  settings: Settings;
  /** Set when stored settings were damaged and replaced by defaults. */
  notice?: string;
}

/**
 * Settings in localStorage. A damaged value is kept under a backup key, never silently dropped.
 * Nothing stored yet: defaults in the first of the browser's `languages` the app speaks.
 */
export function loadSettings(storage: Storage, languages: readonly string[] = []): LoadedSettings {
  const text = storage.getItem(KEY);
  if (text === null) return { settings: defaultSettings(languages) };
  try {
    const result = v.safeParse(SettingsSchema, JSON.parse(text));
    if (result.success) return { settings: result.output };
  } catch {
    // Not JSON: handled below like a schema failure.
  }
  const backupKey = `${KEY}.damaged-${Date.now()}`;
  storage.setItem(backupKey, text);
  storage.removeItem(KEY);
  return {
    settings: defaultSettings(languages),
    notice: `Your saved settings were damaged; they were kept as "${backupKey}" in this browser's storage and defaults were restored.`,
  };
}

export function saveSettings(storage: Storage, settings: Settings): void {
  storage.setItem(KEY, JSON.stringify(settings));
}
