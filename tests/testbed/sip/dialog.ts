/**
 * A SIP dialog as one test phone sees it (RFC 3261 section 12): who is who,
 * the remote target and the route set the PBX recorded. In-dialog requests
 * (ACK, BYE, re-INVITE, REFER, INFO) go through the PBX along that route set,
 * which is exactly what the PBX's loose_route() / double Record-Route must
 * get right.
 */
import {
  addressUri,
  headerValues,
  newBranch,
  requiredHeader,
  type Header,
  type SipRequest,
  type SipResponse,
} from './message';
import type { TestPhone } from './phone';

export class Dialog {
  constructor(
    private readonly phone: TestPhone,
    readonly callId: string,
    /** Our From (as caller) / To (as callee) value, with our tag. */
    readonly local: string,
    /** The peer's address, with its tag. */
    readonly remote: string,
    /** Where in-dialog requests go: the peer's Contact URI. */
    readonly remoteTarget: string,
    /** Route headers for in-dialog requests, in sending order. */
    readonly routeSet: readonly string[],
    private localSeq: number,
  ) {}

  /** Builds and sends an in-dialog request; `cseq` only for ACK (INVITE's number). */
  send(
    method: string,
    options: {
      body?: string;
      contentType?: string;
      headers?: readonly Header[];
      cseq?: number;
    } = {},
  ): SipRequest {
    const cseq = options.cseq ?? ++this.localSeq;
    const headers: Header[] = [
      this.phone.via(newBranch()),
      ['Max-Forwards', '70'],
      ...this.routeSet.map((r): Header => ['Route', r]),
      ['From', this.local],
      ['To', this.remote],
      ['Call-ID', this.callId],
      ['CSeq', `${cseq} ${method}`],
      ['Contact', `<${this.phone.contact}>`],
      ...(options.headers ?? []),
    ];
    if (options.body) headers.push(['Content-Type', options.contentType ?? 'application/sdp']);
    return this.phone.send({
      kind: 'request',
      method,
      uri: this.remoteTarget,
      headers,
      body: options.body ?? '',
    });
  }

  ack(inviteCseq: number): void {
    this.send('ACK', { cseq: inviteCseq });
  }

  /** Sends an in-dialog request and resolves with its final response. */
  request(
    method: string,
    options: { body?: string; contentType?: string; headers?: readonly Header[] } = {},
  ): Promise<SipResponse> {
    const req = this.send(method, options);
    return this.phone.finalResponse(req, 5000);
  }

  bye(): Promise<SipResponse> {
    return this.request('BYE');
  }
}

/** The caller's dialog from its INVITE and the 2xx: route set is Record-Route reversed. */
export function dialogAsCaller(phone: TestPhone, invite: SipRequest, ok: SipResponse): Dialog {
  return new Dialog(
    phone,
    requiredHeader(invite, 'Call-ID'),
    requiredHeader(invite, 'From'),
    requiredHeader(ok, 'To'),
    addressUri(requiredHeader(ok, 'Contact')),
    headerValues(ok, 'Record-Route').reverse(),
    Number.parseInt(requiredHeader(invite, 'CSeq'), 10),
  );
}

/** The callee's dialog from the INVITE it answered with `toTag`. */
export function dialogAsCallee(phone: TestPhone, invite: SipRequest, toTag: string): Dialog {
  return new Dialog(
    phone,
    requiredHeader(invite, 'Call-ID'),
    `${requiredHeader(invite, 'To')};tag=${toTag}`,
    requiredHeader(invite, 'From'),
    addressUri(requiredHeader(invite, 'Contact')),
    headerValues(invite, 'Record-Route'),
    Math.floor(Math.random() * 1000) + 1,
  );
}
