/**
 * The third-party notice, written next to index.html at build time (scripts/third-party-notices.ts)
 * and loaded only when the user opens it, so it never weighs on the first screen. An ES module,
 * not a fetch: the desktop page is a file:// page, where fetch cannot read files.
 */
export const NOTICES_TEXT_FILE = 'third-party-notices.txt';
const NOTICES_MODULE_FILE = 'third-party-notices.js';

/** Where the plain-text notice is, next to the page. */
export function noticesTextUrl(): string {
  return new URL(NOTICES_TEXT_FILE, document.baseURI).href;
}

/** The notice text; rejects in a dev server, which builds no notice. */
export async function loadThirdPartyNotices(): Promise<string> {
  const url = new URL(NOTICES_MODULE_FILE, document.baseURI).href;
  const module = (await import(/* @vite-ignore */ url)) as { default?: unknown };
  if (typeof module.default !== 'string') throw new Error('The notice file is damaged.');
  return module.default;
}
