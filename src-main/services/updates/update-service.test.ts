import { describe, expect, it, vi } from 'vitest';
import { createLogger, memorySink } from '../logging/logger';
import { UpdateService, type UpdaterPort, type UpdateStatus } from './update-service';

function setup(
  options: { enabled?: boolean; available?: string | null; install?: boolean; fail?: string } = {},
) {
  const updater = {
    feeds: [] as string[],
    setFeedUrl: vi.fn((url: string) => void updater.feeds.push(url)),
    check: vi.fn(async () => {
      if (options.fail) throw new Error(options.fail);
      return options.available ? { version: options.available } : null;
    }),
    download: vi.fn(async () => undefined),
    install: vi.fn(),
  } satisfies UpdaterPort & { feeds: string[] };
  const asked: string[] = [];
  const statuses: UpdateStatus[] = [];
  const timers: (() => void)[] = [];
  const service = new UpdateService({
    updater,
    dialog: {
      askToInstall: async (version) => {
        asked.push(version);
        return options.install ?? false;
      },
    },
    enabled: options.enabled ?? true,
    log: createLogger('updates', memorySink()),
    onChange: (status) => void statuses.push(status),
    every: (_ms, run) => {
      timers.push(run);
      return () => timers.splice(timers.indexOf(run), 1);
    },
  });
  return { service, updater, asked, statuses, timers };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('UpdateService', () => {
  it('checks nothing at all without a feed URL', async () => {
    const t = setup({ available: '2.0.0' });
    t.service.configure(undefined);
    await settle();
    expect(t.updater.check).not.toHaveBeenCalled();
    expect(t.service.status).toEqual({ state: 'off' });
  });

  it('checks nothing in a development build even with a feed', async () => {
    const t = setup({ enabled: false, available: '2.0.0' });
    t.service.configure('https://updates.example.com/softphone');
    await settle();
    expect(t.updater.setFeedUrl).not.toHaveBeenCalled();
    expect(t.updater.check).not.toHaveBeenCalled();
  });

  it('downloads a newer version, asks, and installs only on yes', async () => {
    const no = setup({ available: '2.0.0', install: false });
    no.service.configure('https://updates.example.com/softphone');
    await settle();
    expect(no.updater.feeds).toEqual(['https://updates.example.com/softphone']);
    expect(no.asked).toEqual(['2.0.0']);
    expect(no.updater.install).not.toHaveBeenCalled();
    expect(no.service.status).toEqual({ state: 'ready', version: '2.0.0' });

    const yes = setup({ available: '2.0.0', install: true });
    yes.service.configure('https://updates.example.com/softphone');
    await settle();
    expect(yes.updater.install).toHaveBeenCalledOnce();
  });

  it('stays idle when current, checks again periodically, and stops when the feed is removed', async () => {
    const t = setup({ available: null });
    t.service.configure('https://updates.example.com/softphone');
    await settle();
    expect(t.service.status.state).toBe('idle');
    t.timers[0]?.();
    await settle();
    expect(t.updater.check).toHaveBeenCalledTimes(2);
    t.service.configure(undefined);
    expect(t.timers).toHaveLength(0);
    expect(t.service.status.state).toBe('off');
  });

  it('reports a failed check in words', async () => {
    const t = setup({ fail: 'net::ERR_NAME_NOT_RESOLVED\n    at stack' });
    t.service.configure('https://updates.example.com/softphone');
    await settle();
    expect(t.service.status).toEqual({
      state: 'error',
      message: 'Could not check for updates: net::ERR_NAME_NOT_RESOLVED',
    });
  });
});
