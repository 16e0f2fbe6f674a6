import type { HistoryEntry } from '../../../src-preload/contract';
import { cleanDisplayText } from '../links/link-text';
import type { NotificationHandle, NotifierPort } from '../popup/popup-service';

/**
 * A notification for each call missed while the user was away, the way a phone shows one: the
 * tray's count says how many, this says who. A click shows the window; they all close once the
 * user has seen the history (history:markSeen) or cleared it.
 */
export function createMissedCallNotices(deps: { notifier: NotifierPort; showWindow(): void }) {
  const open = new Map<string, NotificationHandle>();
  const closeAll = () => {
    for (const handle of open.values()) handle.close();
    open.clear();
  };
  return {
    added(entry: HistoryEntry): void {
      if (entry.direction !== 'incoming' || entry.outcome !== 'missed') return;
      const number = cleanDisplayText(entry.number, 64) || 'Unknown number';
      const name = entry.name ? cleanDisplayText(entry.name, 64) : '';
      const caller = name ? `${name} (${number})` : number;
      const line = entry.line ? cleanDisplayText(entry.line, 64) : '';
      // English, like the incoming-call notification: main has no i18n yet.
      const body = line ? `${caller} · on line ${line}` : caller;
      const handle = deps.notifier.show({ callId: entry.id, title: 'Missed call', body }, () => {
        open.delete(entry.id);
        deps.showWindow();
      });
      open.set(entry.id, handle);
    },
    seen: closeAll,
  };
}
