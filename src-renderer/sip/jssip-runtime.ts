/**
 * JsSIP, fetched on demand. It is the largest part of the engine (about a third of the page's
 * script) and the first screen (the Sign in form) does not need it: the page starts fetching it
 * once that screen is up (`loadJsSip`, from boot/prefetch.ts when idle), a line that signs in or
 * resumes waits for it (`AccountConnection.start`), and nothing later (a call, a hold) ever waits,
 * since every JsSIP object comes from a UA that exists only once JsSIP is here.
 */
export type JsSipModules = typeof import('./jssip-modules');

let loaded: JsSipModules | undefined;
let loading: Promise<JsSipModules> | undefined;

/** Fetches JsSIP (once; a failed fetch is tried again on the next call). */
export function loadJsSip(): Promise<JsSipModules> {
  loading ??= import('./jssip-modules').then(
    (modules) => (loaded = modules),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Whether JsSIP is here, so `jssip()` may be called. */
export function jssipLoaded(): boolean {
  return loaded !== undefined;
}

/** JsSIP's modules; only once `loadJsSip()` has resolved (a programming error otherwise). */
export function jssip(): JsSipModules {
  if (!loaded) throw new Error('JsSIP is used before loadJsSip() resolved');
  return loaded;
}
