import type { BrowserContext, Page, TestInfo } from '@playwright/test';
import { CallPage } from './pages/call-page';
import { SignInPage } from './pages/sign-in-page';
import { expect, test } from './calls/phones';
import { extension } from './testbed';

/** One notification the page made, as the init script below records it. */
interface Note {
  title: string;
  body: string;
  closed: boolean;
}

/** The page's globals the recorder adds (this file is type-checked as Node code, without DOM types). */
interface RecordingWindow {
  __notes: (Note & { click(): void })[];
  __focusCalls: number;
}

/**
 * Wraps `Notification` so the test sees every one the page makes (headless Chromium draws none),
 * and `window.focus` so it sees a click bring the tab forward. The real constructor still runs:
 * the page must have been granted the permission, or it throws as in any browser.
 */
function recordNotifications(): void {
  const scope = globalThis as unknown as RecordingWindow & {
    Notification: {
      new (
        title: string,
        options?: { body?: string },
      ): { close(): void; onclick: ((event: unknown) => void) | null };
      readonly permission: string;
      requestPermission(): Promise<string>;
    };
    focus(): void;
  };
  const Real = scope.Notification;
  scope.__notes = [];
  scope.__focusCalls = 0;
  const realFocus = scope.focus.bind(scope);
  scope.focus = () => {
    scope.__focusCalls++;
    realFocus();
  };
  class Recorded extends Real {
    constructor(title: string, options?: { body?: string }) {
      super(title, options);
      const note = {
        title,
        body: options?.body ?? '',
        closed: false,
        click: () => this.onclick?.({}),
      };
      scope.__notes.push(note);
      const close = this.close.bind(this);
      this.close = () => {
        note.closed = true;
        close();
      };
    }
  }
  Object.defineProperty(Recorded, 'permission', { get: () => Real.permission });
  Object.defineProperty(Recorded, 'requestPermission', { value: Real.requestPermission });
  scope.Notification = Recorded;
}

const notes = (page: Page): Promise<Note[]> =>
  page.evaluate(() =>
    (globalThis as unknown as RecordingWindow).__notes.map(({ title, body, closed }) => ({
      title,
      body,
      closed,
    })),
  );

async function freshPage(
  browser: import('@playwright/test').Browser,
  testInfo: TestInfo,
  permissions: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    permissions: ['microphone', ...permissions],
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  return { context, page };
}

test.describe('the browser build as a phone', () => {
  test('Settings says truthfully whether notifications are allowed, and follows the site settings', async ({
    browser,
  }, testInfo) => {
    const { context, page } = await freshPage(browser, testInfo, []);
    try {
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn(extension('1003'));
      await signIn.expectRegistered();
      await new CallPage(page).openSettings();
      const settings = page.getByRole('group', { name: 'Notifications' });
      // Headless Chromium answers "denied" for a site nobody allowed.
      await expect(settings).toContainText('This browser blocks notifications for this site');
      await context.grantPermissions(['notifications']);
      await expect(settings).toContainText('Notifications are on');
    } finally {
      await context.close();
    }
  });

  test('"Show notifications" asks for the permission only when pressed', async ({
    browser,
  }, testInfo) => {
    const { context, page } = await freshPage(browser, testInfo, []);
    try {
      // A browser that has not asked yet ("default"; headless Chromium says "denied" instead).
      await page.addInitScript(() => {
        const scope = globalThis as unknown as { __asked: number; Notification: object };
        let permission = 'default';
        scope.__asked = 0;
        Object.defineProperty(scope.Notification, 'permission', { get: () => permission });
        Object.defineProperty(scope.Notification, 'requestPermission', {
          value: async () => {
            scope.__asked++;
            return (permission = 'granted');
          },
        });
      });
      const asked = () =>
        page.evaluate(() => (globalThis as unknown as { __asked: number }).__asked);
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn(extension('1003'));
      await signIn.expectRegistered();
      await new CallPage(page).openSettings();
      const settings = page.getByRole('group', { name: 'Notifications' });
      await expect(settings.getByRole('button', { name: 'Show notifications' })).toBeVisible();
      expect(await asked()).toBe(0);
      await settings.getByRole('button', { name: 'Show notifications' }).click();
      await expect(settings).toContainText('Notifications are on');
      expect(await asked()).toBe(1);
    } finally {
      await context.close();
    }
  });

  test('an incoming call shows a notification naming the caller; it closes when answered, a click focuses the tab, a missed call shows "Missed call"', async ({
    browser,
    phone,
  }, testInfo) => {
    const { context, page } = await freshPage(browser, testInfo, ['notifications']);
    try {
      await page.addInitScript(recordNotifications);
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn(extension('1001'));
      await signIn.expectRegistered();
      const alice = new CallPage(page);
      const bob = await phone('1002');

      // 1. Answered in the page: the notification goes away by itself.
      await bob.dial('1001');
      await expect(alice.ringingCall).toContainText('Bob Example');
      await expect
        .poll(() => notes(page))
        .toEqual([{ title: 'Incoming call', body: 'Bob Example (1002)', closed: false }]);
      await alice.answer();
      await expect.poll(async () => (await notes(page))[0]?.closed).toBe(true);
      await alice.hangUp();
      await expect(bob.cards).toHaveCount(0);

      // 2. A click on the notification brings the tab forward, with the ringing call in front.
      await alice.openSettings();
      await bob.dial('1001');
      await expect.poll(async () => (await notes(page)).length).toBe(2);
      const focusBefore = await page.evaluate(
        () => (globalThis as unknown as RecordingWindow).__focusCalls,
      );
      await page.evaluate(() => (globalThis as unknown as RecordingWindow).__notes[1]?.click());
      expect(
        await page.evaluate(() => (globalThis as unknown as RecordingWindow).__focusCalls),
      ).toBe(focusBefore + 1);
      await expect(alice.ringingCall).toContainText('Bob Example');
      await expect(page.getByRole('button', { name: 'Answer' })).toBeVisible();

      // 3. Bob gives up: a missed call, which closes once the history has been looked at.
      await bob.hangUp(bob.call('1001'));
      await expect(alice.cards).toHaveCount(0);
      await expect
        .poll(async () => (await notes(page)).slice(2))
        .toEqual([{ title: 'Missed call', body: 'Bob Example (1002)', closed: false }]);
      await alice.openHistory();
      await expect.poll(async () => (await notes(page))[2]?.closed).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('Remember me on this device: a reload signs in again; sign-out and reset app data forget it', async ({
    browser,
  }, testInfo) => {
    const { context, page } = await freshPage(browser, testInfo, []);
    try {
      const signIn = new SignInPage(page);
      await signIn.open();
      // The password manager's tokens, in a real form.
      const form = page.locator('form.sign-in');
      await expect(form.getByLabel('Extension', { exact: true })).toHaveAttribute(
        'autocomplete',
        'username',
      );
      await expect(form.getByLabel('Password', { exact: true })).toHaveAttribute(
        'autocomplete',
        'current-password',
      );
      const remember = page.getByRole('checkbox', { name: 'Remember me on this device' });
      await expect(remember).not.toBeChecked();
      await expect(page.getByText('only until this tab closes')).toBeVisible();
      await remember.check();
      await expect(
        page.getByText('in this browser’s storage, encrypted with a key only this browser holds'),
      ).toBeVisible();
      await signIn.signIn(extension('1004'));
      await signIn.expectRegistered();

      await page.reload();
      await signIn.expectRegistered();
      await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
      // What is on disk is ciphertext: the password is nowhere in the IndexedDB record.
      // (A string: this file is type-checked without DOM types.)
      const stored = await page.evaluate<string[]>(`(async () => {
        const db = await new Promise((resolve, reject) => {
          const request = indexedDB.open('softphone-remembered');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const all = await new Promise((resolve) => {
          const request = db.transaction('credentials').objectStore('credentials').getAll();
          request.onsuccess = () => resolve(request.result);
        });
        db.close();
        return all.map((record) => new TextDecoder().decode(record.data));
      })()`);
      expect(stored).toHaveLength(1);
      expect(stored[0]).not.toContain(extension('1004').password);

      // Sign out forgets it: a reload asks again.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.reload();
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
      await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');

      // Remembered again, then Reset app data (in the browser too) forgets it.
      await page.getByRole('checkbox', { name: 'Remember me on this device' }).check();
      await signIn.signIn(extension('1004'));
      await signIn.expectRegistered();
      await new CallPage(page).openSettings();
      await page.getByRole('button', { name: 'Reset app data…' }).click();
      await page.getByRole('button', { name: 'Reset now' }).click();
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
      await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
      await expect(page.getByLabel('Extension', { exact: true })).toHaveValue('');
    } finally {
      await context.close();
    }
  });

  test('without Remember me a reload shows the sign-in form with the password empty', async ({
    browser,
  }, testInfo) => {
    const { context, page } = await freshPage(browser, testInfo, []);
    try {
      const signIn = new SignInPage(page);
      await signIn.open();
      await expect(page.getByText('only until this tab closes')).toBeVisible();
      await signIn.signIn(extension('1005'));
      await signIn.expectRegistered();
      await page.reload();
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
      await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
      // The line itself is kept: only the password went with the tab.
      await expect(page.getByLabel('Extension', { exact: true })).toHaveValue('1005');
    } finally {
      await context.close();
    }
  });
});
