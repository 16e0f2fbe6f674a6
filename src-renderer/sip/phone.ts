import mitt, { type Emitter } from 'mitt';
import type { AccountProfile, Ha1Credential, SipCredential } from '../../src-preload/contract';
import { AccountConnection, type UaFactory } from './account-connection';
import { CallManager } from './call-manager';
import { CallRecovery, type NetworkEvents } from './call-recovery';
import type { CallView } from './call-types';
import type { LampState } from './dialog-info';
import type { MessageSummary } from './message-summary';
import { LinePresence, type PresenceUa } from './presence';
import type { RegistrationStatus } from './registration-status';
import { whenIdle } from './when-idle';

export type PhoneEvents = {
  registration: { accountId: string; status: RegistrationStatus };
  /** A live call appeared or changed; read `phone.calls.views()` for the whole list. */
  call: CallView;
  /** A call ended (final view with outcome and reason); it is gone from `phone.calls.views()`. */
  callEnded: CallView;
  /** A line's HA1, to keep in place of its password (AccountEvents.credential). */
  credential: { accountId: string; credential: Ha1Credential };
  /** A line's mailbox (message-waiting) changed. */
  mwi: { accountId: string; summary: MessageSummary };
  /** A busy lamp a line watches changed. */
  lamp: { accountId: string; extension: string; state: LampState };
};

/**
 * The phone engine's root, free of Vue: one AccountConnection (one JsSIP UA) per account,
 * several registered at once, and one CallManager for the calls of all of them. Stores subscribe
 * to `events` and mirror plain state.
 */
export class Phone {
  readonly events: Emitter<PhoneEvents> = mitt<PhoneEvents>();
  /** Every call of every account: dial, answer, hold, transfer, conference... */
  readonly calls: CallManager;
  /** Re-offers live calls with an ICE restart after a reconnect or a network change. */
  readonly recovery: CallRecovery;
  private readonly connections = new Map<string, AccountConnection>();
  private readonly presences = new Map<string, LinePresence>();
  private audioPrepared = false;

  /** `network` is the page's window (its `online` event); unit tests pass a fake or nothing. */
  constructor(
    private readonly createUa?: UaFactory,
    network: NetworkEvents | undefined = pageWindow(),
  ) {
    this.calls = new CallManager((accountId) => {
      const connection = this.connections.get(accountId);
      return (
        connection && {
          profile: connection.profile,
          userAgent: connection.userAgent,
          status: connection.status,
        }
      );
    });
    this.recovery = new CallRecovery({
      calls: () => this.calls.all(),
      socketUp: (accountId) => this.connections.get(accountId)?.userAgent?.isConnected() ?? false,
    });
    if (network) this.recovery.listen(network);
    this.calls.events.on('change', (view) => {
      this.recovery.watchAll();
      this.events.emit('call', view);
    });
    this.calls.events.on('ended', (view) => this.events.emit('callEnded', view));
  }

  /** Starts (or restarts with new details) the account's registration. */
  connect(profile: AccountProfile, credential: SipCredential): void {
    this.disconnect(profile.id);
    const connection = new AccountConnection(profile, credential, this.createUa);
    connection.events.on('registration', (status) =>
      this.events.emit('registration', { accountId: profile.id, status }),
    );
    connection.events.on('credential', (credential) =>
      this.events.emit('credential', { accountId: profile.id, credential }),
    );
    const presence = new LinePresence(profile, profile.watched ?? []);
    presence.events.on('mwi', (summary) =>
      this.events.emit('mwi', { accountId: profile.id, summary }),
    );
    presence.events.on('lamp', (lamp) =>
      this.events.emit('lamp', { accountId: profile.id, ...lamp }),
    );
    this.presences.set(profile.id, presence);
    // Subscriptions go out once registered (the PBX authenticates them like calls), and are made
    // anew after a reconnect: the old ones point at the closed connection.
    let subscribed = false;
    connection.events.on('registration', (status) => {
      if (status.state === 'registered') this.prepareAudio();
      if (status.state !== 'registered' || subscribed || !connection.userAgent) return;
      subscribed = true;
      startPresence(presence, connection.userAgent);
    });
    connection.events.on('reconnected', () => {
      void this.recovery.lineReconnected(profile.id);
      if (connection.userAgent) startPresence(presence, connection.userAgent);
    });
    connection.events.on('incoming', ({ session, request }) =>
      this.calls.receive(profile.id, session, request),
    );
    this.connections.set(profile.id, connection);
    connection.start();
  }

  /** Once a line can take calls, the sound is readied while the page is idle (CallAudio.prepare). */
  private prepareAudio(): void {
    if (this.audioPrepared) return;
    this.audioPrepared = true;
    whenIdle(() => this.calls.audio.prepare());
  }

  disconnect(accountId: string): void {
    const connection = this.connections.get(accountId);
    if (!connection) return;
    this.connections.delete(accountId);
    this.presences.get(accountId)?.stop();
    this.presences.delete(accountId);
    connection.stop();
  }

  /** The extensions line `accountId` watches the busy lamps of (its profile's `watched`). */
  setWatched(accountId: string, extensions: readonly string[]): void {
    this.presences.get(accountId)?.setWatched(extensions);
  }

  /** Sends the REGISTER a line is waiting to retry now (the "Retry now" button). */
  retryNow(accountId: string): void {
    this.connections.get(accountId)?.retryNow();
  }

  /**
   * The system woke or the network came back: every line that is not registered tries at once,
   * every registered one checks its connection (AccountConnection.wake).
   */
  wake(): void {
    for (const connection of this.connections.values()) connection.wake();
  }

  connection(accountId: string): AccountConnection | undefined {
    return this.connections.get(accountId);
  }

  disconnectAll(): void {
    for (const id of [...this.connections.keys()]) this.disconnect(id);
  }

  /** What a call sends and receives, for recording later (local is the conference mix when mixed). */
  callStreams(id: string): { local: MediaStream | null; remote: MediaStream | null } | undefined {
    return this.calls.callStreams(id);
  }
}

/** Voicemail and busy lamps are extras: a subscription that cannot start never costs the line. */
function startPresence(presence: LinePresence, ua: unknown): void {
  try {
    presence.start(ua as PresenceUa);
  } catch (error) {
    console.warn('Voicemail and busy lamp subscriptions could not start', error);
  }
}

/** The page's window where there is one (not under Node in unit tests). */
function pageWindow(): NetworkEvents | undefined {
  const target = globalThis as Partial<NetworkEvents>;
  return typeof target.addEventListener === 'function' ? (target as NetworkEvents) : undefined;
}
