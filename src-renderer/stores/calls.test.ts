import { createTestingPinia } from '@pinia/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { historyEntryOf } from '../sip/call-report';
import type { CallView } from '../sip/call-types';
import type { RegistrationState } from '../../src-preload/contract';
import { useCallsStore } from './calls';
import { useHistoryStore } from './history';
import {
  bridgeSettings,
  callOf,
  fakePhone,
  fakeSoftphone,
  profileOf,
  resetDoubles,
} from './store-test-doubles';

vi.mock('../bridge/softphone', async () => ({
  softphone: (await import('./store-test-doubles')).fakeSoftphone,
}));
vi.mock('./phone-engine', async () => ({
  phone: (await import('./store-test-doubles')).fakePhone,
}));

/** A calls store over lines `a` (1001) and `b` (1002) in these registration states. */
function storeWith(states: Partial<Record<'a' | 'b', RegistrationState>> = {}) {
  const ids = Object.keys(states);
  resetDoubles({
    accounts: ids.map((id, index) => profileOf(id, `100${index + 1}`)),
  });
  createTestingPinia({
    stubActions: false,
    createSpy: vi.fn,
    initialState: { settings: { settings: bridgeSettings } },
  });
  const store = useCallsStore();
  for (const [accountId, state] of Object.entries(states))
    fakePhone.events.emit('registration', { accountId, status: { state } });
  return store;
}

/** The engine reports these live calls (the last one changed). */
function engineHas(...views: CallView[]): void {
  fakePhone.calls.live = views;
  const changed = views.at(-1);
  if (changed) fakePhone.events.emit('call', changed);
}

/** The engine reports that `view` ended (it is gone from the live list). */
async function engineEnded(view: CallView, ...stillLive: CallView[]): Promise<void> {
  fakePhone.calls.live = stillLive;
  fakePhone.events.emit('callEnded', view);
  // Let the store record it in history (microtasks only: some tests fake the clock).
  for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
}

beforeEach(() => resetDoubles());
afterEach(() => vi.useRealTimers());

describe('dial', () => {
  it('refuses without any line', async () => {
    const store = storeWith();
    await expect(store.dial('1002')).rejects.toMatchObject({ code: 'no-account' });
    expect(fakePhone.calls.dial).not.toHaveBeenCalled();
  });

  it('refuses while the default line is not registered, naming its extension', async () => {
    const store = storeWith({ a: 'connecting' });
    await expect(store.dial('1002')).rejects.toMatchObject({
      code: 'not-registered',
      message: expect.stringContaining('1001'),
    });
    expect(fakePhone.calls.dial).not.toHaveBeenCalled();
  });

  it('calls out on the default line and focuses the new call', async () => {
    const store = storeWith({ a: 'failed', b: 'registered' });
    await store.dial(' 1234 ');
    expect(fakePhone.calls.dial).toHaveBeenCalledWith('b', '1234', '1234');
    expect(store.currentId).toBe('out-1');
  });

  it('calls out on the line it is given', async () => {
    const store = storeWith({ a: 'registered', b: 'registered' });
    await store.dial('1234', 'b');
    expect(fakePhone.calls.dial).toHaveBeenCalledWith('b', '1234', '1234');
  });

  it('refuses a given line that is not registered or does not exist, even if another is', async () => {
    const store = storeWith({ a: 'registered', b: 'offline' });
    await expect(store.dial('1234', 'b')).rejects.toMatchObject({ code: 'not-registered' });
    await expect(store.dial('1234', 'zzz')).rejects.toMatchObject({ code: 'no-account' });
    expect(fakePhone.calls.dial).not.toHaveBeenCalled();
  });

  it('refuses an empty number before reaching the engine', async () => {
    const store = storeWith({ a: 'registered' });
    await expect(store.dial('  ')).rejects.toMatchObject({ code: 'empty' });
    expect(fakePhone.calls.dial).not.toHaveBeenCalled();
  });
});

describe('a failed outgoing call', () => {
  const busy = callOf({ id: 'out-1', phase: 'ended', outcome: 'failed', endReason: 'busy' });

  it('stays on screen, focused, for 4 s so the user can read why', async () => {
    vi.useFakeTimers();
    const store = storeWith({ a: 'registered' });
    engineHas(callOf({ id: 'out-1' }));
    await engineEnded(busy);
    expect(store.calls.map((call) => call.id)).toEqual(['out-1']);
    expect(store.currentId).toBe('out-1');
    vi.advanceTimersByTime(3999);
    expect(store.calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(store.calls).toEqual([]);
    expect(store.currentId).toBeNull();
  });

  it('goes at once when the user closes it, without asking the engine', async () => {
    const store = storeWith({ a: 'registered' });
    await engineEnded(busy);
    await store.hangup('out-1');
    expect(store.calls).toEqual([]);
    expect(fakePhone.calls.hangup).not.toHaveBeenCalled();
  });

  it.each([
    ['cancelled by the user', { outcome: 'cancelled' as const }],
    ['answered before it ended', { answeredAt: 2_000 }],
    ['incoming', { direction: 'incoming' as const, outcome: 'missed' as const }],
    ['a transfer leg', { replaces: 'other' }],
  ])('does not linger when %s', async (_case, change) => {
    const store = storeWith({ a: 'registered' });
    await engineEnded({ ...busy, ...change });
    expect(store.calls).toEqual([]);
  });
});

describe('focus', () => {
  it('moves to the call the user answers', async () => {
    const store = storeWith({ a: 'registered' });
    const active = callOf({ id: 'c1', phase: 'active', answeredAt: 1 });
    engineHas(active);
    engineHas(active, callOf({ id: 'in-1', direction: 'incoming', phase: 'ringing' }));
    expect(store.currentId).toBe('c1');
    await store.answer('in-1');
    expect(fakePhone.calls.answer).toHaveBeenCalledWith('in-1');
    expect(store.currentId).toBe('in-1');
  });

  it('falls back to the newest call in progress when the focused call hangs up', async () => {
    const store = storeWith({ a: 'registered' });
    const held = callOf({ id: 'c1', phase: 'held', answeredAt: 1 });
    const ringing = callOf({ id: 'c2', direction: 'incoming', phase: 'ringing' });
    const active = callOf({ id: 'c3', phase: 'active', answeredAt: 2 });
    engineHas(held, ringing, active);
    await store.answer('c3');
    await store.hangup('c3');
    expect(fakePhone.calls.hangup).toHaveBeenCalledWith('c3');
    await engineEnded({ ...active, phase: 'ended', outcome: 'answered' }, held, ringing);
    expect(store.currentId).toBe('c1');
    await engineEnded({ ...held, phase: 'ended', outcome: 'answered' }, ringing);
    expect(store.currentId).toBe('c2');
  });

  it('returns to the original call when a consult leg is cancelled', async () => {
    const store = storeWith({ a: 'registered' });
    engineHas(callOf({ id: 'c1', phase: 'held', answeredAt: 1 }));
    await store.consult('c1', '1003');
    expect(store.currentId).toBe('consult-1');
    engineHas(
      callOf({ id: 'c1', phase: 'held', answeredAt: 1 }),
      callOf({ id: 'consult-1', consultFor: 'c1' }),
    );
    await store.cancelTransfer('consult-1');
    expect(fakePhone.calls.cancelTransfer).toHaveBeenCalledWith('consult-1');
    expect(store.currentId).toBe('c1');
  });

  it('follows a call that took the focused call’s place', async () => {
    const store = storeWith({ a: 'registered' });
    engineHas(callOf({ id: 'c1', phase: 'active', answeredAt: 1 }));
    await store.answer('c1');
    engineHas(callOf({ id: 'c9', phase: 'active', answeredAt: 1, replaces: 'c1' }));
    expect(store.currentId).toBe('c9');
  });
});

describe('history', () => {
  it('records every call that ends', async () => {
    const store = storeWith({ a: 'registered' });
    const done = callOf({
      id: 'c1',
      phase: 'ended',
      outcome: 'answered',
      answeredAt: 2,
      endedAt: 9,
    });
    await engineEnded(done);
    expect(fakeSoftphone.history.add).toHaveBeenCalledWith(historyEntryOf(done));
    expect(store.calls).toEqual([]);
  });

  it('refreshes the missed count after a missed call', async () => {
    storeWith({ a: 'registered' });
    const history = useHistoryStore();
    fakeSoftphone.history.unseenMissed.mockResolvedValue(3);
    await engineEnded(
      callOf({ id: 'in-1', direction: 'incoming', phase: 'ended', outcome: 'missed', endedAt: 9 }),
    );
    await vi.waitFor(() => expect(history.missedCount).toBe(3));
  });
});

describe('several lines', () => {
  it('records the line of a call in history when there are two lines', async () => {
    storeWith({ a: 'registered', b: 'registered' });
    const done = callOf({ id: 'c2', accountId: 'b', phase: 'ended', outcome: 'answered' });
    await engineEnded(done);
    expect(fakeSoftphone.history.add).toHaveBeenCalledWith(
      expect.objectContaining({ accountId: 'b', line: '1002' }),
    );
  });

  it('makes the line called out on, or answered on, the last used one', async () => {
    const store = storeWith({ a: 'registered', b: 'registered' });
    const { useAccountsStore } = await import('./accounts');
    const accounts = useAccountsStore();
    await store.dial('1003', 'b');
    expect(accounts.lastUsedLine?.id).toBe('b');
    engineHas(callOf({ id: 'in-1', accountId: 'a', direction: 'incoming', phase: 'ringing' }));
    await store.answer('in-1');
    expect(accounts.lastUsedLine?.id).toBe('a');
  });

  it('hands each line’s ringtone to the engine', async () => {
    resetDoubles({
      accounts: [{ ...profileOf('a', '1001'), ringtone: 'chime' }, profileOf('b', '1002')],
    });
    createTestingPinia({
      stubActions: false,
      createSpy: vi.fn,
      initialState: { settings: { settings: bridgeSettings } },
    });
    useCallsStore();
    expect(fakePhone.calls.setRingtones).toHaveBeenLastCalledWith({ a: 'chime' });
  });
});
