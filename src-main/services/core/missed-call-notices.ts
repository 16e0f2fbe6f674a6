import type { HistoryEntry } from '../../../src-preload/contract';
import { englishTexts, type MainTranslate } from '../i18n/translator';
import { cleanDisplayText } from '../links/link-text';
import type { NotificationHandle, NotifierPort } from '../popup/popup-service';

/**
 * A notification for each call missed while the user was away, the way a phone shows one: the
 * tray's count says how many, this says who. A click shows the window; they all close once the
 * user has seen the history (history:markSeen) or cleared it.
 */
export function createMissedCallNotices(deps: {
  notifier: NotifierPort;
  showWindow(): void;
  /** Main's texts in the user's language (English when absent). */
  t?: MainTranslate;
}) {
  const t = deps.t ?? englishTexts;
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
      const body = line ? t('notify.onLine', { caller, line }) : caller;
      const title = t('notify.missed');
      const handle = deps.notifier.show({ callId: entry.id, title, body }, () => {
        open.delete(entry.id);
        deps.showWindow();
      });
      open.set(entry.id, handle);
    },
    seen: closeAll,
  };
}
