import { freeUdpPort } from '../../testbed/sipp';
import { plainRtpSdp } from '../../testbed/sip/sdp';
import type { CallPage } from '../pages/call-page';
import { LinesPage } from '../pages/lines-page';
import { extension } from '../testbed';
import { expect, test } from './phones';
import { UdpPhone } from './udp-phone';

/** Issue 9: Do not disturb, forwarding (302 followed by the PBX) and intercom auto-answer. */

const DOMAIN = process.env.PBX_DOMAIN ?? 'softphone.test';

/** Settings › Forward calls: `mode` (its radio's name) to `target`, then back to the phone view. */
async function forwardCalls(
  phone: CallPage,
  mode: 'Always' | 'When busy' | 'No answer',
  target: string,
) {
  await phone.openSettings();
  await phone.page.getByRole('radio', { name: mode }).check();
  await phone.page.getByLabel('Forward to').fill(target);
  await phone.page.getByLabel('Forward to').blur();
  await phone.openPhone();
}

test.describe('calls: do not disturb, forwarding, auto-answer', () => {
  test('Do not disturb in the main view turns callers away (486, then 480 by the setting) as missed calls', async ({
    phone,
  }) => {
    const bob = await phone('1002');
    const carol = await phone('1003');
    const dnd = bob.page.getByRole('button', { name: 'Do not disturb', exact: true });
    await expect(dnd).toHaveAttribute('aria-pressed', 'false');
    await dnd.click();
    await expect(dnd).toHaveAttribute('aria-pressed', 'true');

    await carol.dial('1002');
    await expect(carol.call('1002')).toContainText('Busy');
    await expect(bob.cards).toHaveCount(0);
    await bob.expectHistoryEntry('Carol Example', 'Incoming · Missed');
    // The failed call's card lingers a few seconds to say why.
    await expect(carol.cards).toHaveCount(0);

    await bob.openSettings();
    await bob.page
      .getByLabel('While Do not disturb is on, callers hear')
      .selectOption({ label: 'Unavailable (480)' });
    await bob.openPhone();
    await carol.dial('1002');
    await expect(carol.call('1002')).toContainText('Not available right now');
    await expect(bob.cards).toHaveCount(0);

    // Off again: the next call rings.
    await dnd.click();
    await expect(dnd).toHaveAttribute('aria-pressed', 'false');
    await expect(carol.cards).toHaveCount(0);
    await carol.dial('1002');
    await expect(bob.ringingCall).toContainText('Carol Example');
  });

  test('Do not disturb on one line turns away that line’s callers only', async ({ phone }) => {
    const alice = await phone('1001');
    const carol = await phone('1003');
    await alice.openSettings();
    await new LinesPage(alice.page).addLine(extension('1005'));
    await alice.openPhone();
    const lineDnd = alice.page.getByRole('button', { name: 'Do not disturb on 1005' });
    await lineDnd.click();
    await expect(lineDnd).toHaveAttribute('aria-pressed', 'true');
    await expect(
      alice.page.getByRole('button', { name: 'Do not disturb', exact: true }),
    ).toHaveAttribute('aria-pressed', 'false');

    await carol.dial('1005');
    await expect(carol.call('1005')).toContainText('Busy');
    await expect(alice.cards).toHaveCount(0);
    await alice.expectHistoryEntry('Carol Example', /Incoming · Missed.*On line 1005/);

    await alice.openPhone();
    await carol.dial('1001');
    await expect(alice.ringingCall).toContainText('Carol Example');
  });

  test('forward When busy: a call while on a call, and a declined call, reach the target', async ({
    phone,
  }) => {
    const bob = await phone('1002');
    const carol = await phone('1003');
    const alice = await phone('1001');
    const dave = await phone('1004');
    await forwardCalls(bob, 'When busy', '1003');

    // Idle, a call rings here as usual.
    await alice.callAnswered('1002', bob);
    // On a call: the next caller is sent on to Carol at once.
    await dave.dial('1002');
    await expect(carol.ringingCall).toContainText('Dave Example');
    await expect(bob.ringingCall).toHaveCount(0);
    await carol.decline();
    await expect(dave.cards).toHaveCount(0);
    await bob.hangUp(bob.call('Alice Example'));
    await expect(bob.cards).toHaveCount(0);

    // Decline is "busy now": the caller goes to Carol too, not to a busy tone.
    await dave.dial('1002');
    await expect(bob.ringingCall).toContainText('Dave Example');
    await bob.decline();
    await expect(carol.ringingCall).toContainText('Dave Example');
    await bob.expectHistoryEntry('Dave Example', 'Incoming · Missed');
  });

  test('forward Always: the phone answers 302 and the caller reaches the target through the PBX', async ({
    phone,
  }) => {
    const bob = await phone('1002');
    const carol = await phone('1003');
    const alice = await phone('1001');
    await bob.openSettings();
    await bob.page.getByRole('radio', { name: 'Always' }).check();
    // The target is checked like a dialled number.
    await bob.page.getByLabel('Forward to').fill('1-800-FLOWERS');
    await bob.page.getByLabel('Forward to').blur();
    await expect(bob.page.getByRole('alert')).toContainText('Enter a number, extension or SIP');
    await bob.page.getByLabel('Forward to').fill('1003');
    await bob.page.getByLabel('Forward to').blur();
    await expect(bob.page.getByRole('alert')).toHaveCount(0);
    await bob.openPhone();

    await alice.dial('1002');
    await expect(carol.ringingCall).toContainText('Alice Example');
    await expect(bob.cards).toHaveCount(0);
    await carol.answer();
    await expect(alice.button(alice.call('1002'), 'Hold')).toBeVisible();
    await alice.expectHearing();
    await alice.hangUp(alice.call('1002'));
    await expect(carol.cards).toHaveCount(0);
  });

  test('forward No answer after 5 s: it rings here first, then the target rings', async ({
    phone,
  }) => {
    const bob = await phone('1002');
    const carol = await phone('1003');
    const alice = await phone('1001');
    await bob.openSettings();
    await bob.page.getByRole('radio', { name: 'No answer' }).check();
    await bob.page.getByLabel('Forward to').fill('1003');
    await bob.page.getByLabel('Forward to').blur();
    await bob.page.getByLabel('Forward after (seconds of ringing)').fill('5');
    await bob.page.getByLabel('Forward after (seconds of ringing)').blur();
    await bob.openPhone();

    const dialled = Date.now();
    await alice.dial('1002');
    await expect(bob.ringingCall).toContainText('Alice Example');
    await expect(carol.ringingCall).toContainText('Alice Example', { timeout: 10_000 });
    const forwardedAfterMs = Date.now() - dialled;
    expect(forwardedAfterMs).toBeGreaterThanOrEqual(5000);
    await expect(bob.cards).toHaveCount(0);
    await carol.answer();
    await expect(alice.button(alice.call('1002'), 'Hold')).toBeVisible();
    await alice.hangUp(alice.call('1002'));
    test.info().annotations.push({
      type: 'timing',
      description: `dial -> target ringing ${forwardedAfterMs} ms (no-answer 5 s)`,
    });
  });

  test('an intercom call (Call-Info answer-after=0) rings when the box is clear and answers itself when ticked', async ({
    phone,
  }) => {
    const alice = await phone('1001');
    const pager = await UdpPhone.register('1005');
    try {
      const intercom: [string, string][] = [['Call-Info', `<sip:${DOMAIN}>;answer-after=0`]];
      const first = await pager.phone.invite(
        `sip:1001@${DOMAIN}`,
        plainRtpSdp(await freeUdpPort()),
        intercom,
      );
      await expect(alice.ringingCall).toContainText('1005');
      await alice.page.waitForTimeout(1500);
      await expect(alice.ringingCall).toHaveCount(1);
      first.cancel();
      await expect(alice.cards).toHaveCount(0);

      await alice.openSettings();
      await alice.page.getByLabel('Answer intercom calls automatically').check();
      await alice.openPhone();
      const second = await pager.phone.invite(
        `sip:1001@${DOMAIN}`,
        plainRtpSdp(await freeUdpPort()),
        intercom,
      );
      const ok = await second.response(200, 10_000);
      const dialog = second.acknowledge(ok);
      await expect(alice.button(alice.call('1005'), 'Hold')).toBeVisible();
      await dialog.bye();
      await expect(alice.cards).toHaveCount(0);
      await alice.expectHistoryEntry('1005', 'Incoming · Answered');
    } finally {
      await pager.close();
    }
  });

  test("with the profile's DND feature codes, the PBX is told too and its answer is shown", async ({
    phone,
  }) => {
    const bob = await phone('1002', { profile: { featureCodes: { dndOn: '*78', dndOff: '*79' } } });
    await bob.page.getByRole('button', { name: 'Do not disturb', exact: true }).click();
    await bob.page.getByRole('button', { name: 'Turn on at the phone system too' }).click();
    // The test PBX knows no feature codes: it answers *78 with 404, and the app says so.
    await expect(bob.page.getByRole('status').filter({ hasText: '*78' })).toHaveText(
      'The phone system did not accept *78: Number not found.',
    );
    await bob.page.getByRole('button', { name: 'Do not disturb', exact: true }).click();
    await expect(
      bob.page.getByRole('button', { name: 'Turn off at the phone system too' }),
    ).toBeVisible();
  });

  // How the loop ends depends on timing, and both ways are right: the PBX stops after 3 hops and
  // relays the last 302 ("redirected"), or a phone sees the same INVITE come back while its
  // previous transaction for it still lives, and answers 482 Loop Detected ("rejected").
  test('two phones forwarding to each other do not loop: the caller is told, nobody rings', async ({
    phone,
  }) => {
    const bob = await phone('1002');
    const carol = await phone('1003');
    const alice = await phone('1001');
    for (const [page, target] of [
      [bob, '1003'],
      [carol, '1002'],
    ] as const) {
      await forwardCalls(page, 'Always', target);
    }
    await alice.dial('1002');
    await expect(alice.call('1002')).toContainText(/The call was redirected|Call rejected/);
    await expect(bob.cards).toHaveCount(0);
    await expect(carol.cards).toHaveCount(0);
  });
});
