import type { HistoryEntry, PhoneReport } from '../../../src-preload/contract';

/** One shown notification. */
export interface ShownNotification {
  close(): void;
}

/** The Notification API, behind a seam (tests hand a fake; the page uses `window.Notification`). */
export interface NotificationPort {
  /** `granted` only once the user allowed it (Settings' "Show notifications"). */
  permission(): NotificationPermission | 'unsupported';
  show(
    title: string,
    options: { body: string; tag: string; requireInteraction: boolean },
    onClick: () => void,
  ): ShownNotification;
}

/** The words, in the user's language (the bridge passes vue-i18n's). */
export interface NotifierTexts {
  incoming(caller: string, line?: string): { title: string; body: string };
  missed(caller: string, line?: string): { title: string; body: string };
}

const callerOf = (call: { number: string; name?: string }) =>
  call.name ? `${call.name} (${call.number})` : call.number;

/**
 * The browser's incoming- and missed-call notifications, fed by the same phone report and history
 * that feed main's popups and tray. An incoming call's notification closes when it stops ringing
 * (answered here or elsewhere, declined, cancelled); missed calls' close once the user has seen
 * them. A click focuses the tab, where the ringing call is in front (App.vue).
 *
 * No Answer button: Chromium draws `actions` only for a service worker's notifications, and a
 * worker (its own build entry, a `worker-src`, a message path back into the page) is a lot of
 * moving parts under the strict CSP for a button that is one click away in the focused tab.
 */
export function createCallNotifier(deps: {
  port: NotificationPort;
  texts: NotifierTexts;
  focus(): void;
}) {
  const { port, texts, focus } = deps;
  const ringing = new Map<string, ShownNotification>();
  const missed = new Map<string, ShownNotification>();
  const allowed = () => port.permission() === 'granted';

  function show(
    open: Map<string, ShownNotification>,
    id: string,
    text: { title: string; body: string },
    sticky: boolean,
  ) {
    const shown = port.show(
      text.title,
      { body: text.body, tag: id, requireInteraction: sticky },
      () => {
        focus();
        shown.close();
        open.delete(id);
      },
    );
    open.set(id, shown);
  }

  return {
    /** Brings the incoming-call notifications in line with the page's calls. */
    report(report: PhoneReport): void {
      const now = new Map(
        report.calls
          .filter((call) => call.direction === 'incoming' && call.state === 'ringing')
          .map((call) => [call.id, call]),
      );
      for (const [id, shown] of [...ringing]) {
        if (now.has(id)) continue;
        ringing.delete(id);
        shown.close();
      }
      if (!allowed()) return;
      for (const [id, call] of now) {
        if (!ringing.has(id)) show(ringing, id, texts.incoming(callerOf(call), call.line), true);
      }
    },

    /** A call went into the history: a missed one is worth a notification. */
    added(entry: HistoryEntry): void {
      if (entry.direction !== 'incoming' || entry.outcome !== 'missed' || !allowed()) return;
      show(missed, `missed-${entry.id}`, texts.missed(callerOf(entry), entry.line), false);
    },

    /** The user looked at the history: its missed calls need no notification any more. */
    seen(): void {
      for (const shown of missed.values()) shown.close();
      missed.clear();
    },
  };
}

/** The page's `Notification`, or a port that never shows anything where there is none. */
export function browserNotifications(window: Window): NotificationPort {
  const Api = (window as { Notification?: typeof Notification }).Notification;
  if (!Api) return { permission: () => 'unsupported', show: () => ({ close() {} }) };
  return {
    permission: () => Api.permission,
    show(title, options, onClick) {
      const notification = new Api(title, options);
      notification.onclick = onClick;
      return notification;
    },
  };
}
