import type { Session, WebContents, WebPreferences } from 'electron';
import type { Logger } from '../services/logging/logger';
import { isAppUrl, isPermissionAllowed, type AppOrigin } from '../services/security/origin-policy';

/**
 * The web preferences every window of the app gets: isolated, sandboxed, no Node, no <webview>
 * (Electron security checklist). Callers add only what differs, such as background throttling.
 */
export function secureWebPreferences(preload: string, extra: WebPreferences = {}): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    ...extra,
  };
}

/**
 * Locks a window's page to the app: no new windows, no navigation away, no <webview>.
 * (Electron security checklist, items "Disable or limit navigation" and "creation of new windows".)
 */
export function lockWebContents(contents: WebContents, origin: AppOrigin, log: Logger): void {
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('blocked a new window', { url });
    return { action: 'deny' };
  });
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url, origin)) return;
    event.preventDefault();
    log.warn('blocked navigation away from the app', { url });
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Grants the microphone (and output-device choice) to the app's own page only; nothing else. */
export function restrictPermissions(session: Session, origin: AppOrigin, log: Logger): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    const allowed = isPermissionAllowed(
      permission,
      details.requestingUrl ?? contents.getURL(),
      origin,
      mediaTypes,
    );
    if (!allowed)
      log.warn('denied a permission request', { permission, url: details.requestingUrl });
    callback(allowed);
  });
  // Electron passes a file:// page's origin as "file:///", so the frame's URL is what identifies
  // our page; and a check names one media type, which must be audio.
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(
      permission,
      details.requestingUrl ?? requestingOrigin,
      origin,
      permission === 'media' ? [details.mediaType ?? 'unknown'] : [],
    ),
  );
  session.setDevicePermissionHandler(() => false);
}
