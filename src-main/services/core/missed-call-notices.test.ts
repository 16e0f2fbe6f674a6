import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src-preload/contract';
import { createMainTranslator } from '../i18n/translator';
import { createMissedCallNotices } from './missed-call-notices';

const entry = (change: Partial<HistoryEntry>): HistoryEntry => ({
  id: 'h1',
  accountId: 'acct-1',
  direction: 'incoming',
  number: '1002',
  startedAt: 1,
  endedAt: 2,
  outcome: 'missed',
  seen: false,
  ...change,
});

function setup(t?: Parameters<typeof createMissedCallNotices>[0]['t']) {
  const shown: { title: string; body: string; click(): void; closed: boolean }[] = [];
  let windowShown = 0;
  const notices = createMissedCallNotices({
    notifier: {
      show: (note, onClick) => {
        const record = { title: note.title, body: note.body, click: onClick, closed: false };
        shown.push(record);
        return { close: () => void (record.closed = true) };
      },
    },
    showWindow: () => void windowShown++,
    t,
  });
  return { notices, shown, windowShown: () => windowShown };
}

describe('createMissedCallNotices', () => {
  it('shows "Missed call" naming the caller and the line, only for missed incoming calls', () => {
    const { notices, shown } = setup();
    notices.added(entry({ name: 'Alice <b>', line: 'Office' }));
    notices.added(entry({ id: 'h2', outcome: 'answered' }));
    notices.added(entry({ id: 'h3', direction: 'outgoing' }));
    notices.added(entry({ id: 'h4', outcome: 'declined' }));
    expect(shown.map(({ title, body }) => ({ title, body }))).toEqual([
      { title: 'Missed call', body: 'Alice <b> (1002) · on line Office' },
    ]);
  });

  it('shows the window on a click and closes every notice once the history is seen', () => {
    const { notices, shown, windowShown } = setup();
    notices.added(entry({}));
    notices.added(entry({ id: 'h2', number: '' }));
    expect(shown[1]?.body).toBe('Unknown number');
    shown[0]?.click();
    expect(windowShown()).toBe(1);
    notices.seen();
    expect(shown.map((note) => note.closed)).toEqual([false, true]);
  });

  it("speaks the user's language", () => {
    const { notices, shown } = setup(createMainTranslator(() => 'de'));
    notices.added(entry({ line: 'Büro' }));
    expect(shown.map(({ title, body }) => `${title}: ${body}`)).toEqual([
      'Verpasster Anruf: 1002 · auf Leitung Büro',
    ]);
  });
});
