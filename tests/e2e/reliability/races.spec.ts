import { expect, test, type Page } from '@playwright/test';
import { cseqNumber, header, requiredHeader, type SipRequest } from '../../testbed/sip/message';
import { CallPage } from '../pages/call-page';
import { SignInPage } from '../pages/sign-in-page';
import { useScriptedFarEnd } from './scripted-session';

/**
 * Races on the wire, against a scripted PBX + far end on loopback (Kamailio will not make a 200
 * cross our CANCEL or answer a re-INVITE 491 on demand): the phone must end up where the user
 * thinks it is, and nothing may be left up at either end.
 */

const DOMAIN = 'races.test';
const USER = '1001';
const FAR = '2002';

const session = useScriptedFarEnd();

function figure(description: string): void {
  test.info().annotations.push({ type: 'figure', description });
}

async function signedIn(page: Page): Promise<CallPage> {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn({
    server: session.farEnd.url,
    domain: DOMAIN,
    extension: USER,
    password: 'x',
  });
  await signIn.expectRegistered();
  return new CallPage(page);
}

const callIdOf = (request: SipRequest) => requiredHeader(request, 'Call-ID');

/** Dials the far end, which answers at once; resolves with the live card and the Call-ID. */
async function establishedCall(phone: CallPage) {
  await phone.dial(FAR);
  const card = phone.call(FAR);
  await expect(phone.button(card, 'Hold')).toBeVisible();
  const invite = (await session.farEnd.waitForRequest('INVITE')).message as SipRequest;
  await session.farEnd.waitForRequest('ACK');
  return { card, callId: callIdOf(invite) };
}

test.describe('a CANCEL crossing the 200 (JsSIP issue 836)', () => {
  test('the phone ACKs and BYEs the 200 within 2 s and shows no call', async ({ page }) => {
    let okSentAt = 0;
    let invite: SipRequest | undefined;
    session.farEnd.script((request, server) => {
      if (request.method === 'INVITE' && !invite) {
        invite = request;
        server.reply(request, 180, 'Ringing');
        return true;
      }
      if (request.method === 'CANCEL' && invite) {
        // The callee picked up just as we cancelled: its 200 was already on the wire.
        server.reply(invite, 200, 'OK', {
          body: server.answerSdp(callIdOf(invite), invite.body),
        });
        okSentAt = performance.now();
        server.reply(request, 200, 'OK');
        return true;
      }
      return false;
    });
    const phone = await signedIn(page);
    await phone.dial(FAR);
    const card = phone.call(FAR);
    await expect(card).toContainText(/ringing/i);
    await phone.hangUp(card);

    const ack = await session.farEnd.waitForRequest('ACK', 1, 5_000);
    const bye = await session.farEnd.waitForRequest('BYE', 1, 5_000);
    figure(
      `ACK ${Math.round(ack.at - okSentAt)} ms, BYE ${Math.round(bye.at - okSentAt)} ms after the crossing 200`,
    );
    expect(bye.at - okSentAt).toBeLessThan(2_000);
    expect(header(ack.message, 'Call-ID')).toBe(callIdOf(invite!));
    expect(header(bye.message, 'Call-ID')).toBe(callIdOf(invite!));
    await expect(phone.cards).toHaveCount(0);
    expect(session.pageErrors).toEqual([]);
  });
});

test.describe('re-INVITE glare (491 Request Pending)', () => {
  /** Answers the first re-INVITE of the call 491 and lets the rest through (200). */
  function glareOnce(): void {
    let refused = false;
    session.farEnd.script((request, server) => {
      const reinvite = request.method === 'INVITE' && /;tag=/.test(requiredHeader(request, 'To'));
      if (!reinvite || refused) return false;
      refused = true;
      server.reply(request, 491, 'Request Pending');
      return true;
    });
  }

  /**
   * Time from the 491 to re-INVITE number `refused` leaving here to the phone's retry arriving;
   * checks the retry is a new request (higher CSeq) and its 200 is ACKed with that CSeq.
   */
  async function retryDelay(refused: number): Promise<number> {
    const first = await session.farEnd.waitForRequest('INVITE', refused);
    const refusedAt = performance.now();
    const retry = await session.farEnd.waitForRequest('INVITE', refused + 1, 8_000);
    const number = cseqNumber(retry.message);
    expect(number).toBeGreaterThan(cseqNumber(first.message));
    await expect
      .poll(() => session.farEnd.requests('ACK').map(({ message }) => cseqNumber(message)))
      .toContain(number);
    return retry.at - refusedAt;
  }

  test('Hold on a call we placed is retried after 2.1–4 s and the call shows held', async ({
    page,
  }) => {
    glareOnce();
    const phone = await signedIn(page);
    const { card } = await establishedCall(phone);
    await phone.button(card, 'Hold').click();
    // INVITE 1 opened the call; 2 (the hold) is refused; 3 is its retry.
    const waited = await retryDelay(2);
    figure(`hold retried ${Math.round(waited)} ms after the 491 (we own the Call-ID)`);
    expect(waited).toBeGreaterThanOrEqual(2_100 - 50);
    expect(waited).toBeLessThan(4_000 + 1_000);
    await expect(phone.button(card, 'Resume')).toBeVisible();
    // The call is up and usable: resuming works, and no BYE went out.
    await phone.resume(card);
    await session.farEnd.waitForRequest('INVITE', 4);
    expect(session.farEnd.requests('BYE')).toHaveLength(0);
    expect(session.pageErrors).toEqual([]);
  });

  test('real glare: both ends re-INVITE at once; our hold goes through after the far end’s', async ({
    page,
  }) => {
    let refused = false;
    session.farEnd.script((request, server) => {
      const reinvite = request.method === 'INVITE' && /;tag=/.test(requiredHeader(request, 'To'));
      if (!reinvite || refused) return false;
      refused = true;
      server.reply(request, 491, 'Request Pending');
      // The far end's own re-INVITE, which crossed ours.
      server.sendInDialog(callIdOf(request), 'INVITE');
      return true;
    });
    const phone = await signedIn(page);
    const { card } = await establishedCall(phone);
    await phone.button(card, 'Hold').click();
    const waited = await retryDelay(2);
    figure(`hold retried ${Math.round(waited)} ms after the 491, the far end's re-INVITE answered`);
    // The phone answered the far end's re-INVITE...
    expect(
      session.farEnd.received.some(
        ({ message }) =>
          message.kind === 'response' &&
          message.status === 200 &&
          requiredHeader(message, 'CSeq').endsWith('INVITE'),
      ),
    ).toBe(true);
    // ... and its retried offer still holds the call (a fresh offer, still sendonly).
    const retry = session.farEnd.requests('INVITE')[2]!.message as SipRequest;
    expect(retry.body).toMatch(/^a=sendonly/m);
    await page.waitForTimeout(1_000);
    await expect(phone.button(card, 'Resume')).toBeVisible();
    expect(session.farEnd.requests('BYE')).toHaveLength(0);
    expect(session.pageErrors).toEqual([]);
  });

  test('Resume on an incoming call is retried after 0–2 s and the call shows resumed', async ({
    page,
  }) => {
    const phone = await signedIn(page);
    session.farEnd.callPhone(USER, FAR, DOMAIN);
    await phone.answer();
    const card = phone.call(FAR);
    await phone.hold(card);
    // Glare on the second re-INVITE of the phone (the resume), not on the hold.
    await session.farEnd.waitForRequest('INVITE', 1);
    glareOnce();
    await phone.button(card, 'Resume').click();
    const waited = await retryDelay(2);
    figure(`resume retried ${Math.round(waited)} ms after the 491 (the far end owns the Call-ID)`);
    expect(waited).toBeLessThan(2_000 + 1_000);
    await expect(phone.button(card, 'Hold')).toBeVisible();
    // Mute re-offers nothing (JsSIP only disables the track), so it has no glare to meet.
    await phone.mute(card);
    await page.waitForTimeout(1_000);
    expect(session.farEnd.requests('INVITE')).toHaveLength(3);
    expect(session.farEnd.requests('BYE')).toHaveLength(0);
    expect(session.pageErrors).toEqual([]);
  });
});

test.describe('a BYE during a transfer', () => {
  test('BYE right after the REFER is accepted: no call left, the next call is taken', async ({
    page,
  }) => {
    session.farEnd.script((request, server) => {
      if (request.method !== 'REFER') return false;
      server.reply(request, 202, 'Accepted');
      // The transferee hangs up before telling us anything (no NOTIFY).
      server.sendInDialog(callIdOf(request), 'BYE');
      return true;
    });
    const phone = await signedIn(page);
    const { card } = await establishedCall(phone);
    await phone.blindTransfer(card, '2003');
    await session.farEnd.waitForRequest('REFER');
    await expect(phone.cards).toHaveCount(0);
    // The phone answered the BYE and sent none of its own.
    await expect
      .poll(() =>
        session.farEnd.received.some(
          ({ message }) =>
            message.kind === 'response' &&
            message.status === 200 &&
            requiredHeader(message, 'CSeq').endsWith('BYE'),
        ),
      )
      .toBe(true);

    session.farEnd.callPhone(USER, '2004', DOMAIN);
    await expect(phone.ringingCall).toContainText('2004');
    await phone.answer();
    await expect(phone.button(phone.call('2004'), 'Hold')).toBeVisible();
    await expect(phone.cards).toHaveCount(1);
    expect(session.pageErrors).toEqual([]);
  });

  test('the first party hangs up while we consult: the consult call goes on as a normal call', async ({
    page,
  }) => {
    const phone = await signedIn(page);
    const { card: first, callId } = await establishedCall(phone);
    await phone.consult(first, '2003');
    const consultLeg = phone.call('2003');
    await expect(phone.button(consultLeg, 'Complete transfer')).toBeVisible();
    // The held party gives up waiting.
    session.farEnd.sendInDialog(callId, 'BYE');
    await expect(first).toHaveCount(0);
    await expect(phone.cards).toHaveCount(1);
    await expect(phone.button(consultLeg, 'Complete transfer')).toHaveCount(0);
    await expect(phone.button(consultLeg, 'Transfer')).toBeVisible();
    await phone.hold(consultLeg);
    await phone.resume(consultLeg);
    await phone.hangUp(consultLeg);
    await expect(phone.cards).toHaveCount(0);
    // Our one BYE is the consult leg's; the first call was ended by the far end.
    const byes = session.farEnd.requests('BYE');
    expect(byes).toHaveLength(1);
    expect(header(byes[0]!.message, 'Call-ID')).not.toBe(callId);
    expect(session.pageErrors).toEqual([]);
  });
});
