import { test as base, expect, type BrowserContext } from '@playwright/test';
import type { ProvisioningProfileInput } from '../../../src-preload/contract';
import { testExtension } from '../../testbed/extensions';
import { CallPage } from '../pages/call-page';
import { SignInPage } from '../pages/sign-in-page';
import { extension, pbxWsUrl } from '../testbed';

export interface PhoneOptions {
  /** Sign in with a provisioning profile (served at a same-origin URL) carrying these settings. */
  profile?: Partial<ProvisioningProfileInput>;
  /** Display name to sign in with; default the extension's own (test bed). */
  displayName?: string;
  /** The WebSocket URL to sign in with instead of the PBX's own (a relay in front of it). */
  server?: string;
}

type OpenPhone = (user: string, options?: PhoneOptions) => Promise<CallPage>;

/**
 * `phone('1001')` opens a fresh browser context (its own storage, its own fake microphone),
 * signs in as that test extension through the UI and waits until it is registered. Every
 * context is closed after the test, which also drops its registration at the PBX.
 */
export const test = base.extend<{ phone: OpenPhone }>({
  phone: async ({ browser }, use, testInfo) => {
    const contexts: BrowserContext[] = [];
    await use(async (user, options = {}) => {
      const context = await browser.newContext({
        baseURL: testInfo.project.use.baseURL,
        permissions: ['microphone'],
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[${user}] page error:`, error.message));
      // The app's own warnings (a failed conference, a refused microphone) help read a failure.
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          console.error(`[${user}] ${message.text()}`);
      });
      let query = '';
      if (options.profile) {
        const profile: ProvisioningProfileInput = {
          version: 1,
          provider: 'Test PBX',
          servers: [pbxWsUrl()],
          domain: process.env.PBX_DOMAIN ?? 'softphone.test',
          ...options.profile,
        };
        await page.route('**/test-profile.json', (route) => route.fulfill({ json: profile }));
        query = '?profile=test-profile.json';
      }
      const signIn = new SignInPage(page);
      await signIn.open(query);
      // The form is usable before the profile is applied; a user (and we) wait for its note.
      if (options.profile)
        await expect(page.getByRole('note')).toContainText('Settings from Test PBX');
      await signIn.signIn({
        ...extension(user),
        ...(options.server && { server: options.server }),
        displayName: options.displayName ?? testExtension(user).displayName,
      });
      await signIn.expectRegistered();
      return new CallPage(page);
    });
    for (const context of contexts) await context.close();
  },
});

export { expect } from '@playwright/test';
