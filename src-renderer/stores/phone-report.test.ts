import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, reactive, ref } from 'vue';
import type { CallView } from '../sip/call-types';
import { reportPhoneState } from './phone-report';

const { report, accounts } = vi.hoisted(() => ({
  report: vi.fn(async (_report: unknown) => {}),
  accounts: {
    value: undefined as
      undefined | { accounts: { id: string }[]; registrations: Record<string, { state: string }> },
  },
}));
vi.mock('../bridge/softphone', () => ({ softphone: { phone: { report } } }));
vi.mock('./accounts', () => ({ useAccountsStore: () => accounts.value }));

const call = (patch: Partial<CallView> = {}): CallView => ({
  id: 'c1',
  accountId: 'acct-1',
  direction: 'incoming',
  phase: 'ringing',
  remoteNumber: '1001',
  remoteUri: 'sip:1001@softphone.test',
  muted: false,
  localHold: false,
  remoteHold: false,
  conference: false,
  startedAt: 1000,
  ...patch,
});

describe('reportPhoneState', () => {
  let scope = effectScope();
  const calls = ref<CallView[]>([]);
  beforeEach(() => {
    vi.useFakeTimers();
    report.mockClear();
    accounts.value = reactive({ accounts: [{ id: 'acct-1' }], registrations: {} });
    calls.value = [];
    scope = effectScope();
    scope.run(() => reportPhoneState(() => calls.value));
  });
  afterEach(() => {
    scope.stop();
    vi.useRealTimers();
  });

  it('reports the lines and calls once they settle, and only what changed', async () => {
    await vi.advanceTimersByTimeAsync(100);
    expect(report.mock.calls).toEqual([
      [{ lines: [{ accountId: 'acct-1', registration: 'offline' }], calls: [] }],
    ]);

    accounts.value!.registrations = { 'acct-1': { state: 'connecting' } };
    await nextTick();
    accounts.value!.registrations = { 'acct-1': { state: 'registered' } };
    calls.value = [call()];
    await nextTick();
    await vi.advanceTimersByTimeAsync(100);
    expect(report).toHaveBeenCalledTimes(2);
    expect(report.mock.calls[1]?.[0]).toMatchObject({
      lines: [{ accountId: 'acct-1', registration: 'registered' }],
      calls: [{ id: 'c1', state: 'ringing' }],
    });

    // A new view of the same call (a quality sample) changes nothing main shows.
    calls.value = [call({ quality: undefined })];
    await nextTick();
    await vi.advanceTimersByTimeAsync(100);
    expect(report).toHaveBeenCalledTimes(2);
  });
});
