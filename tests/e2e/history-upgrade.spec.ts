import { expect, test } from '@playwright/test';
import { HistoryPage } from './pages/history-page';
import { SignInPage } from './pages/sign-in-page';
import { extension } from './testbed';

/** As much of IndexedDB as the seeding below uses (this file is type-checked without the DOM). */
interface Factory {
  open(name: string, version: number): OpenRequest;
}
interface OpenRequest {
  result: {
    createObjectStore(
      name: string,
      options: { keyPath: string },
    ): { createIndex(name: string, keyPath: string): void; put(value: unknown): void };
    close(): void;
  };
  error: unknown;
  onupgradeneeded: (() => void) | null;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}

/**
 * A browser history saved before its database had the unseen-missed store (version 1) opens in
 * the new version with every call kept and its missed calls still counted, then cleared by a look.
 */
test('a version-1 browser history is upgraded without losing a call or its missed count', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    permissions: ['microphone'],
  });
  try {
    const page = await context.newPage();
    // Same origin, without the app: the database as the previous version left it.
    await page.goto('./third-party-notices.txt');
    await page.evaluate(async () => {
      const at = Date.now() - 3_600_000;
      const calls = [
        { id: 'm1', outcome: 'missed', seen: false, number: '1002', name: 'Bob Example' },
        { id: 'm2', outcome: 'missed', seen: false, number: '1003', name: 'Carol Example' },
        { id: 'm3', outcome: 'missed', seen: true, number: '1004' },
        { id: 'a1', outcome: 'answered', seen: true, number: '1005' },
      ].map((call, index) => ({
        accountId: 'old-line',
        direction: 'incoming',
        startedAt: at + index * 60_000,
        endedAt: at + index * 60_000 + 5_000,
        ...call,
      }));
      await new Promise<void>((resolve, reject) => {
        const { indexedDB } = globalThis as unknown as { indexedDB: Factory };
        const open = indexedDB.open('softphone-history', 1);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('calls', { keyPath: 'id' });
          store.createIndex('byStart', 'startedAt');
          store.createIndex('byOutcome', 'outcome');
          for (const call of calls) store.put(call);
        };
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      });
    });

    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(extension('1001'));
    await signIn.expectRegistered();
    await expect(page).toHaveTitle(/^\(2\) /);
    const history = new HistoryPage(page);
    await history.open();
    await expect(history.entries).toHaveCount(4);
    await expect(history.list).toContainText('Bob Example');
    await expect(page).not.toHaveTitle(/^\(\d+\) /);
    // The look is kept: a reload counts no missed call again.
    await page.reload();
    await signIn.signIn(extension('1001'));
    await signIn.expectRegistered();
    await expect(page.getByRole('navigation').getByRole('button', { name: /^History/ })).toHaveText(
      'History',
    );
    await expect(page).not.toHaveTitle(/^\(\d+\) /);
    await history.open();
    await expect(history.entries).toHaveCount(4);
  } finally {
    await context.close();
  }
});
