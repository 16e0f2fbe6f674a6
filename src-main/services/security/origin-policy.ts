/**
 * What counts as "our own page". The renderer is loaded from the app bundle (file://) in production
 * and from the local dev server in development; nothing else may talk to main, navigate the window
 * or receive permissions.
 */
export interface AppOrigin {
  /** The exact URL of the page main loads (file:///…/index.html or http://127.0.0.1:5173/). */
  readonly pageUrl: string;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` is one of the app's own pages: a file in the page's own folder on this machine
 * (file: with an empty host), or the dev server's exact origin. Everything that recognises our
 * page (navigation guard, IPC sender check, permissions) goes through here.
 */
export function isAppUrl(url: string, origin: AppOrigin): boolean {
  const candidate = parse(url);
  const page = parse(origin.pageUrl);
  if (!candidate || !page) return false;
  if (page.protocol === 'file:') {
    if (candidate.protocol !== 'file:') return false;
    // file://evil.example/<our path> has our path but names another machine (on Windows a UNC
    // share an attacker can serve): only a local file is ours. URL parsing lowercases the scheme
    // and turns file://localhost/ into an empty host, so those forms cannot slip past either.
    if (candidate.host !== '' || page.host !== '') return false;
    // URL parsing has already resolved `..` and `%2e%2e`, so a prefix test cannot be walked out of.
    const directory = page.pathname.slice(0, page.pathname.lastIndexOf('/') + 1);
    return candidate.pathname.startsWith(directory);
  }
  return candidate.origin === page.origin;
}

export interface SenderInfo {
  readonly url: string;
  /** False for sub-frames: only the app's top frame may use the bridge. */
  readonly isMainFrame: boolean;
}

/** The IPC sender check: our own page, top frame only. */
export function isTrustedSender(sender: SenderInfo, origin: AppOrigin): boolean {
  return sender.isMainFrame && isAppUrl(sender.url, origin);
}

/**
 * Permission policy: the phone needs the microphone (and the ability to pick an output device);
 * nothing else, and only for our own page. A media request must name its types, all of them
 * audio: an empty list says nothing about what is asked for, so it is refused.
 */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  origin: AppOrigin,
  mediaTypes: readonly string[] = [],
): boolean {
  if (!isAppUrl(requestingUrl, origin)) return false;
  if (permission === 'media')
    return mediaTypes.length > 0 && mediaTypes.every((type) => type === 'audio');
  return permission === 'speaker-selection' || permission === 'notifications';
}
