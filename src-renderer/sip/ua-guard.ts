import type { IncomingRequest } from 'jssip/lib/SIPMessage';
import type { UA } from 'jssip/lib/UA';
import { jssip } from './jssip-runtime';

/** The private JsSIP 3.13 method the guard wraps; checked by ua-guard.test.ts. */
interface UaInternals {
  receiveRequest(request: IncomingRequest): void;
}

/** What the guard reads of an incoming request; `ruri` is undefined for a non-SIP scheme. */
interface GuardedRequest {
  method: string;
  ruri?: unknown;
  call_id?: string;
  reply_sl(code: number): void;
}

/** Where the guard says what it dropped; console.warn in the app, a spy in tests. */
export type GuardLog = (message: string, error?: unknown) => void;

const defaultLog: GuardLog = (message, error) =>
  error === undefined ? console.warn(message) : console.warn(message, error);

/**
 * Makes one JsSIP UA answer, instead of throw on, a request the far end can send but JsSIP 3.13
 * cannot handle, and returns the same UA.
 *
 * JsSIP's parser leaves `request.ruri` undefined when the Request-URI has a scheme other than
 * sip/sips (RFC 4475 §3.3.2 `unkscm`, §3.3.3 `novelsc`), and `UA.receiveRequest` then reads
 * `request.ruri.user`: a TypeError out of the WebSocket's message handler, so a page error and
 * no answer. Such a request gets 416 Unsupported URI Scheme here (RFC 3261 §8.2.2.1), as JsSIP
 * itself does for a `sips:` one. Anything else `receiveRequest` throws on is dropped with a log
 * line: one bad message must not take the page's error handler, nor stop the ones after it.
 */
export function guardIncomingRequests(ua: UA, log: GuardLog = defaultLog): UA {
  const internals = ua as unknown as UaInternals;
  const receive = internals.receiveRequest.bind(ua);
  const { JsSIP } = jssip();
  internals.receiveRequest = (request) => {
    const guarded = request as unknown as GuardedRequest;
    if (!(guarded.ruri instanceof JsSIP.URI)) {
      log(`SIP ${guarded.method} with a non-SIP Request-URI: answered 416`);
      if (guarded.method !== JsSIP.C.ACK) replyQuietly(guarded, 416, log);
      return;
    }
    try {
      receive(request);
    } catch (error) {
      log(
        `SIP ${guarded.method} (Call-ID ${guarded.call_id ?? '?'}) could not be handled: dropped`,
        error,
      );
    }
  };
  return ua;
}

function replyQuietly(request: GuardedRequest, code: number, log: GuardLog): void {
  try {
    request.reply_sl(code);
  } catch (error) {
    log(`SIP ${request.method}: the ${code} could not be sent: dropped`, error);
  }
}
