import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../calls/phones';
import { DiagnosticsPage, expectDiagnostics, unzipText } from '../pages/diagnostics-page';
import { extension } from '../testbed';
import { createDesktopHarness, type DesktopHarness } from './desktop-harness';
import { openDesktopPhone } from './desktop-page';

/**
 * Export diagnostics and Open log folder in the desktop app: main's own exporter (the harness
 * runs the desktop core in this process) writes the zip to the file the save dialog answers,
 * with main's log file in it. Erin (1005) is the desktop app; Bob (1002) a web phone.
 */
test.describe('desktop: Export diagnostics', () => {
  let harness: DesktopHarness;
  test.beforeEach(async ({ baseURL }) => {
    harness = await createDesktopHarness(String(baseURL));
  });
  test.afterEach(() => harness.close());

  test('main writes one zip with its log, the trace, the call quality and versions, no password', async ({
    browser,
    baseURL,
    phone,
  }) => {
    // Two sign-ins, a call with a few seconds of audio, an export: slow on a loaded machine.
    test.setTimeout(120_000);
    const erin = await openDesktopPhone(harness, browser, String(baseURL));
    try {
      // The SIP trace switch lives in Diagnostics; on, main's log gets the trace as well.
      const diagnostics = new DiagnosticsPage(erin.page);
      await diagnostics.open();
      await diagnostics.section.getByLabel(/Write a SIP trace to the log file/).check();
      await erin.phone.openPhone();

      const bob = await phone('1002');
      const call = await erin.phone.callAnswered('1002', bob);
      await erin.phone.expectHearing();
      await expect(call.getByText(/^(Good|Fair|Poor)$/)).toBeVisible({ timeout: 10_000 });
      await erin.phone.hangUp(call);
      await expect(erin.phone.cards).toHaveCount(0);

      await diagnostics.open();
      await diagnostics.exportButton.click();
      await expect(diagnostics.status).toContainText('Diagnostics saved to');
      const [fileName] = harness.os.saveDialogs;
      expect(fileName).toMatch(/^softphone-diagnostics-\d{4}-\d\d-\d\d-\d{4}\.zip$/);
      const path = join(harness.dataDir, 'exports', fileName!);
      const files = unzipText(new Uint8Array(readFileSync(path)));

      const { summary } = expectDiagnostics(files, '1005', 'desktop');
      expect(summary.app.version).toBe('e2e');
      expect(summary.runtime.node).toBe(process.versions.node);
      // main's log file, with the traced INVITE (the SIP trace switch was on) and redacted.
      const mainLog = files['logs/main.log'] ?? '';
      expect(mainLog).toContain('[sip]');
      expect(mainLog).toMatch(/INVITE sip:1002@/);
      // The log on disk and the zip both lack the password; the zip lacks the HA1 main keeps.
      const onDisk = readFileSync(join(harness.dataDir, 'logs', 'main.log'), 'utf8');
      expect(onDisk).not.toContain(extension('1005').password);
      const [line] = (await harness.core.handlers['settings:get'](undefined)).accounts;
      const held = await harness.core.handlers['secrets:get']({ accountId: line!.id });
      expect(held).not.toBeNull();
      const secret = held && ('ha1' in held ? held.ha1 : held.password);
      expect(Object.values(files).join('\n')).not.toContain(secret);

      await diagnostics.openLogFolder.click();
      await expect.poll(() => harness.os.openedFolders).toEqual([join(harness.dataDir, 'logs')]);
    } finally {
      await erin.context.close();
    }
  });
});
