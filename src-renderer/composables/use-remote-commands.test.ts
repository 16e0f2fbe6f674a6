import { createTestingPinia } from '@pinia/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import type { DialRequest } from '../../src-preload/contract';
import {
  bridgeSettings,
  fakePhone,
  fakeSoftphone,
  profileOf,
  resetDoubles,
} from '../stores/store-test-doubles';
import { useRemoteCommands } from './use-remote-commands';

vi.mock('../bridge/softphone', async () => ({
  softphone: (await import('../stores/store-test-doubles')).fakeSoftphone,
}));
vi.mock('../stores/phone-engine', async () => ({
  phone: (await import('../stores/store-test-doubles')).fakePhone,
}));
vi.mock('./use-error-text', () => ({
  useErrorText: () => (error: unknown) => String(error),
}));

/** The page's remote commands over one line `a` (1001), with main's pushes captured. */
function setup() {
  resetDoubles({ accounts: [profileOf('a', '1001')] });
  createTestingPinia({
    stubActions: false,
    createSpy: vi.fn,
    initialState: { settings: { settings: bridgeSettings } },
  });
  const handlers = new Map<string, (payload: unknown) => void>();
  fakeSoftphone.events.on.mockImplementation(((channel: string, handler: (p: unknown) => void) => {
    handlers.set(channel, handler);
    return () => undefined;
  }) as never);
  const notices: unknown[] = [];
  useRemoteCommands((notice) => notices.push(notice));
  const push = (request: DialRequest) => handlers.get('dial:request')?.(request);
  const register = async () => {
    fakePhone.events.emit('registration', { accountId: 'a', status: { state: 'registered' } });
    await nextTick();
  };
  return { push, register, notices };
}

describe('useRemoteCommands: dial requests from main', () => {
  beforeEach(() => fakePhone.calls.dial.mockClear());

  it('dials at once when the line is registered', async () => {
    const t = setup();
    await t.register();
    t.push({ target: '1002', source: 'link' });
    await vi.waitFor(() => expect(fakePhone.calls.dial).toHaveBeenCalledTimes(1));
    expect(fakePhone.calls.dial).toHaveBeenCalledWith('a', '1002', '1002');
  });

  it('keeps only the newest request while unregistered, and dials it once registered', async () => {
    const t = setup();
    t.push({ target: '1002', source: 'link' });
    t.push({ target: '1003', source: 'link' });
    t.push({ target: '1004', source: 'command-line' });
    expect(fakePhone.calls.dial).not.toHaveBeenCalled();
    await t.register();
    await vi.waitFor(() => expect(fakePhone.calls.dial).toHaveBeenCalledTimes(1));
    expect(fakePhone.calls.dial).toHaveBeenCalledWith('a', '1004', '1004');
    expect(t.notices).toEqual([]);
  });
});
