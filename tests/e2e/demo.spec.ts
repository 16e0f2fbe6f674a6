import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { CallPage } from './pages/call-page';
import { SignInPage } from './pages/sign-in-page';

/** Ports of the demo's own PBX and web server, beside the suite's. */
const DEMO_ENV = { PORT: '4186', PBX_WS_PORT: '15306', PBX_UDP_PORT: '15300' };

interface Address {
  user: string;
  url: string;
  password: string;
}

/** Runs `npm run demo`'s script (the build is there already) until it prints its addresses. */
async function startDemo(): Promise<{ child: ChildProcess; addresses: Address[] }> {
  const child = spawn('node_modules/.bin/tsx', ['tests/testbed/demo.ts'], {
    env: { ...process.env, ...DEMO_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const addresses = await new Promise<Address[]>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The demo printed no addresses:\n${output}`)),
      30_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = [...output.matchAll(/^ {2}(\d+) {2}(http:\/\/\S+) +password: (\S+)$/gm)];
      if (found.length === 2) {
        clearTimeout(timer);
        resolve(
          found.map(([, user, url, password]) => ({ user: user!, url: url!, password: password! })),
        );
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`The demo exited (${code}):\n${output}`)));
  });
  return { child, addresses };
}

test.describe('npm run demo', () => {
  test('prints two addresses that sign in with the printed password, and one calls the other', async ({
    browser,
  }) => {
    const { child, addresses } = await startDemo();
    try {
      expect(addresses.map((address) => address.user)).toEqual(['1001', '1002']);
      const phones: CallPage[] = [];
      for (const address of addresses) {
        const context = await browser.newContext({ permissions: ['microphone'] });
        const page = await context.newPage();
        await page.goto(address.url);
        // The profile filled in everything but the password.
        await expect(page.getByLabel('Extension', { exact: true })).toHaveValue(address.user);
        await page.getByLabel('Password', { exact: true }).fill(address.password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await new SignInPage(page).expectRegistered();
        phones.push(new CallPage(page));
      }
      const [first, second] = phones as [CallPage, CallPage];
      const card = await first.callAnswered('1002', second);
      await first.expectHearing();
      await first.hangUp(card);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
