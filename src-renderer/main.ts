import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { softphone } from './bridge/softphone';
import { i18n, setLanguage } from './i18n';
import './styles/base.css';

/**
 * The saved language's catalogue comes before the first render (English is in the bundle, the
 * others are fetched), so a user who chose German never sees the English texts first.
 */
async function start(): Promise<void> {
  try {
    await setLanguage((await softphone.settings.get()).ui.language);
  } catch (error) {
    console.warn('Starting in English: the saved language could not be loaded.', error);
  }
  createApp(App).use(createPinia()).use(i18n).mount('#app');
}

void start();
