/**
 * Where a test phone's SIP messages travel: UDP datagrams to the PBX, or
 * WebSocket frames with the `sip` subprotocol (RFC 7118), as JsSIP does.
 * Both talk only to 127.0.0.1.
 */
import { createSocket, type Socket } from 'node:dgram';
import { connectWebSocket, type RawWebSocket } from './websocket';

export interface SipTransport {
  /** Via transport token: `UDP` or `WS`. */
  readonly via: 'UDP' | 'WS';
  /** Host:port to put in Via/Contact. For WS a made-up *.invalid host, like JsSIP. */
  readonly sentBy: string;
  /** Contact URI parameters that tell the PBX how to reach us (`;transport=ws`). */
  readonly contactParams: string;
  send(text: string): void;
  onMessage(listener: (text: string) => void): void;
  close(): Promise<void>;
}

/** A UDP socket on 127.0.0.1 sending to the PBX's UDP port. */
export async function udpTransport(pbxPort: number, localPort = 0): Promise<SipTransport> {
  const socket: Socket = createSocket('udp4');
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(localPort, '127.0.0.1', () => {
      socket.off('error', reject);
      resolve();
    });
  });
  const port = socket.address().port;
  return {
    via: 'UDP',
    sentBy: `127.0.0.1:${port}`,
    contactParams: '',
    send: (text) => socket.send(text, pbxPort, '127.0.0.1'),
    onMessage: (listener) => socket.on('message', (data) => listener(data.toString('utf8'))),
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}

/** A WebSocket to the PBX, negotiated with the `sip` subprotocol. */
export async function wsTransport(wsUrl: string): Promise<SipTransport> {
  const ws: RawWebSocket = await connectWebSocket(wsUrl, 'sip');
  // JsSIP cannot know its own address either; it invents one like this.
  const host = `${Math.random().toString(36).slice(2, 12)}.invalid`;
  return {
    via: 'WS',
    sentBy: host,
    contactParams: ';transport=ws',
    send: (text) => ws.sendText(text),
    onMessage: (listener) => ws.onText(listener),
    close: () => ws.close(),
  };
}
