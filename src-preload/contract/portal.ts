/**
 * The one rule for opening the provider's customer portal (issue 9, point 7): only the address
 * the provisioning profile names, and only over https. Both the desktop (main, before
 * `shell.openExternal`) and the browser build (before `window.open`) ask this function, so a
 * compromised page cannot turn "Open customer portal" into "open any URL in the system browser".
 */

export type PortalCheck = { ok: true; url: string } | { ok: false; message: string };

/**
 * Whether `requested` may be opened as the portal of a profile whose `portalUrl` is `portalUrl`:
 * same https origin (scheme, host and port), no credentials in it. Returns the URL to open.
 */
export function checkPortalUrl(portalUrl: string | undefined, requested: string): PortalCheck {
  if (!portalUrl) return { ok: false, message: 'Your provider has not set a customer portal.' };
  const allowed = parseHttps(portalUrl);
  const target = parseHttps(requested);
  if (!allowed) return { ok: false, message: 'The provider’s portal address is not https.' };
  if (!target || target.origin !== allowed.origin) {
    return { ok: false, message: 'Only the provider’s own customer portal can be opened.' };
  }
  return { ok: true, url: target.href };
}

/**
 * The same rule for the provider's pages a profile may name, the customer portal and the support
 * page (`portal:open` serves both): `requested` must be on the origin of one of them.
 */
export function checkProviderUrl(
  profile: { portalUrl?: string | undefined; supportUrl?: string | undefined } | undefined,
  requested: string,
): PortalCheck {
  const support = profile?.supportUrl ? checkPortalUrl(profile.supportUrl, requested) : undefined;
  if (support?.ok) return support;
  if (!profile?.portalUrl && support) return support;
  return checkPortalUrl(profile?.portalUrl, requested);
}

function parseHttps(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  // user:pass@ in a link is a phishing classic ("https://portal.example.com@evil.example").
  if (url.protocol !== 'https:' || url.username || url.password) return undefined;
  return url;
}
