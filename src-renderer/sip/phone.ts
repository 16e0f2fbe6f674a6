import mitt, { type Emitter } from 'mitt';
import type { AccountProfile } from '../../src-preload/contract';
import { AccountConnection, type UaFactory } from './account-connection';
import type { RegistrationStatus } from './registration-status';

export type PhoneEvents = {
  registration: { accountId: string; status: RegistrationStatus };
};

/**
 * The phone engine's root, free of Vue: one AccountConnection (one JsSIP UA) per account,
 * several registered at once. Stores subscribe to `events` and mirror plain state.
 */
export class Phone {
  readonly events: Emitter<PhoneEvents> = mitt<PhoneEvents>();
  private readonly connections = new Map<string, AccountConnection>();

  constructor(private readonly createUa?: UaFactory) {}

  /** Starts (or restarts with new details) the account's registration. */
  connect(profile: AccountProfile, password: string): void {
    this.disconnect(profile.id);
    const connection = new AccountConnection(profile, password, this.createUa);
    connection.events.on('registration', (status) =>
      this.events.emit('registration', { accountId: profile.id, status }),
    );
    this.connections.set(profile.id, connection);
    connection.start();
  }

  disconnect(accountId: string): void {
    const connection = this.connections.get(accountId);
    if (!connection) return;
    this.connections.delete(accountId);
    connection.stop();
  }

  connection(accountId: string): AccountConnection | undefined {
    return this.connections.get(accountId);
  }

  disconnectAll(): void {
    for (const id of [...this.connections.keys()]) this.disconnect(id);
  }
}
