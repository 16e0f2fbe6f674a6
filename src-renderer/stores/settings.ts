import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  defaultSettings,
  type AppInfo,
  type Settings,
  type SettingsPatch,
} from '../../src-preload/contract';
import { softphone } from '../bridge/softphone';

/** The app's settings, mirrored from main (or browser storage in web mode). */
export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>(defaultSettings());
  const appInfo = ref<AppInfo | null>(null);
  const loaded = ref(false);

  async function load(): Promise<void> {
    const [info, current] = await Promise.all([softphone.app.info(), softphone.settings.get()]);
    appInfo.value = info;
    settings.value = current;
    loaded.value = true;
    softphone.events.on('settings:changed', (next) => {
      settings.value = next;
    });
    // Main holds back what it must ask of the page (a tel: link that started the app, a hotkey)
    // until now: settings are in, and App's listeners for those pushes are in place.
    await softphone.app.ready();
  }

  async function update(patch: SettingsPatch): Promise<void> {
    settings.value = await softphone.settings.update(patch);
  }

  return { settings, appInfo, loaded, load, update };
});
