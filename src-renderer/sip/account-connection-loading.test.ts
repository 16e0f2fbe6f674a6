import { describe, expect, it } from 'vitest';
import { AccountConnection, type UaFactory } from './account-connection';
import type { RegistrationStatus } from './registration-status';
import { fakeUaFactory, testProfile } from './testing/fake-ua';

/** A fake factory whose code "loads" until the test settles it, as JsSIP's chunk does. */
function loadingFactory() {
  const { factory, uas } = fakeUaFactory();
  let settle: { resolve(): void; reject(error: Error): void } = {
    resolve: () => undefined,
    reject: () => undefined,
  };
  let pending: Promise<void> | undefined = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const loading: UaFactory = Object.assign(factory, { ready: () => pending });
  const loaded = () => {
    pending = undefined;
    settle.resolve();
  };
  const failed = () => {
    pending = undefined;
    settle.reject(new Error('Failed to fetch dynamically imported module'));
  };
  return { factory: loading, uas, loaded, failed };
}

function connection(factory: UaFactory) {
  const account = new AccountConnection(testProfile(), { password: 'pw' }, factory);
  const statuses: RegistrationStatus[] = [];
  account.events.on('registration', (status) => statuses.push(status));
  return { account, statuses };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AccountConnection while the UA code loads', () => {
  it('shows connecting at once and starts the UA once the code is here', async () => {
    const { factory, uas, loaded } = loadingFactory();
    const { account, statuses } = connection(factory);
    account.start();
    account.start(); // a second start while loading makes no second UA
    expect(statuses.map((status) => status.state)).toEqual(['connecting']);
    expect(uas).toHaveLength(0);
    expect(account.userAgent).toBeNull();
    loaded();
    await settled();
    expect(uas).toHaveLength(1);
    expect(uas[0]!.started).toBe(true);
    expect(account.userAgent).toBe(uas[0]!.asUa);
  });

  it('a stop while loading goes offline, and no UA starts afterwards', async () => {
    const { factory, uas, loaded } = loadingFactory();
    const { account, statuses } = connection(factory);
    account.start();
    account.stop();
    loaded();
    await settled();
    expect(uas).toHaveLength(0);
    expect(statuses.at(-1)).toEqual({ state: 'offline' });
  });

  it('code that cannot be fetched fails the line as unreachable; Retry now tries again', async () => {
    const { factory, uas, failed } = loadingFactory();
    const { account } = connection(factory);
    account.start();
    failed();
    await settled();
    expect(account.status).toMatchObject({ state: 'failed', problem: 'unreachable' });
    expect(account.status.detail).toContain('Failed to fetch');
    account.retryNow();
    expect(uas).toHaveLength(1);
    expect(uas[0]!.started).toBe(true);
  });
});
