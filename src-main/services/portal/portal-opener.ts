import { checkPortalUrl, checkProviderUrl } from '../../../src-preload/contract';
import type { Logger } from '../logging/logger';

/** Electron's `shell.openExternal`, behind a port so the check below runs under plain Node. */
export interface ExternalBrowserPort {
  openExternal(url: string): Promise<void>;
}

export interface PortalOpenerDeps {
  /** The provisioning profile's `portalUrl`, read at the moment of the click. */
  portalUrl(): string | undefined;
  /** The profile's `supportUrl` (Help → Support), which `portal:open` may open too. */
  supportUrl?(): string | undefined;
  browser?: ExternalBrowserPort;
  log: Pick<Logger, 'info' | 'warn'>;
}

/**
 * Opens the provider's customer portal in the system browser (issue 9, point 7): from the page's
 * "Open customer portal" (`portal:open`, with the address it shows) and from the tray (no address:
 * the profile's own). Anything but the profile's exact https origin is refused with a message,
 * so a page that was made to ask for another URL gets an error, not a browser tab. The page's
 * Help → Support link comes the same way, checked against the profile's `supportUrl`.
 */
export function createPortalOpener(deps: PortalOpenerDeps) {
  return async function openPortal(requested?: string): Promise<void> {
    const portalUrl = deps.portalUrl();
    const checked =
      requested === undefined
        ? checkPortalUrl(portalUrl, portalUrl ?? '')
        : checkProviderUrl({ portalUrl, supportUrl: deps.supportUrl?.() }, requested);
    if (!checked.ok) {
      deps.log.warn('refused to open the customer portal', { message: checked.message });
      throw new Error(checked.message);
    }
    if (!deps.browser) throw new Error('This build cannot open the system browser.');
    deps.log.info('opening the customer portal', { origin: new URL(checked.url).origin });
    await deps.browser.openExternal(checked.url);
  };
}
