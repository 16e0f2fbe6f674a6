import type { CallCommand, PopupAction } from '../../../src-preload/contract';

export interface PopupCommandDeps {
  /** The popup bridge: closes a popup for good while its call rings on. */
  dismiss(callId: string): void;
  /** PopupService: the command for a press, or null when the call no longer rings there. */
  commandFor(callId: string, action: 'answer' | 'decline'): CallCommand | null;
  /** `call:command` to the page. */
  push(command: CallCommand): void;
  showWindow(): void;
}

/**
 * A popup's button (`popup:command`), already tied to that popup's call by the router. Answering
 * brings up the main window (the call is there); a stale or forged press does nothing.
 */
export function createPopupCommands(deps: PopupCommandDeps) {
  return (callId: string, action: PopupAction): void => {
    if (action === 'dismiss') return deps.dismiss(callId);
    const command = deps.commandFor(callId, action);
    if (!command) return;
    deps.push(command);
    if (action === 'answer') deps.showWindow();
  };
}
