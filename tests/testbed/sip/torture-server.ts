/**
 * The phone's SIP server for torture tests: a registrar that accepts any REGISTER, and a sender of
 * whatever bytes a test wants to put on the phone's WebSocket. It records every response the
 * phone sends, cancels any torture INVITE that starts ringing and ACKs every final answer to one,
 * so no call is left up.
 */
import {
  addressUri,
  header,
  headerValues,
  parseMessage,
  requiredHeader,
  type SipMessage,
  type SipRequest,
  type SipResponse,
  newBranch,
  token,
} from './message';
import { webrtcSdp } from './sdp';
import type { TortureMessage } from './torture';
import {
  startSipWebSocketServer,
  type ServerConnection,
  type SipWebSocketServer,
} from './websocket-server';

export class TortureServer {
  /** Every response the phone sent, in order. */
  readonly responses: SipResponse[] = [];
  /** Every request the phone sent, in order. */
  readonly requests: SipRequest[] = [];
  /** How many REGISTERs got their 200, and the close code of every connection that ended. */
  registered = 0;
  readonly closeCodes: number[] = [];
  private current: ServerConnection | null = null;
  /** Calls the test placed on purpose: not cancelled when they ring. */
  private readonly calls = new Set<string>();

  private constructor(
    private readonly server: SipWebSocketServer,
    /** The phone's extension, the user of every Request-URI the server sends. */
    private readonly user: string,
  ) {
    server.onConnection((connection) => {
      this.current = connection;
      connection.onText((text) => this.receive(connection, text));
      void connection.closed.then((code) => this.closeCodes.push(code));
    });
  }

  static async start(user: string): Promise<TortureServer> {
    return new TortureServer(await startSipWebSocketServer(), user);
  }

  get url(): string {
    return this.server.url;
  }

  /** Puts one message on the phone's current connection, as a text or binary frame. */
  deliver(message: TortureMessage): void {
    const connection = this.connection();
    if (message.frame === 'text') connection.sendText(message.bytes);
    else connection.sendBinary(message.bytes);
  }

  /** A text frame whose payload is not UTF-8: a WebSocket framing error (RFC 6455 section 8.1). */
  sendInvalidTextFrame(): void {
    this.connection().sendText(Buffer.from([0x4f, 0x50, 0xc3, 0x28, 0xff, 0x0d, 0x0a]));
  }

  /** Calls the phone from `caller` with a WebRTC offer; returns the Call-ID. */
  call(caller: string, domain: string): string {
    const callId = `call-${token()}`;
    this.calls.add(callId);
    const body = webrtcSdp(40_000);
    this.connection().sendText(
      `INVITE sip:${this.user}@${domain} SIP/2.0\r\n` +
        `Via: SIP/2.0/WS torture.invalid;branch=${newBranch()}\r\nMax-Forwards: 70\r\n` +
        `From: <sip:${caller}@${domain}>;tag=${token()}\r\nTo: <sip:${this.user}@${domain}>\r\n` +
        `Call-ID: ${callId}\r\nCSeq: 1 INVITE\r\nContact: <sip:${caller}@torture.invalid;transport=ws>\r\n` +
        `Content-Type: application/sdp\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    return callId;
  }

  /** The status codes the phone answered a Call-ID with. */
  answers(callId: string): number[] {
    return this.responses
      .filter((response) => header(response, 'Call-ID') === callId)
      .map((response) => response.status);
  }

  close(): Promise<void> {
    return this.server.close();
  }

  private connection(): ServerConnection {
    if (!this.current) throw new Error('The phone has not connected');
    return this.current;
  }

  private receive(connection: ServerConnection, text: string): void {
    let message: SipMessage;
    try {
      message = parseMessage(text);
    } catch {
      return; // a keep-alive CRLF
    }
    if (message.kind === 'response') {
      this.responses.push(message);
      this.tidyUp(connection, message);
      return;
    }
    this.requests.push(message);
    if (message.method === 'ACK') return;
    const contact = message.method === 'REGISTER' ? header(message, 'Contact') : undefined;
    connection.sendText(reply(message, contact ? `${contact};expires=600` : undefined));
    if (message.method === 'REGISTER') this.registered++;
  }

  /**
   * ACKs the 2xx to a call the test placed; cancels a torture INVITE that rings and ACKs its
   * final non-2xx answer, so the phone is left with no call up.
   */
  private tidyUp(connection: ServerConnection, response: SipResponse): void {
    if (!requiredHeader(response, 'CSeq').endsWith('INVITE') || response.status === 100) return;
    const placed = this.calls.has(requiredHeader(response, 'Call-ID'));
    const ringing = response.status < 200;
    if (response.status < 300 && placed) {
      if (!ringing) connection.sendText(ackFor2xx(response));
      return;
    }
    if (response.status >= 200 && response.status < 300) return;
    const [number] = requiredHeader(response, 'CSeq').split(/\s+/);
    const method = ringing ? 'CANCEL' : 'ACK';
    const to = requiredHeader(response, 'To');
    connection.sendText(
      `${method} sip:${this.user}@torture.invalid SIP/2.0\r\n` +
        `Via: ${headerValues(response, 'Via')[0] ?? ''}\r\nMax-Forwards: 70\r\n` +
        `From: ${requiredHeader(response, 'From')}\r\n` +
        `To: ${ringing ? to.replace(/;tag=[^;]*/, '') : to}\r\n` +
        `Call-ID: ${requiredHeader(response, 'Call-ID')}\r\nCSeq: ${number} ${method}\r\n` +
        'Content-Length: 0\r\n\r\n',
    );
  }
}

/** The ACK to a 2xx: a new transaction, sent to the phone's Contact. */
function ackFor2xx(response: SipResponse): string {
  const [number] = requiredHeader(response, 'CSeq').split(/\s+/);
  return (
    `ACK ${addressUri(requiredHeader(response, 'Contact'))} SIP/2.0\r\n` +
    `Via: SIP/2.0/WS torture.invalid;branch=${newBranch()}\r\nMax-Forwards: 70\r\n` +
    `From: ${requiredHeader(response, 'From')}\r\nTo: ${requiredHeader(response, 'To')}\r\n` +
    `Call-ID: ${requiredHeader(response, 'Call-ID')}\r\nCSeq: ${number} ACK\r\n` +
    'Content-Length: 0\r\n\r\n'
  );
}

/** A 200 OK to `request`, with `contact` if given. */
function reply(request: SipRequest, contact?: string): string {
  const to = requiredHeader(request, 'To');
  const lines = [
    'SIP/2.0 200 OK',
    ...headerValues(request, 'Via').map((via) => `Via: ${via}`),
    `From: ${requiredHeader(request, 'From')}`,
    `To: ${/;tag=/.test(to) ? to : `${to};tag=torture`}`,
    `Call-ID: ${requiredHeader(request, 'Call-ID')}`,
    `CSeq: ${requiredHeader(request, 'CSeq')}`,
    ...(contact ? [`Contact: ${contact}`, 'Expires: 600'] : []),
    'Content-Length: 0',
  ];
  return `${lines.join('\r\n')}\r\n\r\n`;
}
