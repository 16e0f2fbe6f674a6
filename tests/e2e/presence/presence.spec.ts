import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../calls/phones';
import type { CallPage } from '../pages/call-page';
import { publishMailbox } from './mailbox';

/** The log of the PBX global setup started (tests/testbed/pbx.ts: .tmp/pbx-<wsPort>/). */
const pbxLog = () =>
  join(
    process.cwd(),
    '.tmp',
    `pbx-${new URL(process.env.PBX_WS_URL ?? 'ws://x:15066').port}`,
    'kamailio.log',
  );

function voicemailButton(phone: CallPage) {
  return phone.page.getByRole('button', { name: /^Voicemail/ });
}

async function openLamps(phone: CallPage) {
  await phone.page.getByRole('navigation').getByRole('button', { name: 'Busy lamps' }).click();
  return phone.page.getByRole('list', { name: 'Watched extensions' });
}

test.describe('voicemail (message-summary through the test PBX)', () => {
  test('counts go up and back to none; Voicemail dials the line’s number', async ({ phone }) => {
    const dave = await phone('1004');
    const alice = await phone('1001');
    await expect(voicemailButton(alice)).toHaveAccessibleName('Voicemail');

    await publishMailbox('1001', 3, 1);
    await expect(voicemailButton(alice)).toHaveAccessibleName('Voicemail (3 new)');
    await expect(alice.page.getByText('1 old messages')).toBeVisible();

    await publishMailbox('1001', 0, 4);
    await expect(voicemailButton(alice)).toHaveAccessibleName('Voicemail');

    // An unsolicited NOTIFY (no subscription) counts the same way.
    await publishMailbox('1001', 5, 4, 'unsolicited-notify');
    await expect(voicemailButton(alice)).toHaveAccessibleName('Voicemail (5 new)');
    await publishMailbox('1001', 0, 9, 'unsolicited-notify');
    await expect(voicemailButton(alice)).toHaveAccessibleName('Voicemail');

    // No number yet: the button says where to set one. Then the line's field sets it.
    await voicemailButton(alice).click();
    await expect(alice.page.getByRole('alert')).toContainText('No voicemail number');
    await alice.openSettings();
    await alice.page.getByLabel('Voicemail number').fill('1004');
    await alice.page.getByRole('button', { name: 'Save' }).click();
    await expect(alice.page.getByText('Saved')).toBeVisible();
    await alice.openPhone();
    await voicemailButton(alice).click();
    await expect(dave.ringingCall).toContainText('1001');
  });
});

test.describe('busy lamps (dialog event package through the test PBX)', () => {
  // fixme: order-dependent in the full suite. After the forwarding specs (a call to 1002 that 1002
  // answers 302) the test PBX's dialog state leaves 1002's lamp Busy, so this starts from Busy.
  // Passes alone; to fix in the test PBX's pua_dialoginfo handling of redirected calls.
  test.fixme('a lamp follows a real call between two other extensions: Ringing, Busy, Idle', async ({
    phone,
  }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    const carol = await phone('1003');

    const lamps = await openLamps(carol);
    await carol.page.getByLabel('Watch extension').fill('1002');
    await carol.page.getByRole('button', { name: 'Add', exact: true }).click();
    const lamp = lamps.getByRole('listitem').filter({ hasText: '1002' });
    await expect(lamp).toContainText('Idle');

    await alice.dial('1002');
    await expect(bob.ringingCall).toBeVisible();
    await expect(lamp).toContainText('Ringing');
    await expect(lamp.getByRole('button', { name: 'Call 1002, Ringing' })).toBeVisible();

    await bob.answer();
    await expect(lamp).toContainText('Busy');

    await bob.hangUp();
    await expect(lamp).toContainText('Idle');
  });
});

test.describe('directed pickup', () => {
  // fixme: order-dependent in the full suite. After the forwarding specs (a call to 1002 that 1002
  // answers 302) the test PBX's dialog state leaves 1002's lamp Busy, so this starts from Busy.
  // Passes alone; to fix in the test PBX's pua_dialoginfo handling of redirected calls.
  test.fixme('Pick up dials the profile’s pickup code plus the ringing extension', async ({
    phone,
  }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    const carol = await phone('1003', { profile: { featureCodes: { pickup: '*8' } } });
    const lamps = await openLamps(carol);
    await carol.page.getByLabel('Watch extension').fill('1002');
    await carol.page.getByRole('button', { name: 'Add', exact: true }).click();
    const lamp = lamps.getByRole('listitem').filter({ hasText: '1002' });
    await expect(lamp.getByRole('button', { name: /^Pick up/ })).toHaveCount(0);

    await alice.dial('1002');
    await expect(bob.ringingCall).toBeVisible();
    await lamp.getByRole('button', { name: 'Pick up the call ringing at 1002' }).click();
    // The test PBX logs the pickup request and refuses it (kamailio.cfg, route PICKUP).
    await expect
      .poll(() => readFileSync(pbxLog(), 'utf8'), { timeout: 5000 })
      .toContain('directed pickup of 1002 requested by 1003');
    await expect(carol.call('*81002')).toBeVisible();
  });
});
