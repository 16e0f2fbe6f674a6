/**
 * The PBX and the far end of a call in one scripted SIP-over-WebSocket server (RFC 7118) on
 * 127.0.0.1, for the races no real PBX produces on demand: a 200 that crosses our CANCEL, a 491
 * to our re-INVITE, a BYE right after a REFER's 202. It registers any REGISTER, answers what the
 * test does not script with the plain answer (INVITE 100/180/200 with SDP, BYE/CANCEL/NOTIFY 200,
 * REFER 202), and records every message the phone sends with its arrival time. Test-only.
 */
import {
  addressUri,
  header,
  headerParam,
  newBranch,
  parseMessage,
  printMessage,
  requiredHeader,
  responseTo,
  token,
  type Header,
  type SipRequest,
  type SipResponse,
} from './message';
import { farEndSdp, type MediaIdentity, newMediaIdentity } from './scripted-sdp';
import { startSipWebSocketServer, type ServerConnection } from './websocket-server';

const HOST = 'far-end.invalid';
const CONTACT = `sip:far-end@${HOST};transport=ws`;

/** One message from the phone, with its arrival time (ms, `performance.now()` of this process). */
export interface Received {
  readonly message: SipRequest | SipResponse;
  readonly at: number;
}

/** What the server knows of one call, by Call-ID. */
interface CallState {
  /** Our tag (the To tag of our answers, or the From tag of a call we placed). */
  readonly tag: string;
  /** The phone's side: its address with tag, and its Contact URI (where our requests go). */
  phone?: string;
  phoneTarget?: string;
  /** Our own address with tag, as the From of in-dialog requests we send. */
  ours?: string;
  cseq: number;
  readonly media: MediaIdentity;
}

/**
 * A script step: sees every request from the phone first. Return true when it answered the request
 * itself (with `reply`), false to leave it to the default answer.
 */
export type RequestScript = (request: SipRequest, server: ScriptedFarEnd) => boolean;

export class ScriptedFarEnd {
  readonly received: Received[] = [];
  private connection: ServerConnection | undefined;
  private readonly calls = new Map<string, CallState>();
  private readonly scripts: RequestScript[] = [];
  private readonly waiters = new Set<() => void>();

  private constructor(
    readonly url: string,
    private readonly stopServer: () => Promise<void>,
  ) {}

  static async start(): Promise<ScriptedFarEnd> {
    const server = await startSipWebSocketServer();
    const farEnd = new ScriptedFarEnd(server.url, () => server.close());
    server.onConnection((connection) => {
      farEnd.connection = connection;
      connection.onText((text) => farEnd.receive(text));
    });
    return farEnd;
  }

  /** Adds a script step; steps run in the order added, before the default answers. */
  script(step: RequestScript): void {
    this.scripts.push(step);
  }

  /** Requests of `method` the phone sent (for INVITE: initial and re-INVITEs alike). */
  requests(method: string): Received[] {
    return this.received.filter(
      ({ message }) => message.kind === 'request' && message.method === method,
    );
  }

  /** Resolves with the `count`-th request of `method` once it has arrived. */
  async waitForRequest(method: string, count = 1, timeoutMs = 15_000): Promise<Received> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.requests(method)[count - 1];
      if (found) return found;
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`Phone sent ${this.requests(method).length} ${method}s`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, left);
        this.waiters.add(wake);
      });
    }
  }

  /** Answers `request` (status, optional body); dialog-forming answers get our tag and Contact. */
  reply(
    request: SipRequest,
    status: number,
    reason: string,
    options: { body?: string; headers?: readonly Header[] } = {},
  ): void {
    const call = this.call(requiredHeader(request, 'Call-ID'));
    const response = responseTo(request, status, reason, {
      toTag: call.tag,
      contact: CONTACT,
      body: options.body,
      headers: options.headers,
    });
    if (
      request.method === 'INVITE' &&
      status > 100 &&
      !headerParam(requiredHeader(request, 'To'), 'tag')
    ) {
      call.phone ??= requiredHeader(request, 'From');
      call.phoneTarget ??= addressUri(requiredHeader(request, 'Contact'));
      call.ours ??= requiredHeader(response, 'To');
    }
    this.send(printMessage(response));
  }

  /** The SDP answer the far end gives to `offer` on call `callId` (stable ICE and DTLS identity). */
  answerSdp(callId: string, offer: string): string {
    return farEndSdp(this.call(callId).media, offer);
  }

  /**
   * Sends an in-dialog request (BYE, re-INVITE...) to the phone on call `callId`; a re-INVITE
   * carries the far end's offer.
   */
  sendInDialog(callId: string, method: string): void {
    const call = this.calls.get(callId);
    if (!call?.phone || !call.ours || !call.phoneTarget) throw new Error(`No dialog ${callId}`);
    call.cseq += 1;
    this.sendRequest(
      method,
      call.phoneTarget,
      [
        ['From', call.ours],
        ['To', call.phone],
        ['Call-ID', callId],
        ['CSeq', `${call.cseq} ${method}`],
      ],
      method === 'INVITE' ? farEndSdp(call.media) : '',
    );
  }

  /** Calls the phone's extension `user` from `caller` with a WebRTC offer; returns the Call-ID. */
  callPhone(user: string, caller: string, domain: string): string {
    const callId = `far-end-${token()}`;
    const call = this.call(callId);
    call.ours = `<sip:${caller}@${domain}>;tag=${call.tag}`;
    this.sendRequest(
      'INVITE',
      `sip:${user}@${domain}`,
      [
        ['From', call.ours],
        ['To', `<sip:${user}@${domain}>`],
        ['Call-ID', callId],
        ['CSeq', `${call.cseq} INVITE`],
      ],
      farEndSdp(call.media),
    );
    return callId;
  }

  stop(): Promise<void> {
    return this.stopServer();
  }

  private call(callId: string): CallState {
    let call = this.calls.get(callId);
    if (!call) {
      call = { tag: token(), cseq: 1, media: newMediaIdentity() };
      this.calls.set(callId, call);
    }
    return call;
  }

  private sendRequest(method: string, uri: string, headers: Header[], body = ''): void {
    const message = {
      kind: 'request' as const,
      method,
      uri,
      headers: [
        ['Via', `SIP/2.0/WS ${HOST};branch=${newBranch()}`] as Header,
        ['Max-Forwards', '70'] as Header,
        ...headers,
        ['Contact', `<${CONTACT}>`] as Header,
        ...(body ? [['Content-Type', 'application/sdp'] as Header] : []),
      ],
      body,
    };
    this.send(printMessage(message));
  }

  private send(text: string): void {
    if (!this.connection) throw new Error('The phone has not connected');
    this.connection.sendText(text);
  }

  private receive(text: string): void {
    let message: SipRequest | SipResponse;
    try {
      message = parseMessage(text);
    } catch {
      return; // a CRLF keep-alive
    }
    this.received.push({ message, at: performance.now() });
    for (const wake of [...this.waiters]) wake();
    if (message.kind === 'response') this.onResponse(message);
    else if (!this.scripts.some((step) => step(message, this))) this.answer(message);
  }

  /** Our calls to the phone: remember its side of the dialog and ACK its final answer. */
  private onResponse(response: SipResponse): void {
    const callId = requiredHeader(response, 'Call-ID');
    const call = this.calls.get(callId);
    if (!call || !requiredHeader(response, 'CSeq').endsWith('INVITE') || response.status < 200)
      return;
    call.phone = requiredHeader(response, 'To');
    call.phoneTarget = addressUri(header(response, 'Contact') ?? requiredHeader(response, 'To'));
    const [number] = requiredHeader(response, 'CSeq').split(/\s+/);
    this.sendRequest('ACK', call.phoneTarget, [
      ['From', call.ours ?? ''],
      ['To', call.phone],
      ['Call-ID', callId],
      ['CSeq', `${number} ACK`],
    ]);
  }

  /** The plain answers of a registrar and a far end that picks up at once. */
  private answer(request: SipRequest): void {
    const callId = requiredHeader(request, 'Call-ID');
    switch (request.method) {
      case 'ACK':
        return;
      case 'REGISTER': {
        const contact = (header(request, 'Contact') ?? '').replace(/;expires=\d+/i, '');
        const expires = header(request, 'Expires') === '0' ? 0 : 600;
        this.reply(request, 200, 'OK', { headers: [['Contact', `${contact};expires=${expires}`]] });
        return;
      }
      case 'INVITE':
        if (!headerParam(requiredHeader(request, 'To'), 'tag')) this.reply(request, 180, 'Ringing');
        this.reply(request, 200, 'OK', { body: this.answerSdp(callId, request.body) });
        return;
      case 'REFER':
        this.reply(request, 202, 'Accepted');
        return;
      default:
        this.reply(request, 200, 'OK');
    }
  }
}
