import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test } from '../calls/phones';
import { CallPage } from '../pages/call-page';
import { HistoryPage } from '../pages/history-page';
import { SignInPage } from '../pages/sign-in-page';
import { extension } from '../testbed';
import { createDesktopHarness, type DesktopHarness } from './desktop-harness';

/**
 * Export history in the desktop app: main's own store and exporter (the harness runs the desktop
 * core in this process), the save dialog answered with a file in the data folder. Erin (1005) is
 * the desktop app; Bob (1002) a web phone.
 */
test.describe('desktop: Export history', () => {
  let harness: DesktopHarness;
  test.beforeEach(async ({ baseURL }) => {
    harness = await createDesktopHarness(String(baseURL));
  });
  test.afterEach(() => harness.close());

  test('main writes exactly the filtered calls to the file chosen in the save dialog', async ({
    browser,
    baseURL,
    phone,
  }) => {
    const context = await browser.newContext({
      baseURL: String(baseURL),
      permissions: ['microphone'],
    });
    try {
      const page = await context.newPage();
      await harness.attach(page);
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn(extension('1005'));
      await signIn.expectRegistered();
      const erin = new CallPage(page);
      const bob = await phone('1002');

      // Bob calls and Erin declines; then Erin calls Bob, who answers.
      await bob.dial('1005');
      await erin.decline();
      await expect(erin.cards).toHaveCount(0);
      await expect(bob.cards).toHaveCount(0);
      const toBob = await erin.callAnswered('1002', bob);
      await erin.hangUp(toBob);
      await expect(erin.cards).toHaveCount(0);

      const history = new HistoryPage(page);
      await history.open();
      await expect(history.entries).toHaveCount(2);
      await history.filter('Outcome', 'Declined');
      await expect(history.entries).toHaveCount(1);
      await page.getByRole('button', { name: 'Export history', exact: true }).click();
      await expect(page.getByRole('status').last()).toContainText('Exported 1 call to');

      const [fileName] = harness.os.saveDialogs;
      expect(fileName).toMatch(/^call-history-\d{4}-\d\d-\d\d\.csv$/);
      const text = readFileSync(join(harness.dataDir, 'exports', fileName!), 'utf8');
      const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      expect(rows).toHaveLength(2);
      expect(rows[0]).toEqual([
        'date',
        'time',
        'direction',
        'line',
        'from',
        'to',
        'duration',
        'outcome',
      ]);
      // One line: the history names none; our side is the line's extension from settings.
      expect(rows[1]?.slice(2)).toEqual([
        'incoming',
        '1005',
        '1002',
        '1005',
        '0:00:00',
        'declined',
      ]);
    } finally {
      await context.close();
    }
  });
});
