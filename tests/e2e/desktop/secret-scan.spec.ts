import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import * as v from 'valibot';
import { ProvisioningProfileSchema } from '../../../src-preload/contract';
import { expect, test } from '../calls/phones';
import { CallPage } from '../pages/call-page';
import { extension } from '../testbed';
import { createDesktopHarness, type DesktopHarness } from './desktop-harness';
import { openDesktopPhone } from './desktop-page';

/**
 * A full desktop session leaves no secret behind: sign in (with a provider profile that brings a
 * TURN server and its credential), two calls, the SIP trace on, sign out. Then every file under
 * the app's data folder (settings, encrypted passwords, history, the log file with the SIP trace)
 * and every log line is searched for the password, its HA1 (md5 of `1005:softphone.test:<pw>`, what
 * a digest answer is cracked back to) and the TURN credential: as plain text, percent-encoded,
 * JSON-escaped and base64.
 *
 * The TURN server does not exist (nothing listens on 127.0.0.1:3479): with a TURN URL the phone
 * waits for a relay candidate up to its ICE cap (sip/ice-cap.ts, 2 s), then calls with host
 * candidates, so the calls still connect.
 */
const REALM = 'softphone.test';
const TURN_CREDENTIAL = 'turn-Cr3d-5f0e1a77';

function forms(secret: string): string[] {
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  return [
    secret,
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
    base64(secret),
    // base64 of the secret inside a longer text starts at one of three offsets.
    base64(`x${secret}`).slice(4, -4),
    base64(`xy${secret}`).slice(4, -4),
  ].filter((form, index, all) => form.length >= 8 && all.indexOf(form) === index);
}

test.describe('secrets in a desktop session', () => {
  let harness: DesktopHarness;
  test.beforeEach(async ({ baseURL }) => {
    harness = await createDesktopHarness(String(baseURL));
  });
  test.afterEach(() => harness.close());

  test('sign in, two calls, SIP trace on, sign out: no password, HA1 or TURN credential anywhere', async ({
    browser,
    baseURL,
    phone,
  }) => {
    test.setTimeout(90_000);
    const erinDetails = extension('1005');
    const profile = v.parse(ProvisioningProfileSchema, {
      version: 1,
      provider: 'Loopback Telecom',
      servers: [erinDetails.server],
      domain: erinDetails.domain,
      iceServers: [
        {
          urls: 'turn:127.0.0.1:3479?transport=udp',
          username: 'erin',
          credential: TURN_CREDENTIAL,
        },
      ],
    });
    // The provider's profile, imported earlier: sign-in copies its ICE servers into the line.
    await harness.core.handlers['settings:update']({ provisioning: profile });

    const {
      context,
      page,
      phone: erin,
    } = await openDesktopPhone(harness, browser, String(baseURL));
    try {
      // The line really carries the TURN credential (else this test would prove nothing).
      const settings = await harness.core.handlers['settings:get'](undefined);
      expect(settings.accounts[0]?.iceServers).toEqual(profile.iceServers);

      await erin.openSettings();
      await page.getByLabel(/Write a SIP trace to the log file/).check();
      await erin.openPhone();

      const mallory = await phone('1006');
      // Call one: Erin dials out; call two: Mallory calls in. Both answered, heard, hung up.
      await erin.dial('1006');
      await mallory.answer();
      await erin.expectHearing();
      await erin.hangUp();
      await expect(erin.cards).toHaveCount(0);
      await mallory.dial('1005');
      await erin.answer();
      await erin.expectHearing();
      await erin.hangUp();
      await expect(mallory.cards).toHaveCount(0);

      await erin.openSettings();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    } finally {
      await context.close();
    }
    await harness.core.idle();

    const sip = harness.logLines().filter((line) => line.includes('[sip]'));
    // The trace was on and covered the session: both INVITEs and the challenged REGISTERs.
    expect(sip.join('\n')).toContain('INVITE sip:');
    expect(sip.join('\n')).toContain('Authorization: Digest [redacted]');

    const ha1 = createHash('md5').update(`1005:${REALM}:${erinDetails.password}`).digest('hex');
    const secrets = {
      password: erinDetails.password,
      HA1: ha1,
      'HA1 (upper case)': ha1.toUpperCase(),
      'TURN credential': TURN_CREDENTIAL,
    };
    const files = harness.files();
    expect(files.map((file) => relative(harness.dataDir, file.path)).sort()).toEqual(
      expect.arrayContaining(['history.jsonl', 'logs/main.log', 'passwords.json', 'settings.json']),
    );
    const sources = [
      ...files.map((file) => ({
        name: relative(harness.dataDir, file.path),
        text: file.bytes.toString('latin1'),
      })),
      { name: 'log lines', text: harness.logLines().join('\n') },
    ];
    const found = Object.entries(secrets).flatMap(([what, secret]) =>
      forms(secret).flatMap((form) =>
        sources
          .filter((s) => s.text.includes(form))
          .map((s) => `${what} as "${form}" in ${s.name}`),
      ),
    );
    expect(found).toEqual([]);
  });

  // After its first registration a line keeps the digest HA1 instead of the password (Kamailio
  // challenges REGISTER with 401 and INVITE with 407): the store then holds no password, and after
  // a reload the line registers and calls with the HA1 alone.
  test('sign in, registered: HA1 stored; reload: registers and calls with it', async ({
    browser,
    baseURL,
    phone,
  }) => {
    const erinDetails = extension('1005');
    const { context, page, signIn } = await openDesktopPhone(harness, browser, String(baseURL));
    try {
      const settings = await harness.core.handlers['settings:get'](undefined);
      const accountId = settings.accounts[0]!.id;
      const ha1 = createHash('md5').update(`1005:${REALM}:${erinDetails.password}`).digest('hex');
      await expect
        .poll(() => harness.core.handlers['secrets:get']({ accountId }))
        .toEqual({ ha1, realm: REALM });

      await page.reload();
      await signIn.expectRegistered();
      const erin = new CallPage(page);
      const mallory = await phone('1006');
      // Kamailio challenges the INVITE (407): answered with the HA1, the call goes through.
      await erin.dial('1006');
      await mallory.answer();
      await erin.expectHearing();
      await erin.hangUp();
      await expect(erin.cards).toHaveCount(0);
    } finally {
      await context.close();
    }
  });
});
