import type { PopupView, Settings } from '../../../src-preload/contract';
import type { Rect } from './popup-layout';
import type { PopupContent, PopupWindowFactory } from './popup-service';

/** A popup window the shell opened (a BrowserWindow showing popup.html). */
export interface PopupWindowHandle {
  /** New content or place for the open window; the shell pushes `popup:changed`. */
  update(view: PopupView, bounds: Rect): void;
  /** Closes the window; the shell must not call `onDismissed` for this. */
  close(): void;
}

/** Opens popup windows; see PopupService's notes for the window options (no parent, showInactive…). */
export interface PopupWindowPort {
  /** `onDismissed`: the window closed by any other means (the user closed it). */
  open(view: PopupView, bounds: Rect, onDismissed: () => void): PopupWindowHandle;
}

interface Entry {
  content: PopupContent;
  bounds: Rect;
  handle: PopupWindowHandle;
  onDismissed: () => void;
}

/**
 * Sits between PopupService (which decides which calls get a popup, where) and the shell's
 * windows: adds what the page needs besides the call (language, theme), remembers each popup's
 * content so a popup page can ask for it (`popup:view`), and lets a popup's own "close" button
 * dismiss it exactly as closing the window would.
 */
export function createPopupBridge(deps: { windows: PopupWindowPort; settings: () => Settings }) {
  const entries = new Map<string, Entry>();

  const viewOf = (content: PopupContent): PopupView => {
    const { ui } = deps.settings();
    const view: PopupView = {
      callId: content.callId,
      number: content.number,
      moreCount: content.moreCount,
      language: ui.language,
      theme: ui.theme,
    };
    if (content.name) view.name = content.name;
    if (content.line) view.line = content.line;
    return view;
  };

  const factory: PopupWindowFactory = {
    open(content, bounds, onDismissed) {
      const id = content.callId;
      const dismissed = () => {
        entries.delete(id);
        onDismissed();
      };
      const handle = deps.windows.open(viewOf(content), bounds, dismissed);
      const entry: Entry = { content, bounds, handle, onDismissed: dismissed };
      entries.set(id, entry);
      return {
        update(next, nextBounds) {
          entry.content = next;
          entry.bounds = nextBounds;
          handle.update(viewOf(next), nextBounds);
        },
        close() {
          if (entries.get(id) === entry) entries.delete(id);
          handle.close();
        },
      };
    },
  };

  return {
    factory,
    view(callId: string): PopupView | null {
      const entry = entries.get(callId);
      return entry ? viewOf(entry.content) : null;
    },
    /** The popup's own close button or Escape: close it; the call rings on in the main window. */
    dismiss(callId: string): void {
      const entry = entries.get(callId);
      if (!entry) return;
      entry.handle.close();
      entry.onDismissed();
    },
    /** Language or theme changed: every open popup gets its view again. */
    refresh(): void {
      for (const entry of entries.values())
        entry.handle.update(viewOf(entry.content), entry.bounds);
    },
  };
}
