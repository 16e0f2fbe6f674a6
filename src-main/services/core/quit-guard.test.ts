import { describe, expect, it } from 'vitest';
import type { CallSummary } from '../../../src-preload/contract';
import { createLogger, memorySink } from '../logging/logger';
import { createQuitGuard, liveCallCount, type GuardedAction } from './quit-guard';

type Call = Pick<CallSummary, 'state' | 'direction'>;

describe('liveCallCount', () => {
  it.each<[string, Call[], number]>([
    ['no calls', [], 0],
    ['a call being dialled', [{ state: 'dialing', direction: 'outgoing' }], 1],
    ['ringing at the far end', [{ state: 'ringing', direction: 'outgoing' }], 1],
    ['an incoming call that rings', [{ state: 'ringing', direction: 'incoming' }], 0],
    ['an answered call', [{ state: 'active', direction: 'incoming' }], 1],
    ['a held call', [{ state: 'held', direction: 'outgoing' }], 1],
    ['an ended call', [{ state: 'ended', direction: 'outgoing' }], 0],
    [
      'one active, one held, one ringing in',
      [
        { state: 'active', direction: 'outgoing' },
        { state: 'held', direction: 'incoming' },
        { state: 'ringing', direction: 'incoming' },
      ],
      2,
    ],
  ])('%s → %i', (_name, calls, count) => {
    expect(liveCallCount(calls)).toBe(count);
  });
});

function guard(live: number, answers: boolean[] | 'throw') {
  const asked: [number, GuardedAction][] = [];
  const retried: GuardedAction[] = [];
  const state = { live };
  const mayEndCalls = createQuitGuard({
    liveCalls: () => state.live,
    dialog: {
      confirmEndCalls: async (count, action) => {
        asked.push([count, action]);
        if (answers === 'throw') throw new Error('no window');
        return answers.shift() ?? false;
      },
    },
    log: createLogger('quit', memorySink()),
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  /** What the shell does: ask, and on "yes" try again (which then goes on). */
  const request = (action: GuardedAction) =>
    mayEndCalls(action, () => {
      retried.push(action);
      expect(mayEndCalls(action, () => {})).toBe(true);
    });
  return { mayEndCalls, request, asked, retried, state, settle };
}

describe('createQuitGuard', () => {
  it('goes on at once, without a question, when no call is live', () => {
    const t = guard(0, []);
    expect(t.request('quit')).toBe(true);
    expect(t.request('reload')).toBe(true);
    expect(t.asked).toEqual([]);
  });

  it('stops while a call is live, asks with the number of calls, and retries only on yes', async () => {
    const t = guard(2, [false, true]);
    expect(t.request('quit')).toBe(false);
    await t.settle();
    expect(t.retried).toEqual([]);
    expect(t.request('reload')).toBe(false);
    await t.settle();
    expect(t.retried).toEqual(['reload']);
    expect(t.asked).toEqual([
      [2, 'quit'],
      [2, 'reload'],
    ]);
  });

  it('grants one retry only: the next quit with a live call asks again', async () => {
    const t = guard(1, [true, false]);
    t.request('quit');
    await t.settle();
    expect(t.request('quit')).toBe(false);
    await t.settle();
    expect(t.asked).toHaveLength(2);
  });

  it('asks once when a quit is requested again while the question is open', async () => {
    const t = guard(1, [true]);
    expect(t.request('quit')).toBe(false);
    expect(t.request('quit')).toBe(false);
    await t.settle();
    expect(t.asked).toHaveLength(1);
    expect(t.retried).toEqual(['quit']);
  });

  it('keeps the calls when the question cannot be shown', async () => {
    const t = guard(1, 'throw');
    expect(t.request('quit')).toBe(false);
    await t.settle();
    expect(t.retried).toEqual([]);
  });
});
