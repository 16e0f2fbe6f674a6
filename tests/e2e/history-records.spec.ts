import { expect, test } from './calls/phones';
import { HistoryPage } from './pages/history-page';
import { LinesPage } from './pages/lines-page';
import { extension } from './testbed';

const HEADER = ['date', 'time', 'direction', 'line', 'from', 'to', 'duration', 'outcome'];
const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (offset = 0) => {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
};

/** The cells that tell calls apart: direction, line, from, to, outcome. */
const calls = (rows: string[][]) =>
  rows
    .slice(1)
    .map((row) => [row[2], row[3], row[4], row[5], row[7]].join(' '))
    .sort();

/** Issue 10, point 3: call records (filters, export, delete, clear) against the test PBX. */
test.describe('call records', () => {
  test('real calls are filtered by line and outcome, exported exactly, deleted and cleared', async ({
    phone,
  }) => {
    test.setTimeout(120_000);
    const alice = await phone('1001');
    const bob = await phone('1002');
    const carol = await phone('1003');
    await alice.openSettings();
    await new LinesPage(alice.page).addLine(extension('1005'));
    await expect(new LinesPage(alice.page).status('1005')).toContainText('Registered as 1005');
    await alice.openPhone();
    const lineSelect = alice.page.getByLabel('Line', { exact: true });

    // 1. Out on 1001 to Bob, answered (a few seconds of talk).
    await lineSelect.selectOption({ label: '1001' });
    const toBob = await alice.callAnswered('1002', bob);
    await alice.page.waitForTimeout(1500);
    await alice.hangUp(toBob);
    await expect(alice.cards).toHaveCount(0);
    // 2. Out on 1001 to Carol, who declines: busy.
    await lineSelect.selectOption({ label: '1001' });
    await alice.dial('1003');
    await carol.decline();
    await expect(alice.call('1003')).toContainText('Busy');
    await expect(alice.cards).toHaveCount(0);
    // 3. Bob calls 1005 and gives up: missed on 1005.
    await bob.dial('1005');
    await expect(alice.ringingCall).toContainText('Bob Example');
    await bob.hangUp(bob.call('1005'));
    await expect(alice.cards).toHaveCount(0);
    // 4. Carol calls 1001, answered.
    await carol.dial('1001');
    await alice.answer();
    await expect(alice.button(alice.call('Carol Example'), 'Hold')).toBeVisible();
    await carol.hangUp(carol.call('1001'));
    await expect(alice.cards).toHaveCount(0);

    const history = new HistoryPage(alice.page);
    await history.open();
    await expect(history.entries).toHaveCount(4);
    const everything = await history.exportRows();
    expect(everything[0]).toEqual(HEADER);
    expect(calls(everything)).toEqual([
      'incoming 1001 1003 1001 answered',
      'incoming 1005 1002 1005 missed',
      'outgoing 1001 1001 1002 answered',
      'outgoing 1001 1001 1003 busy',
    ]);
    for (const row of everything.slice(1)) {
      expect(row[0]).toBe(localDay());
      expect(row[1]).toMatch(/^\d\d:\d\d:\d\d$/);
    }
    const talk = everything.find((row) => row[5] === '1002');
    expect(talk?.[6]).toMatch(/^0:00:0[1-9]$/);
    expect(everything.find((row) => row[7] === 'busy')?.[6]).toBe('0:00:00');

    // Line 1001, answered: exactly the two answered calls on that line, list and file alike.
    await history.filter('Line', '1001');
    await history.filter('Outcome', 'Answered');
    await expect(history.entries).toHaveCount(2);
    expect(calls(await history.exportRows())).toEqual([
      'incoming 1001 1003 1001 answered',
      'outgoing 1001 1001 1002 answered',
    ]);
    await expect(alice.page.getByRole('status').last()).toContainText('Exported 2 calls');

    // Missed, on every line: the one missed call.
    await history.filter('Line', 'All lines');
    await history.filter('Outcome', 'Missed');
    await expect(history.entries).toHaveCount(1);
    expect(calls(await history.exportRows())).toEqual(['incoming 1005 1002 1005 missed']);

    // A date range: today holds every call, tomorrow none; From after To is refused.
    await history.filter('Outcome', 'All calls');
    await history.setDates(localDay(), localDay());
    await expect(history.entries).toHaveCount(4);
    expect(calls(await history.exportRows())).toHaveLength(4);
    await history.setDates(localDay(1), localDay(1));
    await expect(history.list).toHaveCount(0);
    expect(await history.exportRows()).toEqual([HEADER]);
    await history.setDates(localDay(1), localDay());
    await expect(alice.page.getByRole('alert')).toContainText(
      'The From date is after the To date.',
    );
    await expect(alice.page.getByRole('button', { name: 'Export history' })).toBeDisabled();
    await history.setDates('', '');
    await expect(history.entries).toHaveCount(4);

    // Delete one: the busy call to 1003 goes, from the list and from the store.
    await history.deleteButton('1003').click();
    await expect(history.entries).toHaveCount(3);
    await alice.openPhone();
    await history.open();
    await expect(history.entries).toHaveCount(3);
    expect(calls(await history.exportRows())).not.toContain('outgoing 1001 1001 1003 busy');

    // Clear history asks first: Cancel keeps every call, Clear removes them all.
    await history.clearAll('Cancel');
    await expect(history.entries).toHaveCount(3);
    await history.clearAll('Clear');
    await expect(history.list).toHaveCount(0);
    await expect(alice.page.getByText('No calls yet.')).toBeVisible();
    await alice.openPhone();
    await history.open();
    await expect(history.list).toHaveCount(0);
    expect(await history.exportRows()).toEqual([HEADER]);
  });
});
