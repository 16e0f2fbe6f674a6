import type { UA } from 'jssip/lib/UA';
import { KeepAlive, optionsKeepAlivePort } from './keep-alive';
import { RegisterDeadline } from './register-deadline';

/** What a line does when its connection's health changes. */
export interface HealthHandlers {
  /** The keep-alive got no answer: the connection is dead. */
  dead(): void;
  /** No registration NOT_RESPONDING_MS after the connection attempt began. */
  late(): void;
}

/** A line's watch over its connection, for AccountConnection. */
export interface ConnectionHealth {
  /** Probes the connection now, if it is up (after a wake-up or a network change). */
  checkNow(): void;
  /** The line stopped: no more probes or deadlines. */
  stop(): void;
}

/**
 * Watches one UA's connection: a keep-alive (keep-alive.ts) while its WebSocket is up, and a
 * deadline (register-deadline.ts) from each connection attempt until the REGISTER is answered.
 */
export function watchConnectionHealth(
  ua: UA,
  domain: string,
  handlers: HealthHandlers,
): ConnectionHealth {
  const keepAlive = new KeepAlive(optionsKeepAlivePort(ua, domain, () => handlers.dead()));
  const deadline = new RegisterDeadline();
  let stopped = false;
  ua.on('connecting', () => {
    if (!stopped) deadline.start(() => handlers.late());
  });
  ua.on('connected', () => {
    if (!stopped) keepAlive.start();
  });
  ua.on('disconnected', () => {
    keepAlive.stop();
    deadline.cancel();
  });
  ua.on('registered', () => deadline.cancel());
  ua.on('registrationFailed', () => deadline.cancel());
  return {
    checkNow: () => keepAlive.checkNow(),
    stop() {
      stopped = true;
      keepAlive.stop();
      deadline.cancel();
    },
  };
}
