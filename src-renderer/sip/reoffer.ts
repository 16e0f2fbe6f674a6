import type { Call } from './call';
import type { RTCSession } from './jssip-types';

const RETRY_MS = 100;
const GIVE_UP_MS = 5000;

/** A re-INVITE action: JsSIP's hold()/unhold() with their completion callback. */
export type ReofferAction = (session: RTCSession, done: () => void) => boolean;

export const holdAction: ReofferAction = (session, done) => session.hold({}, done);
export const unholdAction: ReofferAction = (session, done) => session.unhold({}, done);

/**
 * Runs a re-INVITE action once JsSIP is ready for one, and resolves when its answer is in (or it
 * could not run). JsSIP refuses (returns false) while another offer/answer is in flight and has
 * no "ready" event, so we retry briefly; a failed re-INVITE ends the call, which resolves too.
 */
export function reoffer(call: Call, action: ReofferAction): Promise<void> {
  const started = Date.now();
  return new Promise((resolve) => {
    const attempt = () => {
      const session = call.session;
      if (!session || session.isEnded() || !session.isEstablished()) return resolve();
      if (session.isReadyToReOffer()) {
        // False means there was nothing to do (already held, or not held).
        if (!action(session, resolve)) resolve();
        call.events.on('ended', () => resolve());
      } else if (Date.now() - started < GIVE_UP_MS) {
        setTimeout(attempt, RETRY_MS);
      } else {
        resolve();
      }
    };
    attempt();
  });
}

export async function reofferAll(calls: Iterable<Call>, action: ReofferAction): Promise<void> {
  await Promise.all([...calls].map((call) => reoffer(call, action)));
}
