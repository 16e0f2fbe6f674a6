import { readFileSync } from 'node:fs';
import { expect, test } from './calls/phones';
import { DiagnosticsPage, expectDiagnostics, unzipText } from './pages/diagnostics-page';

/**
 * Export diagnostics in the browser build: Alice (1001) calls Bob (1002), who answers; a few
 * seconds of audio; hang up; Settings → Diagnostics → Export diagnostics downloads one zip.
 */
test.describe('Export diagnostics (browser)', () => {
  test('the download holds the REGISTER and INVITE trace, the call quality, versions, and no password', async ({
    phone,
  }) => {
    // Two sign-ins, a call with a few seconds of audio, an export: slow on a loaded machine.
    test.setTimeout(120_000);
    const alice = await phone('1001');
    const bob = await phone('1002');
    const call = await alice.callAnswered('1002', bob);
    await alice.expectHearing();
    // At least one quality sample (every 2 s) with audio in both directions.
    await expect(call.getByText(/^(Good|Fair|Poor)$/)).toBeVisible({ timeout: 10_000 });
    await alice.hangUp(call);
    await expect(alice.cards).toHaveCount(0);

    const diagnostics = new DiagnosticsPage(alice.page);
    await diagnostics.open();
    await expect(diagnostics.openLogFolder).toHaveCount(0);
    const [download] = await Promise.all([
      alice.page.waitForEvent('download'),
      diagnostics.exportButton.click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^softphone-diagnostics-\d{4}-\d\d-\d\d-\d{4}\.zip$/,
    );
    await expect(diagnostics.status).toContainText(
      'Diagnostics downloaded as softphone-diagnostics-',
    );
    const files = unzipText(new Uint8Array(readFileSync(await download.path())));
    const { summary } = expectDiagnostics(files, '1001', 'web');
    expect(summary.app.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(summary.runtime.chrome).toMatch(/^\d+\.\d+/);
    expect(files['logs/page.log']).toBeDefined();
  });
});
