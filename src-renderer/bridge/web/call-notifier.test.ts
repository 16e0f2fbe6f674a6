import { describe, expect, it } from 'vitest';
import type { CallSummary, HistoryEntry, PhoneReport } from '../../../src-preload/contract';
import { createCallNotifier } from './call-notifier';

function setup(permission: NotificationPermission = 'granted') {
  const shown: { title: string; body: string; tag: string; closed: boolean; click(): void }[] = [];
  let focused = 0;
  const notifier = createCallNotifier({
    port: {
      permission: () => permission,
      show: (title, options, onClick) => {
        const record = { title, ...options, closed: false, click: onClick };
        shown.push(record);
        return { close: () => void (record.closed = true) };
      },
    },
    texts: {
      incoming: (caller, line) => ({
        title: 'Incoming call',
        body: line ? `${caller} @${line}` : caller,
      }),
      missed: (caller) => ({ title: 'Missed call', body: caller }),
    },
    focus: () => void focused++,
  });
  return { notifier, shown, focused: () => focused };
}

const call = (change: Partial<CallSummary>): CallSummary => ({
  id: 'c1',
  accountId: 'acct-1',
  direction: 'incoming',
  state: 'ringing',
  number: '1002',
  muted: false,
  ...change,
});
const report = (...calls: CallSummary[]): PhoneReport => ({ lines: [], calls });
const missed: HistoryEntry = {
  id: 'h1',
  accountId: 'acct-1',
  direction: 'incoming',
  number: '1002',
  name: 'Bob',
  startedAt: 1,
  endedAt: 2,
  outcome: 'missed',
  seen: false,
};

describe('createCallNotifier', () => {
  it('shows one notification per ringing incoming call, naming the caller, and closes it when it stops ringing', () => {
    const { notifier, shown } = setup();
    notifier.report(
      report(
        call({ name: 'Alice', line: 'Office' }),
        call({ id: 'c2', direction: 'outgoing', state: 'dialing' }),
      ),
    );
    notifier.report(report(call({ name: 'Alice', line: 'Office' })));
    expect(shown.map(({ title, body, tag }) => ({ title, body, tag }))).toEqual([
      { title: 'Incoming call', body: 'Alice (1002) @Office', tag: 'c1' },
    ]);
    notifier.report(report(call({ state: 'active' })));
    expect(shown[0]?.closed).toBe(true);
  });

  it('focuses the tab on a click', () => {
    const { notifier, shown, focused } = setup();
    notifier.report(report(call({})));
    shown[0]?.click();
    expect(focused()).toBe(1);
    expect(shown[0]?.closed).toBe(true);
  });

  it('shows "Missed call" for a missed incoming call only, and closes them once seen', () => {
    const { notifier, shown } = setup();
    notifier.added(missed);
    notifier.added({ ...missed, id: 'h2', outcome: 'answered' });
    notifier.added({ ...missed, id: 'h3', direction: 'outgoing' });
    expect(shown.map(({ title, body }) => `${title}: ${body}`)).toEqual([
      'Missed call: Bob (1002)',
    ]);
    notifier.seen();
    expect(shown[0]?.closed).toBe(true);
  });

  it('shows nothing until the user allowed notifications', () => {
    const { notifier, shown } = setup('default');
    notifier.report(report(call({})));
    notifier.added(missed);
    expect(shown).toEqual([]);
  });
});
