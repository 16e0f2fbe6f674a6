import { dtmfDigit, openDtmfLog } from '../../testbed/dtmf-log';
import { pbxWsUrl } from '../testbed';
import { expect, test } from './phones';
import { UdpPhone } from './udp-phone';

/** rtpengine's DTMF log port: global setup's PBX uses the default, WebSocket port + 2. */
function dtmfLogPort(): number {
  return Number(process.env.PBX_DTMF_LOG_PORT ?? Number(new URL(pbxWsUrl()).port) + 2);
}

test.describe('calls: DTMF', () => {
  test('keypad digits go out as RFC 4733 events by default (seen by rtpengine)', async ({
    phone,
  }) => {
    const log = await openDtmfLog(dtmfLogPort());
    const far = await UdpPhone.register('1005');
    try {
      const dave = await phone('1004');
      await dave.dial('1005');
      const callId = await far.answerNext();
      const card = dave.call('1005');
      await expect(dave.button(card, 'Hold')).toBeVisible();
      // PCMU silence from the plain phone reaches the browser through rtpengine.
      await dave.expectHearing({ energy: false });

      await dave.pressKeys('5#1', card);
      const digits = [];
      for (let i = 0; i < 3; i++) digits.push(dtmfDigit((await log.next(5000, callId)).event));
      expect(digits.join('')).toBe('5#1');

      await dave.hangUp(card);
      await far.expectBye();
    } finally {
      await far.close();
      await log.close();
    }
  });

  test("with the provider's dtmfMode 'info', digits go as SIP INFO and reach the far end", async ({
    phone,
  }) => {
    const alice = await phone('1001', { profile: { dtmfMode: 'info' } });
    const bob = await phone('1002');
    const card = await alice.callAnswered('1002', bob);

    await alice.pressKeys('1234*#', card);
    await expect.poll(async () => (await bob.onlyCall()).dtmfReceived).toBe('1234*#');
    await alice.hangUp(card);
  });
});
