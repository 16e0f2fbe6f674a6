/**
 * Test table (used by the origin, IPC and popup tests): URLs that must never count as the app's
 * own page, each with the reason it is hostile. Every check that recognises our page runs the
 * whole table, so a form refused by one check and let through by another shows up as a failure.
 */

/** The packaged app's folder on Linux, for the unit tests. */
const packagedFolder = '/opt/Softphone/resources/app.asar/out/renderer';

export interface HostileUrl {
  readonly name: string;
  readonly url: string;
}

/**
 * Hostile forms against a local page (`file:///…/renderer/index.html`): the same path on another
 * host, walks out of its folder, other files and schemes.
 */
export function hostileUrls(pageUrl: string): readonly HostileUrl[] {
  const { pathname } = new URL(pageUrl);
  const slash = pathname.lastIndexOf('/');
  const appFolder = pathname.slice(0, slash);
  const page = pathname.slice(slash + 1);
  return [
    { name: 'file: with a host', url: `file://evil.example${appFolder}/${page}` },
    { name: 'uppercase FILE: with a host', url: `FILE://EVIL.EXAMPLE${appFolder}/${page}` },
    {
      name: 'file: with a host and ..',
      url: `file://evil.example${appFolder}/../renderer/${page}`,
    },
    { name: 'file: with an IP host', url: `file://10.0.0.1${appFolder}/${page}` },
    { name: 'file: walking out with ..', url: `file://${appFolder}/../../secrets/${page}` },
    { name: 'file: walking out with %2e%2e', url: `file://${appFolder}/%2e%2e/%2e%2e/${page}` },
    { name: 'file: of a different path', url: `file:///opt/Other/out/renderer/${page}` },
    { name: 'file: of another file', url: 'file:///etc/passwd' },
    { name: 'file: UNC-like //host path', url: `file:////evil.example${appFolder}/${page}` },
    { name: 'https: page', url: `https://evil.example${appFolder}/${page}` },
    { name: 'http://localhost', url: `http://localhost/${page}` },
    { name: 'devtools:', url: 'devtools://devtools/bundled/inspector.html' },
    { name: 'data:', url: 'data:text/html,<script>alert(1)</script>' },
    { name: 'blob: of a file: origin', url: `blob:file://${appFolder}/${page}` },
    { name: 'about:blank', url: 'about:blank' },
    { name: 'javascript:', url: 'javascript:alert(1)' },
    { name: 'empty (a detached frame)', url: '' },
  ];
}

/** A packaged page's URL, as main loads it (`page` is index.html or popup.html). */
export function appPageUrl(page: string): string {
  return `file://${packagedFolder}/${page}`;
}
