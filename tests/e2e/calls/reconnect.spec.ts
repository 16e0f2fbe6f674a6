import type { Locator } from '@playwright/test';
import { startTcpRelay, wsTarget, type TcpRelay } from '../../testbed/tcp-relay';
import type { CallPage } from '../pages/call-page';
import { pbxWsUrl } from '../testbed';
import { expect, test } from './phones';

/**
 * A call survives its WebSocket dropping mid-call (issue 8, item 7). Alice reaches the PBX
 * through a loopback TCP relay the test cuts; JsSIP reconnects and registers again, and the
 * phone then re-INVITEs (ICE restart) over the new connection. Without that re-INVITE Kamailio
 * keeps routing Bob's in-dialog requests to the closed connection, so his BYE never reaches Alice.
 */

/** What the product promises: back and registered within 20 s, the call re-offered within 15 s. */
const REGISTERED_AGAIN_MS = 20_000;
const REOFFERED_MS = 15_000;

let relay: TcpRelay;
test.beforeEach(async () => {
  test.setTimeout(90_000);
  relay = await startTcpRelay(wsTarget(pbxWsUrl()));
});
test.afterEach(async () => {
  await relay.stop();
});

function figure(description: string): void {
  test.info().annotations.push({ type: 'figure', description });
}

async function iceRestarts(page: CallPage): Promise<number> {
  return (await page.onlyCall()).iceRestarts ?? 0;
}

interface CutCall {
  alice: CallPage;
  bob: CallPage;
  toBob: Locator;
  fromAlice: Locator;
}

/** Alice (through the relay) calls Bob, he answers and both hear each other. */
async function establish(
  phone: (user: string, options?: { server?: string }) => Promise<CallPage>,
) {
  const alice = await phone('1001', { server: relay.url });
  const bob = await phone('1002');
  const toBob = await alice.callAnswered('1002', bob);
  const fromAlice = bob.call('Alice Example');
  await alice.expectHearing();
  await bob.expectHearing();
  return { alice, bob, toBob, fromAlice };
}

/** Cuts Alice's WebSocket and waits until she is registered again and has re-offered the call. */
async function cutAndRecover({ alice, bob, toBob, fromAlice }: CutCall): Promise<void> {
  const before = relay.accepted;
  const cutAt = Date.now();
  expect(relay.cut(), 'the relay carried Alice’s WebSocket').toBeGreaterThan(0);
  await expect.poll(() => relay.accepted, { timeout: REGISTERED_AGAIN_MS }).toBeGreaterThan(before);
  const status = alice.page.getByRole('status').first();
  await expect(status).toContainText('Registered', { timeout: REGISTERED_AGAIN_MS });
  const registeredAt = Date.now();
  await expect.poll(() => iceRestarts(alice), { timeout: REOFFERED_MS }).toBeGreaterThan(0);
  const reofferedAt = Date.now();
  // The call is still up on both screens.
  await expect(alice.cards).toHaveCount(1);
  await expect(bob.cards).toHaveCount(1);
  await expect(toBob).toBeVisible();
  await expect(fromAlice).toBeVisible();
  figure(
    `WebSocket cut -> registered again ${registeredAt - cutAt} ms; ` +
      `-> ICE-restart re-INVITE answered ${reofferedAt - registeredAt} ms later`,
  );
}

/** Audio both ways, bytes growing after the cut; the time until both sides hear each other. */
async function expectAudioBothWays({ alice, bob }: CutCall, since: number): Promise<void> {
  await alice.expectHearing();
  await bob.expectHearing();
  figure(`audio heard both ways ${Date.now() - since} ms after the ICE restart was answered`);
}

test.describe('calls survive a dropped WebSocket', () => {
  test('after a reconnect the far end’s BYE reaches us, and audio flows both ways', async ({
    phone,
  }) => {
    const call = await establish(phone);
    await cutAndRecover(call);
    await expectAudioBothWays(call, Date.now());

    await call.bob.hangUp(call.fromAlice);
    await expect(call.bob.cards).toHaveCount(0);
    // Without our re-INVITE Kamailio sends this BYE to the closed connection and Alice never hears
    // of it: her call then ends only seconds later, when ICE gives up on Bob's closed peer
    // connection. The BYE takes milliseconds; 4 s tells the two apart on a loaded machine.
    await expect(call.alice.cards).toHaveCount(0, { timeout: 4_000 });
    await call.alice.expectHistoryEntry('1002', 'Outgoing · Answered');
  });

  test('after a reconnect our Hang up reaches the far end', async ({ phone }) => {
    const call = await establish(phone);
    await cutAndRecover(call);
    await call.alice.hangUp(call.toBob);
    await expect(call.alice.cards).toHaveCount(0);
    await expect(call.bob.cards).toHaveCount(0, { timeout: 10_000 });
  });

  // The hold must be complete before the cut: Bob shows "on hold" when the re-INVITE arrives, but
  // Alice's ACK follows a few ms later, and a cut in between loses it. JsSIP on Bob's side then
  // still waits for that ACK and refuses the ICE-restart re-INVITE 403 Wrong Status, and JsSIP on
  // Alice's ends the call ("Media Renegotiation Failed"). Read off a failed CI trace; a lost ACK
  // across a reconnect is left to JsSIP's 2xx retransmissions (see the README).
  test('a held call stays on hold across the reconnect and resumes over the new connection', async ({
    phone,
  }) => {
    const call = await establish(phone);
    await call.alice.hold(call.toBob);
    await expect(call.fromAlice).toContainText('Put on hold by the other party');
    // Bob retransmits his 200 until the ACK arrives (500 ms, then 1 s): by then it has.
    await call.alice.page.waitForTimeout(1_000);
    await cutAndRecover(call);
    await expect(call.alice.button(call.toBob, 'Resume')).toBeVisible();
    await expect(call.fromAlice).toContainText('Put on hold by the other party');
    await call.bob.expectSilence();

    await call.alice.resume(call.toBob);
    await expect(call.fromAlice).not.toContainText('Put on hold');
    await expectAudioBothWays(call, Date.now());
    await call.bob.hangUp(call.fromAlice);
    await expect(call.alice.cards).toHaveCount(0, { timeout: 10_000 });
  });

  test('a network change (online) restarts ICE with the socket up, and audio goes on', async ({
    phone,
  }) => {
    const call = await establish(phone);
    await call.alice.page.evaluate(() => {
      const page = globalThis as unknown as {
        dispatchEvent(event: unknown): boolean;
        Event: new (type: string) => unknown;
      };
      page.dispatchEvent(new page.Event('online'));
    });
    await expect.poll(() => iceRestarts(call.alice), { timeout: REOFFERED_MS }).toBe(1);
    await expectAudioBothWays(call, Date.now());
    await call.alice.hangUp(call.toBob);
    await expect(call.bob.cards).toHaveCount(0, { timeout: 10_000 });
  });
});
