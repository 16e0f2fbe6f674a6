/**
 * A plain RTP sender for tests: PCMU silence and RFC 4733 telephone-events,
 * from a UDP socket on 127.0.0.1, paced at 20 ms like a real phone. Enough
 * to push a digit through rtpengine and see it in the DTMF log.
 */
import { createSocket, type Socket } from 'node:dgram';

const SAMPLES_PER_PACKET = 160; // 20 ms at 8 kHz
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class RtpSender {
  private seq = 1;
  private timestamp = 0;
  private readonly ssrc = Math.floor(Math.random() * 0xffffffff);

  private constructor(
    private readonly socket: Socket,
    private readonly dest: { address: string; port: number },
  ) {}

  /** Binds 127.0.0.1:localPort (0 = any) for sending to `dest`. */
  static async open(
    localPort: number,
    dest: { address: string; port: number },
  ): Promise<RtpSender> {
    if (!dest.address.startsWith('127.')) {
      throw new Error(`refusing to send RTP off loopback, to ${dest.address}`);
    }
    const socket = createSocket('udp4');
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(localPort, '127.0.0.1', () => resolve());
    });
    return new RtpSender(socket, dest);
  }

  get localPort(): number {
    return this.socket.address().port;
  }

  /** `count` packets of PCMU silence (payload type 0). */
  async silence(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      this.send(0, this.seq === 1, Buffer.alloc(SAMPLES_PER_PACKET, 0xff), this.timestamp);
      this.timestamp += SAMPLES_PER_PACKET;
      await sleep(20);
    }
  }

  /**
   * One key press as RFC 4733 events: `packets` updates sharing one
   * timestamp with growing duration, the last three with the End bit set
   * (the redundancy RFC 4733 section 2.5.1.4 recommends).
   */
  async digit(event: number, payloadType: number, packets = 8): Promise<void> {
    const start = this.timestamp;
    for (let i = 1; i <= packets; i++) {
      const payload = Buffer.alloc(4);
      payload[0] = event;
      payload[1] = (i > packets - 3 ? 0x80 : 0) | 10; // E bit, volume -10 dBm0
      payload.writeUInt16BE(i * SAMPLES_PER_PACKET, 2);
      this.send(payloadType, i === 1, payload, start);
      await sleep(20);
    }
    this.timestamp += packets * SAMPLES_PER_PACKET;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }

  private send(payloadType: number, marker: boolean, payload: Buffer, timestamp: number): void {
    const header = Buffer.alloc(12);
    header[0] = 0x80; // version 2
    header[1] = (marker ? 0x80 : 0) | payloadType;
    header.writeUInt16BE(this.seq++ & 0xffff, 2);
    header.writeUInt32BE(timestamp >>> 0, 4);
    header.writeUInt32BE(this.ssrc >>> 0, 8);
    this.socket.send(Buffer.concat([header, payload]), this.dest.port, this.dest.address);
  }
}
