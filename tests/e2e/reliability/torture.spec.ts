import { expect, test } from '@playwright/test';
import { TortureServer } from '../../testbed/sip/torture-server';
import { hostileExtras, retargeted, rfc4475Messages } from '../../testbed/sip/torture';
import { CallPage } from '../pages/call-page';
import { SignInPage } from '../pages/sign-in-page';

const USER = '1001';
const DOMAIN = 'torture.test';

/**
 * The phone's own SIP server sends it RFC 4475's torture messages and a few hostile extras,
 * straight over its WebSocket (a real proxy such as Kamailio would drop most of them first).
 * The page must survive all of them, stay registered and still take a call.
 */
test.describe('torture messages from the SIP server', () => {
  let server: TortureServer;

  test.beforeEach(async () => {
    server = await TortureServer.start(USER);
  });

  test.afterEach(async () => {
    await server.close();
  });

  test('the phone survives all 49 RFC 4475 messages and hostile extras, then takes a call', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn({ server: server.url, domain: DOMAIN, extension: USER, password: 'x' });
    await signIn.expectRegistered();

    const messages = rfc4475Messages().flatMap((raw) => [raw, retargeted(raw, USER)]);
    for (const message of [...messages, ...hostileExtras(USER, DOMAIN)]) {
      server.deliver(message);
      // Apart, so each gets its own answer and a crash is pinned on the message that caused it.
      await page.waitForTimeout(20);
    }
    await expect
      .poll(() => server.answers('unkscm.nasdfasser0q239nwsdfasdkl34'))
      .toEqual([416, 416]);
    await expect
      .poll(() => server.answers('novelsc.asdfasser0q239nwsdfasdkl34'))
      .toEqual([416, 416]);
    expect(pageErrors).toEqual([]);
    await signIn.expectRegistered();

    // Not UTF-8 in a text frame: Chromium fails the WebSocket (RFC 6455 says 1007; this Chromium
    // sends 1002, protocol error); the phone must reconnect and register again.
    expect(server.closeCodes).toEqual([]);
    const registeredBefore = server.registered;
    server.sendInvalidTextFrame();
    await expect.poll(() => server.closeCodes).toHaveLength(1);
    expect([1002, 1007]).toContain(server.closeCodes[0]);
    // JsSIP's recovery interval starts at 2 s (connection_recovery_min_interval).
    await expect
      .poll(() => server.registered, { timeout: 20_000 })
      .toBeGreaterThan(registeredBefore);
    await signIn.expectRegistered();

    const phone = new CallPage(page);
    const callId = server.call('2002', DOMAIN);
    await expect(phone.ringingCall).toHaveCount(1);
    await expect(phone.ringingCall).toContainText('2002');
    await phone.answer();
    await expect.poll(() => server.answers(callId), { timeout: 15_000 }).toContain(200);
    await phone.button(phone.call('2002'), 'Hang up').click();
    await expect.poll(() => server.requests.some((r) => r.method === 'BYE')).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
