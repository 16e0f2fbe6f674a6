import { expect, test, type Page } from '@playwright/test';
import {
  header,
  headerParam,
  requiredHeader,
  token,
  type SipRequest,
} from '../../testbed/sip/message';
import type { RequestScript, ScriptedFarEnd } from '../../testbed/sip/scripted-far-end';
import { CallPage } from '../pages/call-page';
import { SignInPage } from '../pages/sign-in-page';
import { useScriptedFarEnd } from './scripted-session';

/**
 * The far end of a call must never get a digest answer from us: one computed from the password
 * (or its HA1) in the PBX's realm is enough to recover the password offline. A scripted PBX + far
 * end on loopback challenges what the phone sends: the phone's BYE and re-INVITE inside a call,
 * and its INVITE from beyond the proxy or in a foreign realm. Each case runs with a registrar that
 * challenges (JsSIP then holds an HA1) and one that never does (JsSIP still holds the password).
 * The positive control, the PBX itself challenging an INVITE, shows the phone does answer when
 * it should, so "no credentials" below is a real observation.
 */

const DOMAIN = 'digest.test';
const USER = '1001';
const FAR = '2002';
const FOREIGN = 'evil.example';

const session = useScriptedFarEnd();
test.afterEach(() => expect(session.pageErrors).toEqual([]));

const credentialsOf = (request: SipRequest) =>
  header(request, 'Authorization') ?? header(request, 'Proxy-Authorization');

const challengeHeader = (status: 401 | 407, realm: string) =>
  [
    status === 401 ? 'WWW-Authenticate' : 'Proxy-Authenticate',
    `Digest realm="${realm}", nonce="${token()}", algorithm=MD5, qop="auth"`,
  ] as const;

/** Answers `request` with a challenge once (until it comes back with credentials). */
function challenge(request: SipRequest, server: ScriptedFarEnd, status: 401 | 407, realm: string) {
  const reason = status === 401 ? 'Unauthorized' : 'Proxy Authentication Required';
  server.reply(request, status, reason, { headers: [challengeHeader(status, realm)] });
}

/** A registrar that challenges every REGISTER without credentials in the line's domain. */
const challengingRegistrar: RequestScript = (request, server) => {
  if (request.method !== 'REGISTER' || credentialsOf(request)) return false;
  challenge(request, server, 401, DOMAIN);
  return true;
};

const inDialog = (request: SipRequest) =>
  Boolean(headerParam(requiredHeader(request, 'To'), 'tag'));

/** Challenges the phone's INVITE outside a dialog once; `trying`: after a 100 Trying. */
const challengeInvite =
  (realm: string, options: { trying?: boolean } = {}): RequestScript =>
  (request, server) => {
    if (request.method !== 'INVITE' || inDialog(request) || credentialsOf(request)) return false;
    if (options.trying) server.reply(request, 100, 'Trying');
    challenge(request, server, 407, realm);
    return true;
  };

/** Requests other than REGISTER the phone sent with credentials. */
const credentialed = () =>
  session.farEnd.received.flatMap(({ message }) =>
    message.kind === 'request' && message.method !== 'REGISTER' && credentialsOf(message)
      ? [`${message.method} ${credentialsOf(message)}`]
      : [],
  );

async function signedIn(page: Page): Promise<CallPage> {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn({
    server: session.farEnd.url,
    domain: DOMAIN,
    extension: USER,
    password: 'x-pw',
  });
  await signIn.expectRegistered();
  return new CallPage(page);
}

/** Dials the far end, which answers; resolves with the live card. */
async function establishedCall(phone: CallPage) {
  await phone.dial(FAR);
  const card = phone.call(FAR);
  await expect(phone.button(card, 'Hold')).toBeVisible();
  await session.farEnd.waitForRequest('ACK');
  return card;
}

/** Lets a resent request (there should be none) arrive before the count is read. */
const settle = (page: Page) => page.waitForTimeout(1_500);

for (const registrar of ['a challenging registrar', 'a registrar that never challenges']) {
  test.describe(`with ${registrar}`, () => {
    test.beforeEach(() => {
      if (registrar === 'a challenging registrar') session.farEnd.script(challengingRegistrar);
    });

    for (const [status, realm] of [
      [407, DOMAIN],
      [401, DOMAIN],
      [407, FOREIGN],
    ] as const) {
      test(`the far end challenging our BYE (${status}, realm ${realm}) gets no credentials`, async ({
        page,
      }) => {
        session.farEnd.script((request, server) => {
          if (request.method !== 'BYE' || credentialsOf(request)) return false;
          challenge(request, server, status, realm);
          return true;
        });
        const phone = await signedIn(page);
        const card = await establishedCall(phone);
        await phone.hangUp(card);
        await session.farEnd.waitForRequest('BYE');
        await expect(phone.cards).toHaveCount(0);
        await settle(page);
        expect(session.farEnd.requests('BYE')).toHaveLength(1);
        expect(credentialed()).toEqual([]);
      });
    }

    test('the far end challenging our re-INVITE (hold) in the PBX realm gets no credentials', async ({
      page,
    }) => {
      session.farEnd.script((request, server) => {
        if (request.method !== 'INVITE' || !inDialog(request) || credentialsOf(request))
          return false;
        challenge(request, server, 407, DOMAIN);
        return true;
      });
      const phone = await signedIn(page);
      const card = await establishedCall(phone);
      // The hold fails (its re-INVITE is refused): the click is all this test does.
      await phone.button(card, 'Hold').click();
      await session.farEnd.waitForRequest('INVITE', 2);
      await settle(page);
      expect(session.farEnd.requests('INVITE')).toHaveLength(2);
      expect(credentialed()).toEqual([]);
    });

    for (const [what, realm, trying] of [
      ['after the proxy’s 100 Trying', DOMAIN, true],
      ['in a foreign realm', FOREIGN, false],
    ] as const) {
      test(`a challenge to our INVITE ${what} gets no credentials`, async ({ page }) => {
        session.farEnd.script(challengeInvite(realm, { trying }));
        const phone = await signedIn(page);
        await phone.dial(FAR);
        await expect(phone.cards).toHaveCount(0);
        await settle(page);
        expect(session.farEnd.requests('INVITE')).toHaveLength(1);
        expect(credentialed()).toEqual([]);
      });
    }

    test('the PBX challenging our INVITE in its realm is answered (the control)', async ({
      page,
    }) => {
      session.farEnd.script(challengeInvite(DOMAIN));
      const phone = await signedIn(page);
      await establishedCall(phone);
      const [answered] = credentialed();
      expect(answered).toMatch(new RegExp(`^INVITE Digest .*realm="${DOMAIN}"`));
    });
  });
}
