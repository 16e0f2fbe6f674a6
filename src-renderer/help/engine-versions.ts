/** The runtime a page runs in, as its About section names it. */
export interface EngineVersions {
  electron?: string;
  chromium?: string;
}

/**
 * Reads the Electron and Chromium versions from a user agent ("… Chrome/140.0.7339.41 Electron/
 * 45.5.0 …"): the sandboxed page has no `process.versions`, and the app keeps Electron's own
 * user agent. A browser build shows Chromium only, or nothing in another browser.
 */
export function engineVersions(userAgent: string): EngineVersions {
  const electron = /\bElectron\/([0-9][0-9A-Za-z.-]*)/.exec(userAgent)?.[1];
  // Edge and Opera carry "Chrome/" too, but so is their engine; Firefox and Safari do not.
  const chromium = /\b(?:Chrome|Chromium|HeadlessChrome)\/([0-9][0-9.]*)/.exec(userAgent)?.[1];
  return { ...(electron && { electron }), ...(chromium && { chromium }) };
}
