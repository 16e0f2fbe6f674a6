import type { Browser, BrowserContext, Page } from '@playwright/test';
import { CallPage } from '../pages/call-page';
import { SignInPage } from '../pages/sign-in-page';
import { extension } from '../testbed';
import type { DesktopHarness } from './desktop-harness';

export interface DesktopPhone {
  /** Close it when done (a `finally`): that also drops the line's registration at the PBX. */
  context: BrowserContext;
  page: Page;
  phone: CallPage;
  signIn: SignInPage;
}

/**
 * The desktop app's page: a fresh context wired to `harness` (main's core) before the page
 * loads, signed in as `user` (default Erin, 1005) and registered, unless `user` is false.
 */
export async function openDesktopPhone(
  harness: DesktopHarness,
  browser: Browser,
  baseURL: string,
  user: string | false = '1005',
): Promise<DesktopPhone> {
  const context = await browser.newContext({ baseURL, permissions: ['microphone'] });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('[desktop] page error:', error.message));
  await harness.attach(page);
  const signIn = new SignInPage(page);
  await signIn.open();
  if (user) {
    await signIn.signIn(extension(user));
    await signIn.expectRegistered();
  }
  return { context, page, phone: new CallPage(page), signIn };
}
