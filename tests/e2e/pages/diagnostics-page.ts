import { strFromU8, unzipSync } from 'fflate';
import { expect, type Locator, type Page } from '@playwright/test';
import { extension } from '../testbed';

/** Settings → Diagnostics: Export diagnostics, Open log folder, the SIP trace switch. */
export class DiagnosticsPage {
  readonly section: Locator;
  readonly exportButton: Locator;
  readonly openLogFolder: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('group', { name: 'Diagnostics', exact: true });
    this.exportButton = this.section.getByRole('button', {
      name: 'Export diagnostics',
      exact: true,
    });
    this.openLogFolder = this.section.getByRole('button', { name: 'Open log folder', exact: true });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^Settings/ })
      .click();
    await expect(this.section).toBeVisible();
  }

  get status(): Locator {
    return this.section.getByRole('status');
  }
}

/** Every file of a zip, as text. */
export function unzipText(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]),
  );
}

interface QualityRecord {
  direction: string;
  outcome?: string;
  samples: number;
  worstMos?: number;
  last?: { mos?: number; bytesReceived: number; bytesSent: number; level: string };
}

/**
 * What every diagnostics zip must hold after `user` signed in and made one answered call: the
 * REGISTER (its digest answer redacted) and INVITE in the trace, that call's quality figures,
 * versions, the settings with the line, and nowhere the password.
 */
export function expectDiagnostics(
  files: Record<string, string>,
  user: string,
  mode: 'desktop' | 'web',
): { summary: { app: Record<string, string>; runtime: Record<string, string> } } {
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(['summary.json', 'settings.json', 'call-quality.json', 'sip-trace.txt']),
  );
  const trace = files['sip-trace.txt']!;
  expect(trace).toContain('REGISTER sip:');
  expect(trace).toMatch(/INVITE sip:1002@/);
  expect(trace).toContain('SIP/2.0 401 Unauthorized');
  expect(trace).toContain('Authorization: Digest [redacted]');
  expect(trace).not.toMatch(/response="?[0-9a-f]{32}/);

  const calls = JSON.parse(files['call-quality.json']!) as QualityRecord[];
  const answered = calls.find((call) => call.outcome === 'answered');
  expect(answered, 'the answered call is listed').toBeDefined();
  expect(answered!.direction).toBe('outgoing');
  expect(answered!.samples).toBeGreaterThan(0);
  expect(answered!.last?.bytesReceived).toBeGreaterThan(1000);
  expect(answered!.last?.bytesSent).toBeGreaterThan(1000);
  expect(typeof answered!.last?.mos).toBe('number');

  const summary = JSON.parse(files['summary.json']!);
  expect(summary.app.mode).toBe(mode);
  expect(summary.runtime.userAgent).toMatch(/Chrome\/\d+/);
  expect(summary.runtime.os).toBeTruthy();

  const settings = JSON.parse(files['settings.json']!);
  expect(settings.accounts[0].extension).toBe(user);

  const everything = Object.values(files).join('\n');
  expect(everything).not.toContain(extension(user).password);
  return { summary };
}
