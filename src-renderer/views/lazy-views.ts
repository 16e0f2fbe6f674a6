import { defineAsyncComponent } from 'vue';

/**
 * The views the first screen does not show (the Sign in form and the phone view do), each in
 * its own chunk so the first screen loads less. `prefetchViews()` fetches them all once the
 * page is idle, so switching views stays instant; before then a click waits for one chunk.
 */
const loaders = {
  history: () => import('./HistoryView.vue'),
  contacts: () => import('./ContactsView.vue'),
  recordings: () => import('./RecordingsView.vue'),
  lamps: () => import('./BusyLampsView.vue'),
  settings: () => import('./SettingsView.vue'),
  help: () => import('./HelpView.vue'),
  audioTest: () => import('./AudioTestView.vue'),
};

export const HistoryView = defineAsyncComponent(loaders.history);
export const ContactsView = defineAsyncComponent(loaders.contacts);
export const RecordingsView = defineAsyncComponent(loaders.recordings);
export const BusyLampsView = defineAsyncComponent(loaders.lamps);
export const SettingsView = defineAsyncComponent(loaders.settings);
export const HelpView = defineAsyncComponent(loaders.help);
export const AudioTestView = defineAsyncComponent(loaders.audioTest);

/** Fetches (and evaluates) every view's chunk; a module is fetched once however often asked. */
export function prefetchViews(): Promise<unknown> {
  return Promise.all(Object.values(loaders).map((load) => load()));
}
