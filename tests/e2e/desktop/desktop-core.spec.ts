import { testExtension } from '../../testbed/extensions';
import type { Browser } from '@playwright/test';
import { expect, test } from '../calls/phones';
import { extension } from '../testbed';
import { createDesktopHarness, type DesktopHarness } from './desktop-harness';
import { openDesktopPhone } from './desktop-page';

/**
 * The desktop app's main process, minus Electron: the renderer's web build in Chromium talks to
 * main's real handler modules (desktop core, IPC router, settings, history, encrypted passwords)
 * running in this test process, and those drive real calls through the test PBX. Erin (1005) is
 * the desktop app; Mallory (1006, whose display name is an HTML injection attempt) is a plain
 * web phone.
 */
test.describe('desktop integration (main process wired to the page)', () => {
  let harness: DesktopHarness;
  test.beforeEach(async ({ baseURL }) => {
    harness = await createDesktopHarness(String(baseURL), {
      shortcutsTakenByOthers: ['CommandOrControl+Shift+F11'],
    });
  });
  test.afterEach(() => harness.close());

  /** Erin's desktop page, wired to the harness before it loads. Signs in unless told not to. */
  async function openDesktop(browser: Browser, baseURL: string, signIn = true) {
    const desktop = await openDesktopPhone(harness, browser, baseURL, signIn && '1005');
    return { ...desktop, erin: desktop.phone, signInPage: desktop.signIn };
  }

  test('a tel: link that arrives before the app is ready rings at another extension once registered', async ({
    browser,
    baseURL,
    phone,
  }) => {
    const mallory = await phone('1006');
    // Cold start: the link is handed to main before the page even exists.
    harness.core.handleOpenUrl('tel:1006');

    const { context, page, erin, signInPage } = await openDesktop(browser, String(baseURL), false);
    try {
      // Nothing can ring yet: the page has the request but no registered account.
      await expect(mallory.cards).toHaveCount(0);
      await signInPage.signIn(extension('1005'));
      await signInPage.expectRegistered();

      await expect(mallory.ringingCall).toContainText('1005');
      // Main asked first (the default), and the user said "Call".
      expect(harness.os.dialQuestions).toEqual(['1006']);
      await expect(mallory.button(mallory.ringingCall, 'Answer')).toBeVisible();
      await expect(mallory.button(mallory.ringingCall, 'Decline')).toBeVisible();
      await expect(erin.call('1006')).toBeVisible();
      // Main follows the phone: the tray shows a call, the display is kept awake while dialling.
      await expect.poll(() => harness.os.trayIcons.at(-1)).toBe('in-call');
      await expect.poll(() => harness.os.blockers.size).toBe(1);

      await mallory.decline();
      await expect(erin.call('1006')).toContainText('Busy');
      await expect.poll(() => harness.os.blockers.size).toBe(0);

      // A hostile link is refused with a reason the user sees, and nothing rings.
      harness.core.handleOpenUrl('tel:123 --inspect=9229');
      harness.core.handleArgv([
        '/opt/Softphone/softphone',
        '--',
        'sip:1006@softphone.test?Replaces=x',
      ]);
      await expect(page.getByRole('alert').filter({ hasText: 'letters' })).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: 'SIP headers' })).toBeVisible();
      await page.waitForTimeout(1500);
      await expect(mallory.ringingCall).toHaveCount(0);

      // The password is in the encrypted file only: never in settings, history or any file as text.
      expect(harness.filesText()).toContain('1005');
      expect(harness.filesText()).not.toContain(testExtension('1005').password);
    } finally {
      await context.close();
    }
  });

  test('a refused link is shown in the language the user chose, and logged in English', async ({
    browser,
    baseURL,
  }) => {
    const { context, page, erin } = await openDesktop(browser, String(baseURL));
    try {
      await erin.openSettings();
      await page.locator('#settings-language').selectOption('de');
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
      harness.core.handleOpenUrl('tel:1-800-PIZZA');
      harness.core.handleOpenUrl('sip:1006@127.0.0.1');
      await expect(
        page
          .getByRole('alert')
          .filter({ hasText: 'Das ist keine Telefonnummer: Sie enthält Buchstaben.' }),
      ).toBeVisible();
      await expect(
        page
          .getByRole('alert')
          .filter({ hasText: 'Dieser SIP-Link zeigt auf diesen Computer (Loopback) (127.0.0.1)' }),
      ).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: 'letters' })).toHaveCount(0);
      expect(harness.logLines().join('\n')).toContain('This SIP link points at this computer');
    } finally {
      await context.close();
    }
  });

  test('an incoming call opens the popup model and is answered, then hung up, by the hotkeys', async ({
    browser,
    baseURL,
    phone,
  }) => {
    const { context, erin } = await openDesktop(browser, String(baseURL));
    try {
      const mallory = await phone('1006');
      harness.os.window.visible = false; // Erin's window is hidden in the tray.
      await mallory.dial('1005');
      await expect(erin.ringingCall).toBeVisible();

      // The popup model: one popup for the ringing call, caller name and number as text.
      await expect.poll(() => harness.os.popups.length).toBe(1);
      const popup = harness.os.popups[0]!;
      expect(popup.view).toMatchObject({ number: '1006', language: 'en' });
      expect(popup.view.name).toContain('Mallory');
      expect(popup.view.name).toContain('<img src=x');
      expect(harness.core.popupView(popup.view.callId)).toMatchObject({ number: '1006' });
      expect(harness.os.trayTooltips.at(-1)).toMatch(/Incoming call from .*Mallory/);
      expect(harness.os.window.visible).toBe(false); // the popup shows; the window stays where it was

      harness.core.onHotkey('answer');
      const toErin = mallory.call('1005');
      await expect(mallory.button(toErin, 'Hang up')).toBeVisible();
      await expect(mallory.button(toErin, 'Hold')).toBeVisible();
      await expect(erin.button(erin.cards.first(), 'Hold')).toBeVisible();
      await expect.poll(() => popup.closed).toBe(true);
      await expect.poll(() => harness.os.blockers.size).toBe(1);
      await erin.expectHearing();

      harness.core.onHotkey('hangup');
      await expect(mallory.cards).toHaveCount(0);
      await expect(erin.cards).toHaveCount(0);
      await expect.poll(() => harness.os.blockers.size).toBe(0);
      // The call reached main's history file, and the tray offers it as a recent call.
      await expect
        .poll(
          () =>
            harness.os.trayMenus.at(-1)?.find((item) => item.id === 'recent')?.submenu?.[0]
              ?.label ?? '',
        )
        .toContain('1006');
    } finally {
      await context.close();
    }
  });

  test('settings show the hotkey report, and "reset app data" keeps only what was chosen', async ({
    browser,
    baseURL,
  }) => {
    const { context, page, erin } = await openDesktop(browser, String(baseURL));
    try {
      await erin.openSettings();
      // A hotkey another application holds is reported, never silently dropped.
      await expect(
        page.getByText('CommandOrControl+Shift+F11 is in use by another application'),
      ).toBeVisible();
      await expect(page.getByLabel('Mute or unmute')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByText('Passwords are encrypted on this computer')).toBeVisible();

      // Settings written by main: the page's change lands in the settings file.
      // Asking before a link dials is the default; turning it off lands in the settings file.
      await expect(page.getByLabel('Ask before calling a number from a link')).toBeChecked();
      await page.getByLabel('Ask before calling a number from a link').uncheck();
      await expect.poll(() => harness.filesText()).toContain('"confirmBeforeDial": false');

      await page.getByLabel('Call history').check();
      await page.getByRole('button', { name: 'Reset app data…' }).click();
      await page.getByRole('button', { name: 'Reset now' }).click();
      // The page reloads into a clean app: signed out, preferences back to defaults.
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
      expect(harness.os.reloads).toBe(1);
      const files = harness.filesText();
      expect(files).not.toContain('1005');
      expect(files).toContain('"confirmBeforeDial": true');
    } finally {
      await context.close();
    }
  });

  test("the optional SIP trace reaches main's log with the digest answer redacted", async ({
    browser,
    baseURL,
  }) => {
    const { context, page, erin } = await openDesktop(browser, String(baseURL));
    try {
      const sipLines = () => harness.logLines().filter((line) => line.includes('[sip]'));
      expect(sipLines()).toEqual([]);
      await erin.openSettings();
      await page.getByLabel(/Write a SIP trace to the log file/).check();
      // Signing out unregisters: a challenged REGISTER with credentials, now traced.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect.poll(() => sipLines().join('\n')).toContain('REGISTER sip:');
      // The 401 answer, then the retry with credentials: its digest answer must not be in the log.
      await expect.poll(() => sipLines().join('\n')).toContain('Authorization: Digest [redacted]');
      const trace = sipLines().join('\n');
      expect(trace).toContain('SIP/2.0 401 Unauthorized');
      expect(trace).not.toContain(extension('1005').password);
      expect(trace).not.toMatch(/response="[0-9a-f]{32}"/);
    } finally {
      await context.close();
    }
  });
});
