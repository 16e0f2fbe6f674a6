import {
  BridgeRequestError,
  dispatchInvoke,
  encodeUserError,
  neutralizeMessage,
  UserError,
  type InvokeHandlers,
} from '../../../src-preload/contract';
import type { Logger } from '../logging/logger';
import { isTrustedSender, type AppOrigin, type SenderInfo } from '../security/origin-policy';

/** Thrown to the renderer when a request comes from anywhere but our own top frame. */
export class UntrustedSenderError extends Error {
  override readonly name = 'UntrustedSenderError';
}

/**
 * The one path every IPC request takes in main: check the sender, validate the payload against the
 * contract, then run the handler. Refusals are logged (without the payload, which may hold a password).
 * Electron's IPC keeps only an error's message, so a `UserError` leaves as its encoded form (the
 * renderer's bridge decodes it) and any other message has a look-alike of that form broken up.
 */
export function createInvokeRouter(handlers: InvokeHandlers, origin: AppOrigin, log: Logger) {
  return async function route(
    sender: SenderInfo,
    channel: string,
    request: unknown,
  ): Promise<unknown> {
    if (!isTrustedSender(sender, origin)) {
      log.warn('refused IPC from untrusted sender', {
        channel,
        url: sender.url,
        isMainFrame: sender.isMainFrame,
      });
      throw new UntrustedSenderError('This page may not use the softphone bridge.');
    }
    try {
      return await dispatchInvoke(handlers, channel, request);
    } catch (error) {
      if (error instanceof BridgeRequestError)
        log.warn('refused invalid IPC request', { channel, reason: error.message });
      else log.error('IPC handler failed', { channel, error });
      throw forRenderer(error);
    }
  };
}

/** The error as it may cross IPC: a `UserError` encoded, any other without a forged code. */
function forRenderer(error: unknown): unknown {
  if (error instanceof UserError) return new Error(encodeUserError(error));
  if (error instanceof Error && neutralizeMessage(error.message) !== error.message) {
    return new Error(neutralizeMessage(error.message));
  }
  return error;
}
