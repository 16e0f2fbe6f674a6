/**
 * The history-100k bench's probe (tests/bench/history-100k.ts), installed in the product's page
 * before its own script. It stamps, inside the page, a click on the History tab → the list
 * drawn, and an edit of the Search calls field → the list redrawn with the answer, the view's
 * debounce taken off (the figure is the work the product does). "Drawn" is the end of the task
 * after the list's DOM changed, with a forced layout, as in tests/bench/probes.ts. It also
 * offers `__seedHistory`, which writes calls straight into the browser build's IndexedDB.
 */
import type { HistoryEntry } from '../../../src-preload/contract';
import type { HistoryProbe } from '../history-probe-record';

declare global {
  interface Window {
    __history: HistoryProbe;
    __seedHistory(calls: HistoryEntry[]): Promise<void>;
  }
}

/** HistoryView waits this long after the last key before it asks (its debounce). */
const DEBOUNCE_MS = 150;

const probe: HistoryProbe = { samples: { open: [], search: [] } };
window.__history = probe;

/** What the list shows, enough to tell one answer from the next. */
function signature(): string {
  const list = document.querySelector('ul[aria-label="Call history"]');
  if (!list) return document.querySelector('section.history') ? 'empty' : 'none';
  const first = list.firstElementChild?.textContent ?? '';
  const last = list.lastElementChild?.textContent ?? '';
  return `${list.children.length}|${first}|${last}`;
}

let pending: { key: 'open' | 'search'; start: number; before: string } | undefined;

window.addEventListener(
  'click',
  (event) => {
    const button = (event.target as Element | null)?.closest('nav button');
    if (button?.textContent?.trim().startsWith('History'))
      pending = { key: 'open', start: event.timeStamp, before: 'none' };
  },
  true,
);
window.addEventListener(
  'input',
  (event) => {
    if ((event.target as Element | null)?.id !== 'history-search') return;
    pending = { key: 'search', start: event.timeStamp + DEBOUNCE_MS, before: signature() };
  },
  true,
);
new MutationObserver(() => {
  const current = pending;
  if (!current) return;
  const now = signature();
  if (now === current.before || (current.key === 'open' && now === 'empty')) return;
  pending = undefined;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    void document.body.offsetHeight;
    probe.samples[current.key].push(performance.now() - current.start);
  };
  channel.port2.postMessage(0);
}).observe(document, { childList: true, subtree: true, characterData: true });

/** As src-renderer/bridge/web/history-db.ts stores them: the calls, and the unseen missed ids. */
window.__seedHistory = (calls) =>
  new Promise<void>((resolve, reject) => {
    // No version: the app has opened (and upgraded) the database by now.
    const request = indexedDB.open('softphone-history');
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['calls', 'unseenMissed'], 'readwrite');
      const store = tx.objectStore('calls');
      const unseen = tx.objectStore('unseenMissed');
      for (const call of calls) {
        store.put(call);
        if (call.outcome === 'missed' && call.seen === false) unseen.put(call.id, call.id);
      }
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    };
  });
