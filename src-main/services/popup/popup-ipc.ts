import { parsePopupRequest, type PopupAction, type PopupView } from '../../../src-preload/contract';
import type { Logger } from '../logging/logger';
import { isTrustedSender, type AppOrigin, type SenderInfo } from '../security/origin-policy';

export interface PopupSender extends SenderInfo {
  /** `webContents.id` of the sending window. */
  readonly contentsId: number;
}

export interface PopupRouterDeps {
  /** The popup page (out/renderer/popup.html, or the dev server's /popup.html). */
  origin: AppOrigin;
  /** The call a popup window was opened for; undefined for any other window (the main one included). */
  callIdOf(contentsId: number): string | undefined;
  view(callId: string): PopupView | null;
  command(callId: string, action: PopupAction): void;
  log: Logger;
}

/**
 * The one path popup IPC takes in main. A request is honoured only from the top frame of a window
 * main opened as a popup, showing the popup page, and only for that window's own call: the
 * request carries no call id at all, so a popup cannot name another call.
 */
export function createPopupRouter(deps: PopupRouterDeps) {
  return async function route(
    sender: PopupSender,
    channel: string,
    request: unknown,
  ): Promise<unknown> {
    const callId = deps.callIdOf(sender.contentsId);
    if (!callId || !isTrustedSender(sender, deps.origin)) {
      deps.log.warn('refused popup IPC from a window that is not a popup', {
        channel,
        url: sender.url,
      });
      throw new Error('This window may not use the popup bridge.');
    }
    const parsed = parsePopupRequest(channel, request);
    if (parsed.channel === 'popup:view') return deps.view(callId);
    deps.command(callId, (parsed.value as { action: PopupAction }).action);
    return undefined;
  };
}
