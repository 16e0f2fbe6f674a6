import { inject, type InjectionKey } from 'vue';

/**
 * The views App.vue switches between; `audio-test` is reached from Settings and from a call,
 * `help` from the header and F1.
 */
export type View =
  'phone' | 'history' | 'contacts' | 'recordings' | 'lamps' | 'settings' | 'audio-test' | 'help';

/** What a component deep in a view may ask of App.vue: show another view. */
export interface Navigation {
  open(view: View): void;
}

export const NAVIGATION: InjectionKey<Navigation> = Symbol('navigation');

/** App.vue's navigation; outside the app (a component test) it goes nowhere. */
export function useNavigation(): Navigation {
  return inject(NAVIGATION, { open: () => undefined });
}
