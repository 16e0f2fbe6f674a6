import mitt, { type Emitter } from 'mitt';
import type { IncomingRequest } from 'jssip/lib/SIPMessage';
import {
  lampState,
  mergeDialogs,
  parseDialogInfo,
  type LampState,
  type WatchedDialog,
} from './dialog-info';
import { parseMessageSummary, type MessageSummary } from './message-summary';

export type PresenceEvents = {
  /** The line's mailbox changed (a message-summary NOTIFY, in a subscription or unsolicited). */
  mwi: MessageSummary;
  /** A watched extension's lamp changed. */
  lamp: { extension: string; state: LampState };
};

/** What of JsSIP's Subscriber this module drives (jssip/lib/Subscriber). */
export interface PresenceSubscriber {
  on(
    event: 'notify',
    listener: (isFinal: boolean, request: IncomingRequest, body?: string) => void,
  ): unknown;
  on(event: 'terminated', listener: (code: number) => void): unknown;
  subscribe(): void;
  terminate(): void;
}

/** What of JsSIP's UA this module uses: subscribe, and out-of-dialog NOTIFY ('sipEvent'). */
export interface PresenceUa {
  subscribe(
    target: string,
    eventName: string,
    accept: string,
    options: { expires: number; contentType: string },
  ): PresenceSubscriber;
  on(
    event: 'sipEvent',
    listener: (event: { event?: { event?: string }; request: IncomingRequest }) => void,
  ): unknown;
  off?(event: 'sipEvent', listener: (...args: never[]) => void): unknown;
}

export type PresenceLog = (message: string) => void;

/** Subscriptions last 10 min; JsSIP refreshes them half-way (Subscriber._scheduleSubscribe). */
const EXPIRES_S = 600;
/** After a subscription ends (PBX restart, 481, timeout), try again this long after. */
const RESUBSCRIBE_MS = 30_000;

/**
 * One line's presence: its mailbox (SUBSCRIBE message-summary to its own address, RFC 3842) and
 * the busy lamps of the extensions it watches (SUBSCRIBE dialog, RFC 4235). Bodies that do not
 * parse are logged and ignored; the last good state stays. `start` is called once the line is
 * registered, and again after a reconnect (old subscriptions are dropped and made anew).
 */
export class LinePresence {
  readonly events: Emitter<PresenceEvents> = mitt<PresenceEvents>();
  private ua: PresenceUa | null = null;
  private mailbox: PresenceSubscriber | null = null;
  private readonly lamps = new Map<
    string,
    { subscriber: PresenceSubscriber; dialogs: WatchedDialog[] }
  >();
  private readonly retries = new Set<ReturnType<typeof setTimeout>>();
  private watched: string[];

  constructor(
    private readonly aor: { extension: string; domain: string },
    watched: readonly string[] = [],
    private readonly log: PresenceLog = (message) => console.warn(message),
  ) {
    this.watched = [...new Set(watched)];
  }

  start(ua: PresenceUa): void {
    this.stop();
    this.ua = ua;
    ua.on('sipEvent', this.onSipEvent);
    this.subscribeMailbox();
    for (const extension of this.watched) this.watchOne(extension);
  }

  /** Changes the watched extensions: new ones are subscribed, removed ones unsubscribed. */
  setWatched(extensions: readonly string[]): void {
    const next = [...new Set(extensions)];
    for (const extension of this.watched) {
      if (!next.includes(extension)) this.unwatch(extension);
    }
    const added = next.filter((extension) => !this.watched.includes(extension));
    this.watched = next;
    if (this.ua) for (const extension of added) this.watchOne(extension);
  }

  stop(): void {
    for (const timer of this.retries) clearTimeout(timer);
    this.retries.clear();
    const ua = this.ua;
    this.ua = null;
    ua?.off?.('sipEvent', this.onSipEvent);
    const mailbox = this.mailbox;
    this.mailbox = null;
    quietly(() => mailbox?.terminate());
    for (const extension of [...this.lamps.keys()]) this.unwatch(extension);
  }

  private uri(user: string): string {
    return `sip:${user}@${this.aor.domain}`;
  }

  private subscribeMailbox(): void {
    if (!this.ua) return;
    const subscriber = this.ua.subscribe(
      this.uri(this.aor.extension),
      'message-summary',
      'application/simple-message-summary',
      { expires: EXPIRES_S, contentType: 'application/simple-message-summary' },
    );
    this.mailbox = subscriber;
    subscriber.on('notify', (_final, _request, body) => this.onSummary(body));
    subscriber.on('terminated', (code) => {
      if (this.mailbox !== subscriber) return;
      this.mailbox = null;
      this.log(`message-summary subscription ended (${code}); retrying later`);
      this.later(() => this.subscribeMailbox());
    });
    subscriber.subscribe();
  }

  private watchOne(extension: string): void {
    if (!this.ua || this.lamps.has(extension)) return;
    const subscriber = this.ua.subscribe(
      this.uri(extension),
      'dialog',
      'application/dialog-info+xml',
      {
        expires: EXPIRES_S,
        contentType: 'application/dialog-info+xml',
      },
    );
    const entry = { subscriber, dialogs: [] as WatchedDialog[] };
    this.lamps.set(extension, entry);
    subscriber.on('notify', (_final, _request, body) => {
      const result = parseDialogInfo(body);
      if (!result.ok) {
        this.log(`dialog-info for ${extension} ignored: ${result.error}`);
        return;
      }
      entry.dialogs = mergeDialogs(entry.dialogs, result.info);
      this.events.emit('lamp', { extension, state: lampState(entry.dialogs) });
    });
    subscriber.on('terminated', (code) => {
      if (this.lamps.get(extension) !== entry) return;
      this.lamps.delete(extension);
      this.log(`dialog subscription to ${extension} ended (${code}); retrying later`);
      this.later(() => {
        if (this.watched.includes(extension)) this.watchOne(extension);
      });
    });
    subscriber.subscribe();
  }

  private unwatch(extension: string): void {
    const entry = this.lamps.get(extension);
    if (!entry) return;
    this.lamps.delete(extension);
    quietly(() => entry.subscriber.terminate());
  }

  /** Unsolicited NOTIFY (no subscription; many PBXes send MWI so). JsSIP has answered it 200. */
  private readonly onSipEvent = (event: {
    event?: { event?: string };
    request: IncomingRequest;
  }): void => {
    if (event.event?.event?.toLowerCase() !== 'message-summary') return;
    this.onSummary(event.request.body);
  };

  private onSummary(body: string | undefined): void {
    const result = parseMessageSummary(body);
    if (!result.ok) {
      this.log(`message-summary ignored: ${result.error}`);
      return;
    }
    this.events.emit('mwi', result.summary);
  }

  private later(action: () => void): void {
    const timer = setTimeout(() => {
      this.retries.delete(timer);
      if (this.ua) action();
    }, RESUBSCRIBE_MS);
    this.retries.add(timer);
  }
}

function quietly(action: () => void): void {
  try {
    action();
  } catch {
    // A subscription whose socket is gone cannot say goodbye; the server's expiry ends it.
  }
}
