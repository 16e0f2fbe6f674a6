/**
 * A fake JsSIP UA behind the `UaFactory` seam, in the spirit of JsSIP's own tests: the engine
 * drives it through the real API, and a test plays the network's part (`register`,
 * `registrationFails`, `dropTransport`, `receiveCall`). Its sessions are in fake-session.ts.
 * Test-only: nothing in the app imports this folder, so it never reaches the bundle.
 */
import type { UA, UAConfiguration } from 'jssip/lib/UA';
import type { AccountProfile } from '../../../src-preload/contract';
import type { UaFactory } from '../account-connection';
import type { RTCSession } from '../jssip-types';
import type { FakeMediaStream } from './fake-media';
import { FakeSession } from './fake-session';
import { FakeEmitter, fakeUri } from './fake-sip';
import { loadJsSip } from '../jssip-runtime';

// The engine's configuration holds real JsSIP sockets (uaConfiguration), and the app fetches
// JsSIP before any UA exists; so does every test that fakes the UA.
await loadJsSip();

export { FakeSession, type ReferRecord } from './fake-session';
export { FakePeerConnection, fakeUri, STATUS } from './fake-sip';

/** The event handlers JsSIP's `sendOptions` takes. */
interface OptionsHandlers {
  succeeded(event: { originator: string }): void;
  failed(event: { originator: string; cause: string }): void;
}

/** JsSIP's UA as the engine uses it; `sessions` holds every session, newest last. */
export class FakeUa extends FakeEmitter {
  readonly sessions: FakeSession[] = [];
  started = false;
  stopped = false;

  constructor(readonly configuration: UAConfiguration) {
    super();
  }

  get asUa(): UA {
    return this as unknown as UA;
  }

  start(): void {
    this.started = true;
  }

  /** As JsSIP's UA.stop(): every session still up is terminated. */
  stop(): void {
    this.stopped = true;
    for (const session of this.sessions) if (!session.isEnded()) session.terminate();
  }

  /** SUBSCRIBEs the engine made (presence.ts), as `event target`; they never get a NOTIFY here. */
  readonly subscriptions: string[] = [];

  subscribe(
    target: string,
    eventName: string,
  ): FakeEmitter & { subscribe(): void; terminate(): void } {
    this.subscriptions.push(`${eventName} ${target}`);
    return Object.assign(new FakeEmitter(), { subscribe: () => {}, terminate: () => {} });
  }

  call(target: string, options: { mediaStream?: FakeMediaStream }): RTCSession {
    const session = this.newSession('outgoing', { user: target }, options.mediaStream);
    this.emit('newRTCSession', { originator: 'local', session: session.asSession, request: {} });
    return session.asSession;
  }

  newSession(
    direction: 'incoming' | 'outgoing',
    remote: { user: string; display?: string },
    mediaStream?: FakeMediaStream,
  ): FakeSession {
    const session = new FakeSession({ direction, remote, mediaStream, ua: this });
    this.sessions.push(session);
    return session;
  }

  /** The latest session (the one a test just made happen). */
  get last(): FakeSession {
    const session = this.sessions.at(-1);
    if (!session) throw new Error('No session yet');
    return session;
  }

  /** REGISTERs the engine asked for through JsSIP's `ua.register()` (not the one on connect). */
  registerRequests = 0;
  connected = false;
  registered = false;

  register(): void {
    this.registerRequests += 1;
  }

  /** What JsSIP learnt from the challenge it answered (RequestSender: `ua.set('ha1', …)`). */
  private readonly learnt: { ha1?: string; realm?: string } = {};

  /** JsSIP answered a challenge in `realm`: like UA.set('ha1'), it now holds the HA1. */
  answeredChallenge(realm: string, ha1: string): void {
    this.learnt.realm = realm;
    this.learnt.ha1 = ha1;
  }

  get(parameter: 'ha1' | 'realm'): string | null {
    return this.learnt[parameter] ?? this.configuration[parameter] ?? null;
  }

  isConnected(): boolean {
    return this.connected;
  }

  /** Out-of-dialog OPTIONS the engine sent (keep-alives), oldest first; `answerOptions` answers. */
  readonly optionsSent: { target: string; handlers: OptionsHandlers }[] = [];

  sendOptions(target: string, _body: unknown, options: { eventHandlers: OptionsHandlers }): void {
    this.optionsSent.push({ target, handlers: options.eventHandlers });
  }

  /** The oldest unanswered OPTIONS gets a final answer (2xx: succeeded; else failed, remote). */
  answerOptions(status = 200): void {
    const sent = this.optionsSent.shift();
    if (!sent) throw new Error('No OPTIONS to answer');
    if (status < 300) sent.handlers.succeeded({ originator: 'remote' });
    else sent.handlers.failed({ originator: 'remote', cause: 'SIP Failure Code' });
  }

  // ---- the network's part ----

  /** The socket opens and the REGISTER gets its 200. */
  connectAndRegister(url = 'wss://pbx.test/ws'): void {
    this.emit('connecting', { socket: { url } });
    this.connected = true;
    this.emit('connected', { socket: { url } });
    this.registrationSucceeds();
  }

  /** A REGISTER gets its 200; like JsSIP, 'registered' only when not registered already (a refresh). */
  registrationSucceeds(): void {
    if (this.registered) return;
    this.registered = true;
    this.emit('registered', { response: { status_code: 200 } });
  }

  /** A REGISTER fails; like JsSIP (Registrator._registrationFailure), a registered UA then unregisters. */
  registrationFails(
    cause: string,
    statusCode?: number,
    reason?: string,
    headers: Record<string, string> = {},
  ): void {
    const lookup = (name: string) =>
      Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
    this.emit('registrationFailed', {
      cause,
      response: statusCode
        ? { status_code: statusCode, reason_phrase: reason, getHeader: lookup }
        : null,
    });
    if (this.registered) {
      this.registered = false;
      this.emit('unregistered', { cause });
    }
  }

  /** The WebSocket closes under us; JsSIP then reconnects on its own ('connecting' again). */
  dropTransport(url = 'wss://pbx.test/ws', code = 1006): void {
    this.connected = false;
    this.emit('disconnected', { socket: { url }, error: true, code, reason: '' });
    if (this.registered) {
      this.registered = false;
      this.emit('unregistered', {});
    }
  }

  /** An INVITE arrives from `from`, addressed to `to` (default: our own extension). */
  receiveCall(
    from: string,
    display = '',
    headers: Readonly<Record<string, string[]>> = {},
    to?: string,
  ): FakeSession {
    const session = this.newSession('incoming', { user: from, display });
    this.emit('newRTCSession', {
      originator: 'remote',
      session: session.asSession,
      request: {
        from: { uri: fakeUri(from), display_name: display },
        ...(to === undefined ? {} : { to: { uri: fakeUri(to) } }),
        getHeaders: (name: string) => headers[name] ?? [],
      },
    });
    return session;
  }
}

/** A UaFactory that makes FakeUas and keeps them, newest last. */
export function fakeUaFactory(): { factory: UaFactory; uas: FakeUa[] } {
  const uas: FakeUa[] = [];
  return {
    uas,
    factory: (configuration) => {
      const ua = new FakeUa(configuration);
      uas.push(ua);
      return ua.asUa;
    },
  };
}

/** An account profile for tests: extension 1001 at pbx.test. */
export function testProfile(overrides: Partial<AccountProfile> = {}): AccountProfile {
  return {
    id: 'acc1',
    servers: ['wss://pbx.test/ws'],
    domain: 'pbx.test',
    extension: '1001',
    iceServers: [],
    registerExpires: 600,
    dtmfMode: 'rfc2833',
    ...overrides,
  };
}
