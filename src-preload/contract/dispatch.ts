import * as v from 'valibot';
import type { InvokeHandlers } from './api';
import { invokeChannels, isInvokeChannel, type InvokeChannel } from './channels';

/** A refusal a user or developer can read: which channel, and what was wrong with the payload. */
export class BridgeRequestError extends Error {
  override readonly name = 'BridgeRequestError';
}

/** Validates a request against its channel's schema; throws a readable error when it does not fit. */
export function parseInvokeRequest(channel: unknown, request: unknown) {
  if (!isInvokeChannel(channel)) {
    throw new BridgeRequestError(`Unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}`);
  }
  const result = v.safeParse(invokeChannels[channel].request, request);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    throw new BridgeRequestError(
      `Invalid request on ${channel}${where ? ` at ${where}` : ''}: ${issue?.message ?? 'rejected'}`,
    );
  }
  return { channel, value: result.output };
}

/** Validates, then runs the channel's handler: the one path every bridge implementation takes. */
export async function dispatchInvoke(
  handlers: InvokeHandlers,
  channel: unknown,
  request: unknown,
): Promise<unknown> {
  const parsed = parseInvokeRequest(channel, request);
  const handler = handlers[parsed.channel] as (value: unknown) => unknown;
  return handler(parsed.value);
}

export type { InvokeChannel };
