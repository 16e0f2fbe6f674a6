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
    await expect(alice.page.getByText('1 old message', { exact: true })).toBeVisible();

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

// Lamps show the PBX's dialog state, so these use extensions no other spec calls (1007–1009):
// another spec's call left unfinished (a page closed mid-call) stays Busy at the PBX for minutes.
test.describe('busy lamps (dialog event package through the test PBX)', () => {
  test('a lamp follows a real call between two other extensions: Ringing, Busy, Idle', async ({
    phone,
  }) => {
    const frank = await phone('1007');
    const grace = await phone('1008');
    const heidi = await phone('1009');

    const lamps = await openLamps(heidi);
    await heidi.page.getByLabel('Watch extension').fill('1008');
    await heidi.page.getByRole('button', { name: 'Add', exact: true }).click();
    const lamp = lamps.getByRole('listitem').filter({ hasText: '1008' });
    await expect(lamp).toContainText('Idle');

    await frank.dial('1008');
    await expect(grace.ringingCall).toBeVisible();
    await expect(lamp).toContainText('Ringing');
    await expect(lamp.getByRole('button', { name: 'Call 1008, Ringing' })).toBeVisible();

    await grace.answer();
    await expect(lamp).toContainText('Busy');

    await grace.hangUp();
    await expect(lamp).toContainText('Idle');
  });
});

test.describe('directed pickup', () => {
  test('Pick up takes the call ringing at the watched extension', async ({ phone }) => {
    const frank = await phone('1007');
    const grace = await phone('1008');
    const heidi = await phone('1009', { profile: { featureCodes: { pickup: '*8' } } });
    const lamps = await openLamps(heidi);
    await heidi.page.getByLabel('Watch extension').fill('1008');
    await heidi.page.getByRole('button', { name: 'Add', exact: true }).click();
    const lamp = lamps.getByRole('listitem').filter({ hasText: '1008' });
    await expect(lamp.getByRole('button', { name: /^Pick up/ })).toHaveCount(0);

    await frank.dial('1008');
    await expect(grace.ringingCall).toBeVisible();
    await lamp.getByRole('button', { name: 'Pick up the call ringing at 1008' }).click();
    await expect
      .poll(() => readFileSync(pbxLog(), 'utf8'), { timeout: 5000 })
      .toContain('directed pickup of 1008 requested by 1009');

    // Heidi now talks to Frank; Grace's phone stopped ringing ("answered elsewhere").
    await heidi.openPhone();
    const picked = heidi.call('1007');
    await expect(heidi.button(picked, 'Hold')).toBeVisible();
    await expect(heidi.call('*81008')).toHaveCount(0);
    await expect(grace.ringingCall).toHaveCount(0);
    await expect(frank.button(frank.call('1008'), 'Hold')).toBeVisible();
    await heidi.expectHearing();
    await frank.expectHearing();

    await heidi.hangUp(picked);
    await expect(heidi.cards).toHaveCount(0);
  });
});
