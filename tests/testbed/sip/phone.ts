/**
 * A scriptable SIP phone for integration tests: registers with digest auth,
 * places and answers calls, sends in-dialog requests. It speaks over UDP or
 * over WebSocket the way JsSIP does, so tests can check how the PBX routes
 * between the two without a browser.
 *
 * Deliberately small: no retransmissions (loopback does not lose datagrams),
 * one outstanding credential per request, dialogs kept by the caller.
 */
import { digestAuthorization, parseChallenge } from './digest';
import { Inbox } from './inbox';
import {
  cseqMethod,
  header,
  headerParam,
  nameAddr,
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
import type { SipTransport } from './transport';
import { dialogAsCallee, type Dialog } from './dialog';
import { ackForNon2xx, OutgoingCall } from './outgoing-call';

export interface PhoneAccount {
  readonly user: string;
  readonly password: string;
  readonly displayName?: string;
}

export interface RequestOptions {
  readonly uri: string;
  readonly to?: string;
  readonly headers?: readonly Header[];
  readonly body?: string;
  readonly contentType?: string;
  /** Answer a 401/407 with credentials (default true). */
  readonly authenticate?: boolean;
}

const showMessage = (m: SipRequest | SipResponse): string =>
  m.kind === 'request' ? m.method : `${m.status} ${m.reason}`;

export class TestPhone {
  readonly aor: string;
  readonly contact: string;
  private readonly responses = new Inbox<SipResponse>();
  private readonly requests = new Inbox<SipRequest>();
  private readonly answered = new Map<string, { final: boolean; last: string; toTag: string }>();
  private readonly seenRequests = new Set<string>();
  private cseq = 1;
  private readonly registered = new Set<string>();
  private closed = false;

  constructor(
    readonly transport: SipTransport,
    readonly account: PhoneAccount,
    readonly domain: string,
  ) {
    this.aor = `sip:${account.user}@${domain}`;
    this.contact = `sip:${account.user}@${transport.sentBy}${transport.contactParams}`;
    transport.onMessage((text) => this.receive(text));
  }

  /** REGISTER the phone's contact (or `contact`), answering the challenge. */
  async register(
    options: { expires?: number; contact?: string; password?: string } = {},
  ): Promise<SipResponse> {
    const contact = options.contact ?? this.contact;
    const expires = options.expires ?? 600;
    const res = await this.request(
      'REGISTER',
      {
        uri: `sip:${this.domain}`,
        to: this.aor,
        headers: [
          ['Contact', `<${contact}>`],
          ['Expires', String(expires)],
        ],
      },
      options.password,
    );
    if (res.status === 200) {
      if (expires > 0) this.registered.add(contact);
      else this.registered.delete(contact);
    }
    return res;
  }

  /**
   * Removes every binding this phone made (Expires: 0), so the PBX does not
   * keep forking calls to a closed test phone.
   */
  async unregister(): Promise<void> {
    if (this.closed) return; // a closed WebSocket phone's bindings are gone already
    for (const contact of [...this.registered]) await this.register({ contact, expires: 0 });
  }

  /** OPTIONS to the server itself (a keepalive / liveness ping). */
  options(uri = `sip:${this.domain}`): Promise<SipResponse> {
    return this.request('OPTIONS', { uri, authenticate: false });
  }

  /**
   * Sends an out-of-dialog request and resolves with its final response,
   * having answered one 401/407 with credentials (with `password`, if given,
   * instead of the account's: the wrong-password tests use it).
   */
  async request(method: string, options: RequestOptions, password?: string): Promise<SipResponse> {
    const callId = token(12);
    const fromTag = token();
    let sent = this.send(this.outOfDialog(method, options, callId, fromTag, []));
    let final = await this.finalResponse(sent, 5000);
    if ((final.status === 401 || final.status === 407) && options.authenticate !== false) {
      const auth = this.credentialsFor(final, method, options.uri, password);
      sent = this.send(this.outOfDialog(method, options, callId, fromTag, [auth]));
      final = await this.finalResponse(sent, 5000);
    }
    return final;
  }

  /**
   * Starts a call: INVITE with `sdp`, answering the proxy's 407. The returned
   * call resolves provisional and final responses and makes the dialog.
   */
  async invite(
    target: string,
    sdp: string,
    extraHeaders: readonly Header[] = [],
  ): Promise<OutgoingCall> {
    const callId = token(12);
    const fromTag = token();
    const options: RequestOptions = {
      uri: target,
      headers: [['Contact', `<${this.contact}>`], ...extraHeaders],
      body: sdp,
      contentType: 'application/sdp',
    };
    let invite = this.send(this.outOfDialog('INVITE', options, callId, fromTag, []));
    const challenge = await this.finalResponse(invite, 5000);
    if (challenge.status !== 407 && challenge.status !== 401) {
      throw new Error(
        `INVITE to ${target} was not challenged: ${challenge.status} ${challenge.reason}`,
      );
    }
    this.send(ackForNon2xx(invite, challenge));
    const auth = this.credentialsFor(challenge, 'INVITE', target);
    invite = this.send(this.outOfDialog('INVITE', options, callId, fromTag, [auth]));
    return new OutgoingCall(this, invite);
  }

  /** The next incoming request of `method` (not yet taken by another wait). */
  nextRequest(method: string, timeoutMs = 5000): Promise<SipRequest> {
    return this.requests.next(
      (r) => r.method === method,
      timeoutMs,
      `an incoming ${method}`,
      showMessage,
    );
  }

  /** Every request this phone received, for assertions. */
  receivedRequests(): readonly SipRequest[] {
    return this.requests.history();
  }

  /**
   * Answers an incoming request. A 1xx/2xx to an initial INVITE returns the
   * dialog it creates (for BYE, re-INVITE... from this side).
   */
  respond(
    req: SipRequest,
    status: number,
    reason: string,
    options: { body?: string; contentType?: string; headers?: readonly Header[] } = {},
  ): Dialog | undefined {
    const branch = headerParam(requiredHeader(req, 'Via'), 'branch') ?? '';
    const key = `${branch}/${req.method}`;
    const toTag = this.answered.get(key)?.toTag ?? token();
    const text = printMessage(
      responseTo(req, status, reason, { ...options, toTag, contact: this.contact }),
    );
    this.answered.set(key, { final: status >= 200, last: text, toTag });
    this.transport.send(text);
    const initial = !headerParam(requiredHeader(req, 'To'), 'tag');
    const makesDialog = req.method === 'INVITE' && initial && status > 100 && status < 300;
    return makesDialog ? dialogAsCallee(this, req, toTag) : undefined;
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    return this.transport.close();
  }

  // ---- internals shared with OutgoingCall and Dialog ----

  /** Prints and sends a request; returns it for matching responses. */
  send(req: SipRequest): SipRequest {
    this.transport.send(printMessage(req));
    return req;
  }

  via(branch: string = newBranch()): Header {
    return ['Via', `SIP/2.0/${this.transport.via} ${this.transport.sentBy};branch=${branch};rport`];
  }

  fromHeader(tag: string): string {
    return `${nameAddr(this.aor, this.account.displayName)};tag=${tag}`;
  }

  nextCseq(): number {
    return this.cseq++;
  }

  isFor(res: SipResponse, req: SipRequest): boolean {
    const branch = (m: SipRequest | SipResponse): string | undefined =>
      headerParam(requiredHeader(m, 'Via'), 'branch');
    return branch(res) === branch(req) && cseqMethod(res) === req.method;
  }

  waitResponse(
    req: SipRequest,
    match: (r: SipResponse) => boolean,
    timeoutMs: number,
    what: string,
  ): Promise<SipResponse> {
    return this.responses.next((r) => this.isFor(r, req) && match(r), timeoutMs, what, showMessage);
  }

  finalResponse(req: SipRequest, timeoutMs: number): Promise<SipResponse> {
    return this.waitResponse(
      req,
      (r) => r.status >= 200,
      timeoutMs,
      `a final response to ${req.method}`,
    );
  }

  private outOfDialog(
    method: string,
    options: RequestOptions,
    callId: string,
    fromTag: string,
    extra: readonly Header[],
  ): SipRequest {
    const headers: Header[] = [
      this.via(),
      ['Max-Forwards', '70'],
      ['From', this.fromHeader(fromTag)],
      ['To', `<${options.to ?? options.uri}>`],
      ['Call-ID', callId],
      ['CSeq', `${this.nextCseq()} ${method}`],
      ...extra,
      ...(options.headers ?? []),
    ];
    if (options.body) headers.push(['Content-Type', options.contentType ?? 'text/plain']);
    return { kind: 'request', method, uri: options.uri, headers, body: options.body ?? '' };
  }

  private credentialsFor(res: SipResponse, method: string, uri: string, password?: string): Header {
    const proxy = res.status === 407;
    const challenge = header(res, proxy ? 'Proxy-Authenticate' : 'WWW-Authenticate');
    if (!challenge) throw new Error(`${res.status} without a challenge header`);
    const value = digestAuthorization(
      parseChallenge(challenge),
      { username: this.account.user, password: password ?? this.account.password },
      method,
      uri,
    );
    return [proxy ? 'Proxy-Authorization' : 'Authorization', value];
  }

  private receive(text: string): void {
    let msg;
    try {
      msg = parseMessage(text);
    } catch {
      return; // keepalive CRLFs and the like
    }
    if (msg.kind === 'response') {
      this.responses.push(msg);
      return;
    }
    const branch = headerParam(requiredHeader(msg, 'Via'), 'branch') ?? '';
    const key = `${branch}/${msg.method}`;
    const previous = this.answered.get(key);
    if (previous) {
      this.transport.send(previous.last); // retransmission: repeat our answer
      return;
    }
    if (this.seenRequests.has(key)) return; // retransmission of one not answered yet
    this.seenRequests.add(key);
    if (msg.method === 'CANCEL') this.answerCancel(msg, branch);
    this.requests.push(msg);
  }

  /** A UAS answers CANCEL with 200 and the pending INVITE with 487. */
  private answerCancel(cancel: SipRequest, branch: string): void {
    this.respond(cancel, 200, 'OK');
    const invite = this.requests
      .history()
      .find(
        (r) => r.method === 'INVITE' && headerParam(requiredHeader(r, 'Via'), 'branch') === branch,
      );
    if (invite && !this.answered.get(`${branch}/INVITE`)?.final) {
      this.respond(invite, 487, 'Request Terminated');
    }
  }
}
export { Dialog } from './dialog';
