import { freeUdpPort } from '../../testbed/sipp';
import { RtpSender } from '../../testbed/rtp';
import { requiredHeader, type SipRequest } from '../../testbed/sip/message';
import { TestPhone, type Dialog } from '../../testbed/sip/phone';
import { audioAddress, audioPort, plainRtpSdp } from '../../testbed/sip/sdp';
import { udpTransport } from '../../testbed/sip/transport';
import { testExtension } from '../../testbed/extensions';

/**
 * A plain SIP/RTP phone on UDP (the test bed's TestPhone), registered as a test extension. Calls
 * from the browser to it cross rtpengine, which is the only place RFC 4733 DTMF can be observed.
 * It answers with PCMU + telephone-event and sends PCMU silence so RTP flows both ways.
 */
export class UdpPhone {
  private rtp: RtpSender | null = null;
  private sending = false;
  private sender: Promise<void> = Promise.resolve();
  private dialog: Dialog | undefined;
  invite: SipRequest | undefined;

  private constructor(readonly phone: TestPhone) {}

  static async register(user: string): Promise<UdpPhone> {
    const port = Number(process.env.PBX_UDP_PORT ?? 15060);
    const phone = new TestPhone(
      await udpTransport(port),
      testExtension(user),
      process.env.PBX_DOMAIN ?? 'softphone.test',
    );
    const response = await phone.register();
    if (response.status !== 200)
      throw new Error(`UDP phone ${user} did not register: ${response.status}`);
    return new UdpPhone(phone);
  }

  /**
   * Waits for a call and answers it: first `early` (183 with SDP and RTP, i.e. early media) or a
   * plain 180 when asked, then 200 after `answerAfterMs`.
   */
  async answerNext(
    options: { early?: 'ringing' | 'media'; answerAfterMs?: number } = {},
  ): Promise<string> {
    const invite = await this.phone.nextRequest('INVITE', 10_000);
    this.invite = invite;
    const rtpPort = await freeUdpPort();
    const sdp = plainRtpSdp(rtpPort, invite.body);
    const startMedia = async () => {
      this.rtp = await RtpSender.open(rtpPort, {
        address: audioAddress(invite.body),
        port: audioPort(invite.body),
      });
      this.sending = true;
      this.sender = this.keepSending();
    };
    if (options.early === 'ringing') this.phone.respond(invite, 180, 'Ringing');
    if (options.early === 'media') {
      this.phone.respond(invite, 183, 'Session Progress', { body: sdp });
      await startMedia();
    }
    await new Promise((resolve) => setTimeout(resolve, options.answerAfterMs ?? 0));
    this.dialog = this.phone.respond(invite, 200, 'OK', { body: sdp });
    if (!this.rtp) await startMedia();
    return requiredHeader(invite, 'Call-ID');
  }

  /** Answers the BYE the browser sends when it hangs up. */
  async expectBye(): Promise<void> {
    const bye = await this.phone.nextRequest('BYE', 10_000);
    this.phone.respond(bye, 200, 'OK');
  }

  async hangUp(): Promise<void> {
    await this.dialog?.bye();
  }

  async close(): Promise<void> {
    this.sending = false;
    await this.sender;
    await this.rtp?.close();
    await this.phone.unregister().catch(() => undefined);
    await this.phone.close();
  }

  private async keepSending(): Promise<void> {
    while (this.sending && this.rtp) await this.rtp.silence(5);
  }
}
