import { expect, test } from '@playwright/test';
import { createServer, type AddressInfo } from 'node:net';
import {
  startScriptedRegistrar,
  type ScriptedRegistrar,
} from '../../testbed/sip/scripted-registrar';
import { SignInPage } from '../pages/sign-in-page';

/**
 * Coming back after the server or the path to it failed, against a scripted registrar on
 * loopback (Kamailio cannot go silent on an open socket or come up on demand): fast reconnection
 * to a server that returns, an attempt at once when the network comes back, a keep-alive that
 * notices a connection gone silent, and a clear "not responding" for a server that answers nothing.
 */

const DOMAIN = 'softphone.test';

const registrars: ScriptedRegistrar[] = [];
test.afterEach(async () => {
  for (const started of registrars.splice(0)) await started.stop();
});

async function registrar(...args: Parameters<typeof startScriptedRegistrar>) {
  const started = await startScriptedRegistrar(...args);
  registrars.push(started);
  return started;
}

/** A measured figure, kept with the test's result (the JSON and HTML reporters show it). */
function figure(description: string): void {
  test.info().annotations.push({ type: 'figure', description });
}

/** A WebSocket URL on a port nothing listens on: a dead server. */
async function deadServerUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `ws://127.0.0.1:${port}/`;
}

function account(server: string) {
  return { server, domain: DOMAIN, extension: '1001', password: 'test-password' };
}

test('the server down at start and back after 40 s: tried every 2-8 s, registered within 10 s of its return', async ({
  page,
}) => {
  test.setTimeout(100_000);
  // "Down": a port that accepts TCP and drops it at once, so each connection attempt is seen.
  const attempts: number[] = [];
  const down = createServer((socket) => {
    attempts.push(performance.now());
    socket.destroy();
  });
  await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
  const { port } = down.address() as AddressInfo;
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(account(`ws://127.0.0.1:${port}/`));
  await expect(signIn.status).toContainText(/cannot reach server/i);
  // Long enough for JsSIP's back-off to reach its ceiling (8 s now; 30 s before).
  await page.waitForTimeout(40_000);
  await new Promise<void>((resolve) => down.close(() => resolve()));
  const upAt = performance.now();
  const pbx = await registrar(undefined, port);
  const first = await pbx.waitForRegisters(1, 20_000);
  await signIn.expectRegistered();
  const after = first.answeredAt! - upAt;
  const gaps = attempts.slice(1).map((at, index) => at - attempts[index]!);
  figure(
    `${attempts.length} attempts in 40 s (longest gap ${Math.round(Math.max(...gaps))} ms); ` +
      `registered ${Math.round(after)} ms after the server came up`,
  );
  // JsSIP waits 2-8 s between attempts (a margin for a busy machine); 16 and 30 s before.
  expect(Math.max(...gaps)).toBeLessThan(9_500);
  expect(attempts.length).toBeGreaterThanOrEqual(6);
  expect(after).toBeLessThan(10_000);
});

test('the network comes back (online) while the phone waits to reconnect: it connects at once', async ({
  page,
}) => {
  // The page's clock stands still: JsSIP's reconnection timer never fires, so only the `online`
  // event can bring the phone back.
  await page.clock.install();
  const server = await deadServerUrl();
  const signIn = new SignInPage(page);
  await signIn.open();
  await page.clock.pauseAt(Date.now() + 1_000);
  await signIn.signIn(account(server));
  await expect(signIn.status).toContainText(/cannot reach server/i);
  const pbx = await registrar(undefined, Number(new URL(server).port));
  await page.waitForTimeout(500);
  expect(pbx.connections).toBe(0);
  // A string: the node tsconfig that checks the specs has no DOM types.
  await page.evaluate("window.dispatchEvent(new Event('online'))");
  await signIn.expectRegistered();
  expect(pbx.connections).toBe(1);
});

test('a connection that goes silent without closing is noticed, replaced and registered again within 30 s', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const pbx = await registrar();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(account(pbx.url));
  await signIn.expectRegistered();
  await pbx.waitForRegisters(1);
  // The keep-alive is answered while the path works.
  await expect.poll(() => pbx.options.length, { timeout: 35_000 }).toBeGreaterThanOrEqual(1);
  const silentAt = performance.now();
  pbx.blackhole();
  const again = await pbx.waitForRegisters(2, 45_000);
  await signIn.expectRegistered();
  const after = again.receivedAt - silentAt;
  figure(`new connection registered ${Math.round(after)} ms after the old one went silent`);
  expect(pbx.connections).toBe(2);
  // At most one keep-alive interval (25 s) plus its deadline (5 s), and a margin for a busy machine.
  expect(after).toBeLessThan(36_000);
});

test('a server that accepts the socket but answers nothing: "not responding" within 15 s, with Retry now', async ({
  page,
}) => {
  const pbx = await registrar(undefined, 0, { swallow: true });
  const signIn = new SignInPage(page);
  await signIn.open();
  const started = performance.now();
  await signIn.signIn(account(pbx.url));
  await expect(signIn.status).toContainText(/connecting/i);
  await expect(signIn.status).toContainText(`Server ${pbx.url} is not responding. Retrying…`, {
    timeout: 15_000,
  });
  figure(`"not responding" shown ${Math.round(performance.now() - started)} ms after Sign in`);
  expect(pbx.connections).toBe(1);
  // Retry now gives up on that connection and opens a new one.
  await page.getByRole('button', { name: 'Retry now' }).click();
  await expect.poll(() => pbx.connections).toBe(2);
});
