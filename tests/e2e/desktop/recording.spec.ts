import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from '../calls/phones';
import type { CallPage } from '../pages/call-page';
import { RecordingsPage, decodeRecording, peakRms } from '../pages/recordings-page';
import { createDesktopHarness, type DesktopHarness } from './desktop-harness';
import { openDesktopPhone } from './desktop-page';

/** Audible: Chromium's fake microphone beeps well above this. */
const AUDIBLE = 0.005;

async function startRecording(phone: CallPage, card: Locator): Promise<number> {
  const record = phone.button(card, 'Record');
  await record.click();
  await expect(record).toHaveAttribute('aria-pressed', 'true');
  await expect(card.getByRole('status').filter({ hasText: /Recording \d+:\d\d/ })).toBeVisible();
  return Date.now();
}

/**
 * Recording in the desktop app: the page streams chunks through the bridge and main's own store
 * (the harness runs it in this process) writes them into the recordings folder. Erin (1005) is
 * the desktop app; Bob (1002) a web phone.
 */
test.describe('desktop: call recording', () => {
  let harness: DesktopHarness;
  test.beforeEach(async ({ baseURL }) => {
    harness = await createDesktopHarness(String(baseURL));
  });
  test.afterEach(() => harness.close());

  test('main writes the recording into the folder in chunks; it plays, shows in folder, deletes', async ({
    browser,
    baseURL,
    phone,
  }) => {
    const erin = await openDesktopPhone(harness, browser, String(baseURL));
    try {
      await erin.phone.openSettings();
      await expect(erin.page.getByLabel('Recordings folder')).toHaveValue(harness.recordingsDir);
      await erin.phone.openPhone();

      const bob = await phone('1002');
      const toBob = await erin.phone.callAnswered('1002', bob);
      await erin.phone.expectHearing();
      const start = await startRecording(erin.phone, toBob);
      await erin.page.waitForTimeout(4000);
      await erin.phone.hangUp(toBob);
      const lengthS = (Date.now() - start) / 1000;
      await expect(erin.phone.cards).toHaveCount(0);

      const recordings = new RecordingsPage(erin.page);
      await recordings.open();
      await expect(recordings.rows()).toHaveCount(1);
      const row = recordings.rows().first();
      await expect(row).toContainText('1002');
      await expect(row).not.toContainText('in progress');

      // One file, named for date, time, line and number, written in several chunks.
      const files = readdirSync(harness.recordingsDir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d_.+_1002\.(webm|ogg)$/);
      const path = join(harness.recordingsDir, files[0]!);
      expect(harness.invokeCounts.get('recordings:append') ?? 0).toBeGreaterThanOrEqual(3);

      const decoded = await decodeRecording(erin.page, new Uint8Array(readFileSync(path)));
      test.info().annotations.push({
        type: 'figure',
        description: `desktop recording: ${decoded.durationS.toFixed(2)} s for ${lengthS.toFixed(2)} s`,
      });
      expect(Math.abs(decoded.durationS - lengthS)).toBeLessThan(1);
      expect(peakRms(decoded, 0.5, lengthS - 0.5)).toBeGreaterThan(AUDIBLE);

      // The player gets the file's bytes from main.
      await row.getByRole('button', { name: /^Play the recording/ }).click();
      await expect(row.locator('audio')).toHaveAttribute('src', /^blob:/);

      await row.getByRole('button', { name: 'Show in folder' }).click();
      await expect.poll(() => harness.os.revealed).toEqual([path]);

      await row.getByRole('button', { name: /^Delete the recording/ }).click();
      await expect(erin.page.getByText('No recordings yet.')).toBeVisible();
      expect(existsSync(path)).toBe(false);
    } finally {
      await erin.context.close();
    }
  });

  test('a recordings folder that vanishes mid-call stops the recording with a message; the call goes on', async ({
    browser,
    baseURL,
    phone,
  }) => {
    const erin = await openDesktopPhone(harness, browser, String(baseURL));
    try {
      const bob = await phone('1002');
      const toBob = await erin.phone.callAnswered('1002', bob);
      await startRecording(erin.phone, toBob);
      await expect
        .poll(() => harness.invokeCounts.get('recordings:append') ?? 0)
        .toBeGreaterThan(0);
      rmSync(harness.recordingsDir, { recursive: true, force: true });

      await expect(toBob.getByRole('alert')).toContainText(
        `Recording stopped: the recordings folder ${harness.recordingsDir} is no longer there.`,
      );
      await expect(erin.phone.button(toBob, 'Record')).toHaveAttribute('aria-pressed', 'false');
      // The call itself is untouched: both still hear each other.
      await erin.phone.expectHearing();
      await erin.phone.hangUp(toBob);
      await expect(erin.phone.cards).toHaveCount(0);
    } finally {
      await erin.context.close();
    }
  });
});
