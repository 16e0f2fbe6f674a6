import { isDeepStrictEqual } from 'node:util';
import type { CallCommand, CallSummary, PhoneReport } from '../../../src-preload/contract';
import { cleanDisplayText } from '../links/link-text';
import { popupLayout, type PopupLayoutInput, type Rect } from './popup-layout';
import { englishTexts, type MainTranslate } from '../i18n/translator';

/**
 * One small always-on-top window per ringing incoming call, or an OS notification
 * per call when `settings.desktop.incomingPopup` is false.
 *
 * A popup opens when a call appears in the phone report as incoming + ringing, and
 * closes as soon as that call leaves `ringing` (answered here or on another
 * device, declined, cancelled by the caller) or disappears from the report.
 *
 * What the popup shows: its own page (`src-renderer/popup.html`, preload `src-preload/popup.ts`,
 * `window.softphonePopup`), served like the main page and under the same CSP. The page asks for
 * its view with `popup:view`, gets new views on `popup:changed` (the popup bridge adds language
 * and theme, popup-bridge.ts) and sends `popup:command` `{ action: 'answer' | 'decline' |
 * 'dismiss' }`. Main ties that request to the sending window's call (popup-ipc.ts) and resolves
 * it through `commandFor`, so a popup can only ever act on the call it was opened for, and only
 * while that call still rings.
 *
 * This service deliberately knows nothing about the main window: popups must
 * appear when it is hidden in the tray, minimised, or on another desktop. The
 * window factory must therefore create the popup WITHOUT `parent` (on Windows an
 * owned window is hidden with its minimised owner), show it with `showInactive()`
 * (a keystroke meant for another app must never answer or decline), and keep it
 * always on top, skipped from the taskbar, visible on all workspaces.
 */

/** Everything the popup page needs; plain, serialisable, already cleaned for display. */
export interface PopupContent {
  callId: string;
  accountId: string;
  number: string;
  name?: string;
  line?: string;
  /** Ringing calls without a popup, shown as "+N more" on the popup farthest from the corner. */
  moreCount: number;
}

export interface PopupHandle {
  /** New content and/or bounds for a popup already open (stack moved, "+N more" changed). */
  update(content: PopupContent, bounds: Rect): void;
  close(): void;
}

/** Creates popup windows; see the class comment for the window options it must use. */
export interface PopupWindowFactory {
  /**
   * `onDismissed` must be called if the window closes by any means other than
   * `handle.close()` (the user pressed Escape or its close button): the call keeps
   * ringing in the main window, but its popup does not come back.
   */
  open(content: PopupContent, bounds: Rect, onDismissed: () => void): PopupHandle;
}

/** Where to place popups right now: the shell reads `screen` and `tray.getBounds()`. */
export interface PopupPlacementPort {
  current(): Pick<PopupLayoutInput, 'workArea' | 'displayBounds' | 'trayBounds'>;
}

export interface IncomingNotification {
  callId: string;
  title: string;
  /** Plain text. The Linux notifier must escape `<`, `>` and `&`: many notification servers read body markup. */
  body: string;
}

export interface NotificationHandle {
  close(): void;
}

/** Electron's `Notification`, for when the user turned popups off. */
export interface NotifierPort {
  show(notification: IncomingNotification, onClick: () => void): NotificationHandle;
}

export type PopupServiceCommand = { kind: 'show-window'; callId: string };

export interface PopupServiceDeps {
  windows: PopupWindowFactory;
  notifier: NotifierPort;
  /** Main's texts in the user's language (English when absent). */
  t?: MainTranslate;
  placement: PopupPlacementPort;
  platform: string;
  /** `XDG_CURRENT_DESKTOP`, for the Linux corner choice. */
  desktop?: string;
  onCommand: (command: PopupServiceCommand) => void;
}

interface OpenPopup {
  handle: PopupHandle;
  content: PopupContent;
  bounds: Rect;
}

export class PopupService {
  /** Ringing call ids in the order they started ringing (oldest first). */
  private order: string[] = [];
  private calls = new Map<string, CallSummary>();
  private popups = new Map<string, OpenPopup>();
  private notifications = new Map<string, NotificationHandle>();
  /** Ringing calls whose popup the user closed; they keep their place but get no window. */
  private dismissed = new Set<string>();

  constructor(private readonly deps: PopupServiceDeps) {}

  /** Brings popups or notifications in line with the phone report. Call on every report and settings change. */
  update(report: Pick<PhoneReport, 'calls'>, options: { incomingPopup: boolean }): void {
    const ringing = report.calls.filter(
      (call) => call.direction === 'incoming' && call.state === 'ringing',
    );
    const ids = new Set(ringing.map((call) => call.id));
    this.order = this.order.filter((id) => ids.has(id));
    for (const call of ringing) if (!this.order.includes(call.id)) this.order.push(call.id);
    this.calls = new Map(ringing.map((call) => [call.id, call]));
    for (const id of this.dismissed) if (!ids.has(id)) this.dismissed.delete(id);

    if (options.incomingPopup) {
      this.closeNotifications(() => true);
      this.syncPopups();
    } else {
      this.closePopups(() => true);
      this.syncNotifications();
    }
  }

  /**
   * Turns a popup button press into a call command, or null when that call no longer
   * rings (answered elsewhere a moment ago) or never had a popup: stale or forged
   * presses do nothing.
   */
  commandFor(callId: string, action: 'answer' | 'decline'): CallCommand | null {
    if (!this.popups.has(callId) || this.calls.get(callId)?.state !== 'ringing') return null;
    return { action, callId };
  }

  /** Call ids that currently have a popup window, newest first. */
  get openPopups(): string[] {
    return [...this.order].reverse().filter((id) => this.popups.has(id));
  }

  /** Closes every popup and notification (app quitting). */
  dispose(): void {
    this.closePopups(() => true);
    this.closeNotifications(() => true);
    this.order = [];
    this.calls.clear();
    this.dismissed.clear();
  }

  private syncPopups(): void {
    const layout = popupLayout({
      ...this.deps.placement.current(),
      platform: this.deps.platform,
      desktop: this.deps.desktop,
      count: this.order.length - this.dismissed.size,
    });
    const newestFirst = [...this.order].reverse().filter((id) => !this.dismissed.has(id));
    const visible = newestFirst.slice(0, layout.rects.length);
    this.closePopups((id) => !visible.includes(id));

    visible.forEach((id, index) => {
      const call = this.calls.get(id);
      const bounds = layout.rects[index];
      if (!call || !bounds) return;
      const content = popupContent(call, index === visible.length - 1 ? layout.hidden : 0);
      const open = this.popups.get(id);
      if (!open) {
        const handle = this.deps.windows.open(content, bounds, () => this.onDismissed(id));
        this.popups.set(id, { handle, content, bounds });
      } else if (
        !isDeepStrictEqual(open.content, content) ||
        !isDeepStrictEqual(open.bounds, bounds)
      ) {
        open.handle.update(content, bounds);
        this.popups.set(id, { handle: open.handle, content, bounds });
      }
    });
  }

  private onDismissed(id: string): void {
    if (!this.popups.delete(id)) return;
    this.dismissed.add(id);
    // Restack: the remaining popups close the gap, a hidden call may get the freed slot.
    this.syncPopups();
  }

  private syncNotifications(): void {
    this.closeNotifications((id) => !this.calls.has(id));
    for (const id of this.order) {
      const call = this.calls.get(id);
      if (!call || this.notifications.has(id)) continue;
      const content = popupContent(call, 0);
      const caller = content.name ? `${content.name} (${content.number})` : content.number;
      // With several lines the user must know which one rings.
      const t = this.deps.t ?? englishTexts;
      const body = content.line ? t('notify.onLine', { caller, line: content.line }) : caller;
      const handle = this.deps.notifier.show(
        { callId: id, title: t('notify.incoming'), body },
        () => this.deps.onCommand({ kind: 'show-window', callId: id }),
      );
      this.notifications.set(id, handle);
    }
  }

  private closePopups(which: (id: string) => boolean): void {
    for (const [id, open] of [...this.popups]) {
      if (!which(id)) continue;
      this.popups.delete(id);
      open.handle.close();
    }
  }

  private closeNotifications(which: (id: string) => boolean): void {
    for (const [id, handle] of [...this.notifications]) {
      if (!which(id)) continue;
      this.notifications.delete(id);
      handle.close();
    }
  }
}

function popupContent(call: CallSummary, moreCount: number): PopupContent {
  const content: PopupContent = {
    callId: call.id,
    accountId: call.accountId,
    number: cleanDisplayText(call.number, 64) || 'Unknown number',
    moreCount,
  };
  const name = call.name ? cleanDisplayText(call.name, 64) : '';
  if (name) content.name = name;
  const line = call.line ? cleanDisplayText(call.line, 64) : '';
  if (line) content.line = line;
  return content;
}
