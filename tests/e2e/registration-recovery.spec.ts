import { expect, test, type Page } from '@playwright/test';
import { createServer, type AddressInfo } from 'node:net';
import {
  sipInstance,
  startScriptedRegistrar,
  type RegisterAnswer,
  type ScriptedRegistrar,
} from '../testbed/sip/scripted-registrar';
import { header } from '../testbed/sip/message';
import { SignInPage } from './pages/sign-in-page';

/**
 * Registration when the registrar misbehaves, against a scripted registrar on loopback (Kamailio
 * will not answer a refresh 503 on demand): the phone must REGISTER again by itself, and prefer
 * its servers in the order given.
 */

const DOMAIN = 'softphone.test';
const OK: RegisterAnswer = { status: 200, reason: 'OK' };
/** JsSIP refreshes a 10 s binding after 5 s (its minimum Expires; Registrator.js). */
const SHORT: RegisterAnswer = { status: 200, reason: 'OK', expires: 10 };
const unavailable = (retryAfter: number): RegisterAnswer => ({
  status: 503,
  reason: 'Service Unavailable',
  headers: [['Retry-After', String(retryAfter)]],
});

const registrars: ScriptedRegistrar[] = [];
async function registrar(...answers: RegisterAnswer[]): Promise<ScriptedRegistrar> {
  const started = await startScriptedRegistrar((_request, index) =>
    index < answers.length ? (answers[index] ?? null) : OK,
  );
  registrars.push(started);
  return started;
}
test.afterEach(async () => {
  for (const started of registrars.splice(0)) await started.stop();
});

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

test.describe('registration recovery', () => {
  test('a refresh answered 503 Retry-After: 2 is sent again after 2 s and the phone is registered again', async ({
    page,
  }) => {
    const pbx = await registrar(SHORT, unavailable(2), SHORT);
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(account(pbx.url));
    await signIn.expectRegistered();

    const refused = await pbx.waitForRegisters(2);
    await expect(signIn.status).toContainText(
      'The server is unavailable (503 Service Unavailable)',
    );
    const again = await pbx.waitForRegisters(3, 6_000);
    await signIn.expectRegistered();
    const waited = again.receivedAt - refused.answeredAt!;
    figure(`REGISTER again ${Math.round(waited)} ms after the 503 (Retry-After: 2)`);
    expect(waited).toBeGreaterThanOrEqual(1_950);
    expect(waited).toBeLessThan(3_000);
    // One identity throughout: the retry is the same binding, not a new one.
    expect(sipInstance(again.request)).toBe(sipInstance(refused.request));
  });

  test('a refresh never answered times out (32 s) and is sent again 2 s later', async ({
    page,
  }) => {
    test.setTimeout(75_000);
    const pbx = await registrar(SHORT, null, SHORT);
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(account(pbx.url));
    await signIn.expectRegistered();
    const unanswered = await pbx.waitForRegisters(2);
    // JsSIP gives a non-INVITE transaction 64*T1 = 32 s (Timer F), then our backoff starts at 2 s ±20 %.
    await expect(signIn.status).toContainText('did not answer in time', { timeout: 40_000 });
    const again = await pbx.waitForRegisters(3, 10_000);
    await signIn.expectRegistered();
    const waited = again.receivedAt - unanswered.receivedAt;
    figure(`REGISTER again ${Math.round(waited)} ms after the unanswered one`);
    expect(waited).toBeGreaterThanOrEqual(32_000 + 1_600 - 50);
    expect(waited).toBeLessThan(32_000 + 2_400 + 1_000);
  });

  test('Retry now sends the waiting REGISTER at once instead of after Retry-After', async ({
    page,
  }) => {
    const pbx = await registrar(SHORT, unavailable(120), OK);
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(account(pbx.url));
    await signIn.expectRegistered();
    const refused = await pbx.waitForRegisters(2);
    const retry = page.getByRole('button', { name: 'Retry now' });
    await retry.click();
    const again = await pbx.waitForRegisters(3, 5_000);
    await signIn.expectRegistered();
    await expect(retry).toHaveCount(0);
    expect(again.receivedAt - refused.answeredAt!).toBeLessThan(5_000);
  });

  test("Retry now while the server is unreachable connects at once, not at JsSIP's next timer", async ({
    page,
  }) => {
    // The page's clock stands still: JsSIP's reconnect timer never fires, so only the button can
    // bring the phone back.
    await page.clock.install();
    const server = await deadServerUrl();
    const signIn = new SignInPage(page);
    await signIn.open();
    await page.clock.pauseAt(Date.now() + 1_000);
    await signIn.signIn(account(server));
    await expect(signIn.status).toContainText(/cannot reach server/i);
    const pbx = await startScriptedRegistrar(undefined, Number(new URL(server).port));
    registrars.push(pbx);
    await page.waitForTimeout(500);
    expect(pbx.connections).toBe(0);
    await page.getByRole('button', { name: 'Retry now' }).click();
    await signIn.expectRegistered();
    expect(pbx.connections).toBe(1);
  });

  test('a 403 on the refresh names the problem and sends no more REGISTERs', async ({ page }) => {
    const pbx = await registrar(SHORT, { status: 403, reason: 'Forbidden' });
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(account(pbx.url));
    await signIn.expectRegistered();
    await pbx.waitForRegisters(2);
    await expect(signIn.status).toContainText('The server refused extension 1001');
    await page.waitForTimeout(4_000);
    expect(pbx.registers).toHaveLength(2);
  });
});

/**
 * Signs in through a provisioning profile listing `servers` in order (the form takes one server;
 * a provider's profile is where several come from), and waits until registered.
 */
async function signInWithServers(page: Page, servers: string[]): Promise<SignInPage> {
  await page.route('**/profiles/failover.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ version: 1, provider: 'Failover Telecom', servers, domain: DOMAIN }),
    }),
  );
  const signIn = new SignInPage(page);
  await signIn.open('?profile=profiles/failover.json');
  await expect(page.getByLabel('Server', { exact: true })).toHaveValue(servers[0]!);
  await page.getByLabel('Extension', { exact: true }).fill('1001');
  await page.getByLabel('Password', { exact: true }).fill('test-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await signIn.expectRegistered();
  return signIn;
}

test.describe('server order', () => {
  test('the first server dead: the phone registers through the second', async ({ page }) => {
    const second = await registrar();
    const started = performance.now();
    await signInWithServers(page, [await deadServerUrl(), second.url]);
    figure(
      `registered through the second server ${Math.round(performance.now() - started)} ms after Sign in`,
    );
    expect(second.registers.length).toBeGreaterThan(0);
  });

  test('both servers up: it uses the first, every time', async ({ page }) => {
    const [first, second] = [await registrar(), await registrar()];
    // JsSIP without weights picks at random: six sign-ins in a row all on the first fail 63 in 64.
    for (let round = 1; round <= 6; round++) {
      await signInWithServers(page, [first.url, second.url]);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
      expect(first.connections, `round ${round}`).toBe(round);
      expect(second.connections, `round ${round}`).toBe(0);
    }
  });
});

test.describe('identity', () => {
  test('after a restart the line registers with the same +sip.instance (one binding, not two)', async ({
    page,
  }) => {
    const pbx = await registrar();
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(account(pbx.url));
    await signIn.expectRegistered();
    const first = sipInstance((await pbx.waitForRegisters(1)).request);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);

    // A restart: the line stays in settings; the browser kept its password only in the old tab.
    await page.reload();
    await page.getByLabel('Password', { exact: true }).fill('test-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await signIn.expectRegistered();
    const registering = pbx.registers.filter(({ request }) => header(request, 'Expires') !== '0');
    expect(registering.length).toBeGreaterThanOrEqual(2);
    expect(sipInstance(registering.at(-1)!.request)).toBe(first);
  });
});
