import { jssip } from './jssip-runtime';

/**
 * The private JsSIP 3.13 members of lib/RequestSender.js the guard reads; checked against the
 * real class by digest-guard.test.ts.
 */
interface SenderInternals {
  _ua: { configuration: { realm: string | null; uri: { host: string } } };
  _method: string;
  _request: { to?: { getParam(name: string): unknown } | null };
  _eventHandlers: { onReceiveResponse(response: ChallengeResponse): void };
  _receiveResponse(response: ChallengeResponse): void;
}

/** The part of a JsSIP IncomingResponse the guard reads. */
interface ChallengeResponse {
  status_code: number;
  parseHeader(name: string): { realm?: string } | undefined;
}

/** Why a challenge goes unanswered; each is one line in the console. */
export type Refusal = 'in-dialog' | 'beyond-first-hop' | 'foreign-realm';

/** What decides whether one challenge may be answered. */
export interface Challenge {
  method: string;
  /** The request carries a To tag: it belongs to a dialog (a call, a subscription). */
  inDialog: boolean;
  /** A provisional response came first: the proxy had already forwarded the request. */
  afterProvisional: boolean;
  /** The realm the challenge names. */
  realm: string | undefined;
  /** The realm the line's registration was answered in, once it has been. */
  pinnedRealm: string | null;
  /** The line's SIP domain. */
  domain: string;
}

/**
 * Whether a 401/407 may be answered with credentials, or why not. The far end of a call sees
 * everything we send in its dialog, and a digest response computed from our password (or its
 * HA1) is enough for an offline dictionary attack on that password. Responses reach us over the
 * one connection to the PBX whether the PBX or the far end wrote them, so nothing in a response
 * to an in-dialog request proves the PBX wrote it. PBXs authenticate the request that makes a
 * dialog (REGISTER, INVITE, SUBSCRIBE), not the requests within one, so none of those is
 * answered. A request outside a dialog is answered only in the realm the registrar used (or,
 * before any challenge, the line's domain), and an INVITE only while no provisional response has
 * come: the first-hop proxy challenges before it forwards, so after its 100 Trying a challenge
 * comes from beyond it.
 */
export function refusal(challenge: Challenge): Refusal | null {
  if (challenge.inDialog) return 'in-dialog';
  if (challenge.afterProvisional) return 'beyond-first-hop';
  const expected =
    challenge.pinnedRealm ?? (challenge.method === 'REGISTER' ? null : challenge.domain);
  if (expected !== null && challenge.realm !== expected) return 'foreign-realm';
  return null;
}

/** Where the guard says what it refused; console.warn in the app, a spy in tests. */
export type DigestGuardLog = (message: string) => void;

const REASONS: Record<Refusal, string> = {
  'in-dialog': 'a request inside a call is never authenticated (its far end could read the answer)',
  'beyond-first-hop': 'it came from beyond the PBX, after its provisional response',
  'foreign-realm': 'its realm is not the PBX’s',
};

let installed = false;
let log: DigestGuardLog = (message) => console.warn(message);

/**
 * Makes every JsSIP UA in the page answer 401/407 challenges only as `refusal` allows; a refused
 * challenge reaches the request's owner as the failure response it is. JsSIP 3.13 answers any
 * challenge on any request, in any realm while it still holds the plain password. Calling it
 * again only replaces the log.
 */
export function installDigestGuard(logTo?: DigestGuardLog): void {
  if (logTo) log = logTo;
  if (installed) return;
  installed = true;
  const proto = jssip().RequestSender.prototype as unknown as SenderInternals;
  const receive = proto._receiveResponse;
  const provisional = new WeakSet<SenderInternals>();
  proto._receiveResponse = function (this: SenderInternals, response) {
    const status = response.status_code;
    if (status < 200) provisional.add(this);
    if (status !== 401 && status !== 407) return receive.call(this, response);
    const header = response.parseHeader(status === 401 ? 'www-authenticate' : 'proxy-authenticate');
    const config = this._ua.configuration;
    const refused = refusal({
      method: this._method,
      inDialog: Boolean(this._request.to?.getParam('tag')),
      afterProvisional: provisional.has(this),
      realm: header?.realm,
      pinnedRealm: config.realm,
      domain: config.uri.host,
    });
    if (refused === null) return receive.call(this, response);
    log(`SIP ${this._method} challenged (${status}) and not answered: ${REASONS[refused]}`);
    this._eventHandlers.onReceiveResponse(response);
  };
}
