import { createTestingPinia } from '@pinia/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type AppInfo, type Settings } from '../../src-preload/contract';
import { useSettingsStore } from './settings';
import { bridgeSettings, fakeSoftphone, resetDoubles } from './store-test-doubles';

vi.mock('../bridge/softphone', async () => ({
  softphone: (await import('./store-test-doubles')).fakeSoftphone,
}));

beforeEach(() => {
  resetDoubles({ ui: { ...defaultSettings().ui, language: 'de' } });
  createTestingPinia({ stubActions: false, createSpy: vi.fn });
});

describe('settings store', () => {
  it('loads the settings and app info, then tells main the page is ready', async () => {
    const info = { mode: 'desktop' } as AppInfo;
    fakeSoftphone.app.info.mockResolvedValue(info);
    fakeSoftphone.app.ready.mockImplementation(async () => {
      // Main may push what it held back only once the settings are in.
      expect(useSettingsStore().settings.ui.language).toBe('de');
    });
    const store = useSettingsStore();
    expect(store.loaded).toBe(false);
    await store.load();
    expect(store.loaded).toBe(true);
    expect(store.appInfo).toEqual(info);
    expect(fakeSoftphone.app.ready).toHaveBeenCalledTimes(1);
  });

  it('follows the settings main pushes after loading', async () => {
    const store = useSettingsStore();
    await store.load();
    const [channel, listener] = fakeSoftphone.events.on.mock.calls[0] as unknown as [
      string,
      (next: Settings) => void,
    ];
    expect(channel).toBe('settings:changed');
    listener({ ...bridgeSettings, ui: { ...bridgeSettings.ui, language: 'en' } });
    expect(store.settings.ui.language).toBe('en');
  });

  it('keeps what the bridge answers to an update, not the patch itself', async () => {
    const store = useSettingsStore();
    const stored = {
      ...defaultSettings(),
      calling: { ...defaultSettings().calling, declineCode: 603 },
    };
    fakeSoftphone.settings.update.mockResolvedValue(stored as Settings);
    await store.update({ calling: { ...store.settings.calling, doNotDisturb: true } });
    expect(store.settings).toEqual(stored);
  });
});
