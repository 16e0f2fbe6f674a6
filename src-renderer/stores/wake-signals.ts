import type { SoftphoneApi, Unsubscribe } from '../../src-preload/contract';

/** Where the page hears that connections may have died: the browser window and main's pushes. */
export interface WakeSources {
  /** The page's window (absent under plain Node in unit tests). */
  window?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  events: SoftphoneApi['events'];
}

/**
 * Calls `wake` when the network comes back (the browser's `online`) and when main says the
 * computer woke or was unlocked (`system:resumed`), so the phone tries at once instead of at
 * its next reconnection timer, up to 8 s away, and notices a socket that died during sleep.
 */
export function listenForWake(sources: WakeSources, wake: () => void): Unsubscribe {
  const online = () => wake();
  sources.window?.addEventListener('online', online);
  const unsubscribe = sources.events.on('system:resumed', () => wake());
  return () => {
    sources.window?.removeEventListener('online', online);
    unsubscribe();
  };
}
