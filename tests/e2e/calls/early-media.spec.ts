import { expect, test } from './phones';
import { UdpPhone } from './udp-phone';

test.describe('calls: ringback and early media', () => {
  test('a 183 with SDP plays the far end’s media instead of our ringback', async ({ phone }) => {
    const far = await UdpPhone.register('1005');
    try {
      const dave = await phone('1004');
      await dave.dial('1005');
      const answered = far.answerNext({ early: 'media', answerAfterMs: 4000 });
      const card = dave.call('1005');
      await expect(card).toContainText('Ringing…');
      // Early media arrives (announcement, in-band ringback) while the call is unanswered...
      await dave.expectHearing({ energy: false });
      await expect(card).toContainText('Ringing…');
      // ...and our own ringback stays off.
      expect((await dave.tones()).speaker).toBeUndefined();
      await answered;
      await expect(dave.button(card, 'Hold')).toBeVisible();
      await dave.expectHearing({ energy: false });
      await dave.hangUp(card);
      await far.expectBye();
    } finally {
      await far.close();
    }
  });

  test('a plain 180 plays our ringback until the far end answers', async ({ phone }) => {
    const far = await UdpPhone.register('1005');
    try {
      const dave = await phone('1004');
      await dave.dial('1005');
      const answered = far.answerNext({ early: 'ringing', answerAfterMs: 2500 });
      const card = dave.call('1005');
      await expect(card).toContainText('Ringing…');
      await expect.poll(async () => (await dave.tones()).speaker).toBe('ringback');
      await answered;
      await expect(dave.button(card, 'Hold')).toBeVisible();
      await expect.poll(async () => (await dave.tones()).speaker).toBeUndefined();
      await dave.hangUp(card);
      await far.expectBye();
    } finally {
      await far.close();
    }
  });
});
