import type { DialRequest } from '../../../src-preload/contract';
import { parseCallLink, type DialAction } from '../links/tel-link';
import { describeUntrusted } from '../links/link-text';
import type { Logger } from '../logging/logger';

export type DialSource = DialRequest['source'];

/** "Call +1 555 0100?" before a link dials, when the user asked for that (calling.confirmBeforeDial). */
export interface ConfirmDialogPort {
  /** `display` is printable ASCII from the link parser; true means "call". */
  confirmDial(display: string): Promise<boolean>;
}

export interface DialerDeps {
  confirmBeforeDial(): boolean;
  /** The user's default country (`calling.defaultCountry`): links then dial as the dial field would. */
  defaultCountry?(): string;
  dialog: ConfirmDialogPort;
  /** Delivers the dial request to the page (which dials once registered). */
  push(request: DialRequest): void;
  /** Tells the user why nothing was dialled. */
  refuse(message: string): void;
  log: Logger;
}

/**
 * Turns links, command lines, the selection hotkey and tray clicks into `dial:request` pushes.
 * Only a target the link parser produced ever gets here, so the page receives a normalised number
 * or `sip:user@host`, never raw link text. Dials that came from outside the app window (a link,
 * a command line, selected text) are confirmed first when the user asked for that; the tray's
 * recent calls are a click inside our own UI and are not. Confirmations run one at a time, so a
 * burst of links cannot stack dialogs.
 */
export function createDialer(deps: DialerDeps) {
  let queue: Promise<void> = Promise.resolve();

  function dial(
    action: Pick<DialAction, 'target' | 'display' | 'postDial'>,
    source: DialSource,
  ): void {
    const request: DialRequest = action.postDial
      ? { target: action.target, source, postDial: action.postDial }
      : { target: action.target, source };
    const confirm = source !== 'tray' && deps.confirmBeforeDial();
    if (!confirm) {
      deps.push(request);
      return;
    }
    const display =
      action.postDial && !action.display.includes(action.postDial)
        ? `${action.display}, then ${action.postDial}`
        : action.display;
    queue = queue.then(async () => {
      let yes = false;
      try {
        yes = await deps.dialog.confirmDial(display);
      } catch (error) {
        deps.log.warn('the dial confirmation failed', { error });
      }
      if (yes) deps.push(request);
      else deps.log.info('dial not confirmed', { source });
    });
  }

  return {
    dial,
    refuse: deps.refuse,
    /** A single link (macOS open-url): dialled if it parses, else refused with the parser's reason. */
    dialLink(url: string): void {
      const parsed = parseCallLink(url, { defaultCountry: deps.defaultCountry?.() });
      if (!parsed.ok) {
        deps.log.warn('refused a link', {
          link: describeUntrusted(String(url)),
          reason: parsed.reason,
        });
        deps.refuse(parsed.reason);
        return;
      }
      dial(parsed.action, 'link');
    },
    idle: () => queue,
  };
}
