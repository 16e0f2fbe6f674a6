import type { RegistrationState } from '../../src-preload/contract';

/** Why registration failed, in terms a user can act on. */
export type RegistrationProblem =
  | 'wrong-password'
  | 'forbidden'
  | 'not-found'
  | 'server-unavailable'
  | 'timeout'
  | 'unreachable'
  /** Connected (or connecting) for NOT_RESPONDING_MS with no answer to the REGISTER; still trying. */
  | 'not-responding'
  | 'rejected';

export interface RegistrationStatus {
  state: RegistrationState;
  problem?: RegistrationProblem;
  /** SIP status code and phrase or transport detail, for the "details" line. */
  detail?: string;
  /** The WebSocket server currently in use. */
  server?: string;
  /** True while it keeps retrying: JsSIP's reconnect (transport failures) or our REGISTER retry. */
  retrying?: boolean;
  /**
   * When our next REGISTER goes out (epoch ms), while one waits after a 503 or a timeout: the
   * moment "Retry now" can bring forward. Absent while JsSIP's own reconnect is what runs.
   */
  retryAt?: number;
}

/**
 * Maps JsSIP's `registrationFailed` (cause + optional SIP response) to a problem a user can act on.
 * JsSIP folds 401/407 into "Authentication Error" once its retry with credentials is challenged again,
 * which is how a PBX says "wrong password".
 */
export function classifyRegistrationFailure(
  cause: string | undefined,
  statusCode?: number,
): RegistrationProblem {
  if (statusCode === 401 || statusCode === 407 || cause === 'Authentication Error')
    return 'wrong-password';
  if (statusCode === 403 || statusCode === 603) return 'forbidden';
  if (statusCode === 404 || statusCode === 604) return 'not-found';
  if (statusCode === 408 || cause === 'Request Timeout') return 'timeout';
  if (cause === 'Connection Error') return 'unreachable';
  if (statusCode !== undefined && statusCode >= 500) return 'server-unavailable';
  if (cause === 'Unavailable') return 'server-unavailable';
  return 'rejected';
}
