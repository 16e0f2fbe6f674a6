import JsSIP from 'jssip';
import type { RTCSession } from 'jssip/lib/RTCSession';
import type { IncomingRequest } from 'jssip/lib/SIPMessage';
import type { RTCSessionEvent, UA, UAConfiguration } from 'jssip/lib/UA';
import mitt, { type Emitter } from 'mitt';
import type { AccountProfile } from '../../src-preload/contract';
import { classifyRegistrationFailure, type RegistrationStatus } from './registration-status';
import { tracedWebSocket } from './sip-trace';
import { guardIncomingRequests } from './ua-guard';

export type AccountEvents = {
  registration: RegistrationStatus;
  /** An incoming call (JsSIP newRTCSession from the far end). Handled synchronously, so it can be refused at once. */
  incoming: { session: RTCSession; request: IncomingRequest };
};

/** How the connection makes its UA: JsSIP in the app, a fake in unit tests. */
export type UaFactory = (configuration: UAConfiguration) => UA;

const defaultUaFactory: UaFactory = (configuration) =>
  guardIncomingRequests(new JsSIP.UA(configuration));

export const USER_AGENT = 'Softphone/0.1 (JsSIP 3.13)';

/** The JsSIP configuration for an account: every server in failover order, our user agent. */
export function uaConfiguration(profile: AccountProfile, password: string): UAConfiguration {
  return {
    sockets: profile.servers.map(tracedWebSocket),
    uri: `sip:${profile.extension}@${profile.domain}`,
    password,
    authorization_user: profile.authUser ?? profile.extension,
    display_name: profile.displayName || undefined,
    register: true,
    register_expires: profile.registerExpires,
    user_agent: USER_AGENT,
    // Recover quickly from a dropped socket, but back off to at most 30 s against a dead server.
    connection_recovery_min_interval: 2,
    connection_recovery_max_interval: 30,
    session_timers: false,
  };
}

/**
 * One registered identity: owns exactly one JsSIP UA and turns its events into a plain
 * RegistrationStatus. The UA is never exposed to reactive state.
 */
export class AccountConnection {
  readonly events: Emitter<AccountEvents> = mitt<AccountEvents>();
  private ua: UA | null = null;
  private current: RegistrationStatus = { state: 'offline' };

  constructor(
    readonly profile: AccountProfile,
    private readonly password: string,
    private readonly createUa: UaFactory = defaultUaFactory,
  ) {}

  get status(): RegistrationStatus {
    return this.current;
  }

  /** The live UA, for the call engine. Null while stopped. */
  get userAgent(): UA | null {
    return this.ua;
  }

  start(): void {
    if (this.ua) return;
    const ua = this.createUa(uaConfiguration(this.profile, this.password));
    this.ua = ua;
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
      this.update({
        state: 'failed',
        problem: 'unreachable',
        server: event.socket.url,
        detail:
          event.reason || (event.code ? `WebSocket closed (${event.code})` : 'connection failed'),
        retrying: true,
      });
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
    ua.on('registered', () => this.update({ state: 'registered', server: this.current.server }));
    ua.on('unregistered', () => {
      if (this.ua) this.update({ state: 'offline' });
    });
    ua.on('registrationFailed', (event) => {
      const response = event.response as { status_code?: number; reason_phrase?: string } | null;
      const problem = classifyRegistrationFailure(event.cause, response?.status_code ?? undefined);
      this.update({
        state: 'failed',
        problem,
        server: this.current.server,
        detail: response?.status_code
          ? `${response.status_code} ${response.reason_phrase ?? ''}`.trim()
          : event.cause,
        // A transport failure heals by itself; a refusal (wrong password) needs the user.
        retrying: problem === 'unreachable' || problem === 'timeout',
      });
    });
    this.update({ state: 'connecting' });
    ua.start();
  }

  /** Unregisters and closes the socket. */
  stop(): void {
    const ua = this.ua;
    if (!ua) return;
    this.ua = null;
    ua.stop();
    this.update({ state: 'offline' });
  }

  private update(status: RegistrationStatus): void {
    this.current = status;
    this.events.emit('registration', status);
  }
}
