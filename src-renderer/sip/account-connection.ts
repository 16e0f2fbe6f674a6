import type { RTCSession } from 'jssip/lib/RTCSession';
import type { IncomingRequest } from 'jssip/lib/SIPMessage';
import type { RTCSessionEvent, UA, UAConfiguration } from 'jssip/lib/UA';
import mitt, { type Emitter } from 'mitt';
import type { AccountProfile, Ha1Credential, SipCredential } from '../../src-preload/contract';
import { watchConnectionHealth, type ConnectionHealth } from './connection-health';
import { installDigestGuard } from './digest-guard';
import { installGlareRetry } from './glare-retry';
import { jssip, jssipLoaded, loadJsSip } from './jssip-runtime';
import { dropConnection, reconnectNow, releaseDestroyedTransactions } from './jssip-workarounds';
import { RegisterRetry } from './register-retry';
import {
  classifyRegistrationFailure,
  type RegistrationProblem,
  type RegistrationStatus,
} from './registration-status';
import { tracedWebSocket } from './sip-trace';
import { guardIncomingRequests } from './ua-guard';

export type AccountEvents = {
  registration: RegistrationStatus;
  /** An incoming call (JsSIP newRTCSession from the far end). Handled synchronously, so it can be refused at once. */
  incoming: { session: RTCSession; request: IncomingRequest };
  /**
   * Registered again after the socket dropped: live calls must tell the far end where we are
   * now (call-recovery.ts), or the proxy keeps routing its requests to the closed connection.
   */
  reconnected: undefined;
  /**
   * The line registered with the password and JsSIP now holds its HA1: keep that instead, so
   * the plain password is never needed (nor stored) again.
   */
  credential: Ha1Credential;
};

/** How the connection makes its UA: JsSIP in the app, a fake in unit tests. */
export type UaFactory = ((configuration: UAConfiguration) => UA) & {
  /**
   * What must arrive before the factory can be called (JsSIP's chunk), or undefined once it is
   * here: `start()` waits for it.
   */
  ready?: () => Promise<unknown> | undefined;
};

const defaultUaFactory: UaFactory = Object.assign(
  (configuration: UAConfiguration) => {
    installGlareRetry();
    installDigestGuard();
    return releaseDestroyedTransactions(
      guardIncomingRequests(new (jssip().JsSIP.UA)(configuration)),
    );
  },
  { ready: () => (jssipLoaded() ? undefined : loadJsSip()) },
);

export const USER_AGENT = 'Softphone/0.1 (JsSIP 3.13)';

/**
 * Failures a later REGISTER over the same socket can heal, so we send one (JsSIP does not).
 * `unreachable` is not among them: JsSIP's transport recovery reconnects and registers itself.
 * Refusals (wrong password, 403, 404, other 4xx/6xx) fail the same way again: they wait for the user.
 */
const RETRIED: ReadonlySet<RegistrationProblem> = new Set(['timeout', 'server-unavailable']);

/** The part of JsSIP's IncomingResponse a failed REGISTER is read for. */
interface RegisterResponse {
  status_code?: number;
  reason_phrase?: string;
  getHeader?(name: string): string | undefined;
}

/**
 * The JsSIP configuration for an account: every server in failover order, one `+sip.instance`
 * for the line, our user agent.
 */
export function uaConfiguration(
  profile: AccountProfile,
  credential: SipCredential,
): UAConfiguration {
  const servers = profile.servers;
  return {
    // JsSIP picks at random among sockets of equal weight (Transport._getSocket): descending
    // weights make it use the first server, and the next one only while the ones before fail.
    sockets: servers.map((url, index) => ({
      socket: tracedWebSocket(url),
      weight: servers.length - index,
    })),
    uri: `sip:${profile.extension}@${profile.domain}`,
    // With an HA1 JsSIP answers challenges in that realm only (DigestAuthentication.authenticate).
    ...('ha1' in credential
      ? { ha1: credential.ha1, realm: credential.realm }
      : { password: credential.password }),
    authorization_user: profile.authUser ?? profile.extension,
    display_name: profile.displayName || undefined,
    register: true,
    register_expires: profile.registerExpires,
    // Without it JsSIP draws a new random instance per UA, and every start leaves one more
    // binding at the registrar (RFC 5626 4.1: one instance id per user agent, kept across restarts).
    instance_id: profile.instanceId,
    user_agent: USER_AGENT,
    // JsSIP waits a random 1..2^n s before its n-th reconnection, clamped to these bounds
    // (Transport._reconnect): 2 s, then 2-4 s, 2-8 s, then 2-8 s for good. A handful of attempts
    // a minute against a dead server, and registered within about 8 s of its return (30 s here
    // made the phone come back 22 s after the PBX did).
    connection_recovery_min_interval: 2,
    connection_recovery_max_interval: 8,
    session_timers: false,
  };
}

/**
 * One registered identity: owns exactly one JsSIP UA and turns its events into a plain
 * RegistrationStatus. The UA is never exposed to reactive state. A REGISTER that fails with a
 * 503 or a timeout is sent again with backoff (Retry-After honoured) until it succeeds or stop().
 */
export class AccountConnection {
  readonly events: Emitter<AccountEvents> = mitt<AccountEvents>();
  private ua: UA | null = null;
  /** start() waits for the factory (JsSIP still loading); stop() or another start() drops it. */
  private waiting: Promise<void> | null = null;
  private current: RegistrationStatus = { state: 'offline' };
  private readonly retry: RegisterRetry;
  private health: ConnectionHealth | null = null;
  /** The socket dropped since the last registration ('reconnected' is due once registered). */
  private dropped = false;

  constructor(
    readonly profile: AccountProfile,
    private credential: SipCredential,
    private readonly createUa: UaFactory = defaultUaFactory,
    random: () => number = Math.random,
  ) {
    this.retry = new RegisterRetry(() => this.registerAgain(), random);
  }

  get status(): RegistrationStatus {
    return this.current;
  }

  /** The live UA, for the call engine. Null while stopped. */
  get userAgent(): UA | null {
    return this.ua;
  }

  start(): void {
    if (this.ua || this.waiting) return;
    const pending = this.createUa.ready?.();
    if (pending) {
      this.waitFor(pending);
      return;
    }
    const ua = this.createUa(uaConfiguration(this.profile, this.credential));
    this.ua = ua;
    this.listenToTransport(ua);
    this.health = watchConnectionHealth(ua, this.profile.domain, {
      dead: () => this.reconnect('no answer to the keep-alive'),
      late: () => this.notResponding(),
    });
    // Always listened to: without a newRTCSession listener JsSIP answers every INVITE 405.
    ua.on('newRTCSession', (event: RTCSessionEvent) => {
      if (event.originator === 'remote') {
        this.events.emit('incoming', {
          session: event.session,
          request: event.request as IncomingRequest,
        });
      }
    });
    ua.on('registered', () => {
      this.retry.reset();
      this.update({ state: 'registered', server: this.current.server });
      this.handOverHa1(ua);
      if (this.dropped) {
        this.dropped = false;
        this.events.emit('reconnected', undefined);
      }
    });
    ua.on('unregistered', () => {
      // JsSIP follows a failed refresh or a dropped socket with 'unregistered': keep the failure.
      if (this.ua && this.current.state !== 'failed') this.update({ state: 'offline' });
    });
    ua.on('registrationFailed', (event) => this.onRegistrationFailed(event));
    this.update({ state: 'connecting' });
    ua.start();
  }

  /**
   * The "Retry now" button: sends the REGISTER that waits for its retry at once or, while the
   * server is unreachable, makes JsSIP's next connection attempt now (it registers once connected).
   */
  retryNow(): void {
    // JsSIP's chunk could not be fetched (there is no UA yet, and stop() would have said offline).
    if (!this.ua && this.current.state === 'failed') return this.start();
    if (this.retry.now() || !this.ua) return;
    if (this.current.problem === 'not-responding') this.reconnect('not responding');
    else reconnectNow(this.ua);
  }

  /**
   * The system woke, the screen was unlocked or the network came back: a line that is not
   * registered tries at once (as "Retry now"); a registered one checks that its connection
   * still works (a keep-alive now), since the old socket may have died meanwhile.
   */
  wake(): void {
    if (this.current.state === 'registered') this.health?.checkNow();
    else this.retryNow();
  }

  /** Unregisters and closes the socket. */
  stop(): void {
    if (this.waiting) {
      this.waiting = null;
      this.update({ state: 'offline' });
    }
    const ua = this.ua;
    if (!ua) return;
    this.ua = null;
    this.retry.reset();
    this.health?.stop();
    this.health = null;
    ua.stop();
    this.update({ state: 'offline' });
  }

  /** Shows the line connecting while the UA's code loads, then starts it (unless stopped meanwhile). */
  private waitFor(pending: Promise<unknown>): void {
    this.update({ state: 'connecting' });
    const waiting = pending.then(
      () => {
        if (this.waiting !== waiting) return;
        this.waiting = null;
        this.start();
      },
      (error: unknown) => {
        if (this.waiting !== waiting) return;
        this.waiting = null;
        // The page's own code could not be fetched: the web server is out of reach (or the app
        // was updated under the page); the user's Retry or a new sign-in tries again.
        this.update({ state: 'failed', problem: 'unreachable', detail: String(error) });
      },
    );
    this.waiting = waiting;
  }

  private listenToTransport(ua: UA): void {
    ua.on('connecting', (event) => {
      // After a failure JsSIP reconnects on its own; keep the reason visible while it retries.
      if (this.current.state === 'failed' && this.current.problem === 'unreachable') {
        this.update({ ...this.current, retrying: true });
      } else {
        this.update({ state: 'connecting', server: event.socket.url });
      }
    });
    ua.on('connected', (event) => {
      if (this.current.state !== 'registered')
        this.update({ state: 'connecting', server: event.socket.url });
    });
    ua.on('disconnected', (event) => {
      if (!this.ua) return;
      this.dropped = true;
      // JsSIP registers by itself once it has reconnected: our own retry would only collide.
      this.retry.cancel();
      this.update({
        state: 'failed',
        problem: 'unreachable',
        server: event.socket.url,
        detail:
          event.reason || (event.code ? `WebSocket closed (${event.code})` : 'connection failed'),
        retrying: true,
      });
    });
  }

  /**
   * JsSIP keeps the HA1 and realm of the challenge it answered and forgets the password
   * (UA.set('ha1')); a registrar that never challenges leaves the password in use.
   */
  private handOverHa1(ua: UA): void {
    if ('ha1' in this.credential) return;
    const ha1: unknown = ua.get('ha1');
    const realm: unknown = ua.get('realm');
    if (typeof ha1 !== 'string' || typeof realm !== 'string' || !ha1 || !realm) return;
    this.credential = { ha1, realm };
    this.events.emit('credential', this.credential);
  }

  /** Drops a connection that is up but answers nothing, and connects again at once. */
  private reconnect(reason: string): void {
    if (!this.ua) return;
    dropConnection(this.ua, reason);
    reconnectNow(this.ua);
  }

  /** The REGISTER is overdue (connection-health.ts): say so; the attempt goes on. */
  private notResponding(): void {
    if (!this.ua || this.current.state === 'registered') return;
    this.update({
      state: 'failed',
      problem: 'not-responding',
      server: this.current.server ?? this.profile.servers[0],
      retrying: true,
    });
  }

  private onRegistrationFailed(event: { cause?: string; response?: unknown }): void {
    if (!this.ua) return;
    const response = event.response as RegisterResponse | null | undefined;
    const problem = classifyRegistrationFailure(event.cause, response?.status_code ?? undefined);
    const retried = RETRIED.has(problem);
    const delay = retried ? this.retry.schedule(response?.getHeader?.('Retry-After')) : undefined;
    if (!retried && problem !== 'unreachable') this.retry.reset();
    this.update({
      state: 'failed',
      problem,
      server: this.current.server,
      detail: response?.status_code
        ? `${response.status_code} ${response.reason_phrase ?? ''}`.trim()
        : event.cause,
      // A transport failure heals by itself and a 503 or timeout by our retry; a refusal needs the user.
      retrying: retried || problem === 'unreachable',
      ...(delay !== undefined && { retryAt: Date.now() + delay }),
    });
  }

  /** The scheduled retry: a REGISTER now, unless the socket is down (JsSIP registers on reconnect). */
  private registerAgain(): void {
    const { retryAt: _due, ...waiting } = this.current;
    this.update(waiting);
    if (this.ua?.isConnected()) this.ua.register();
  }

  private update(status: RegistrationStatus): void {
    this.current = status;
    this.events.emit('registration', status);
  }
}
