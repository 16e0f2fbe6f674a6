/**
 * Where incoming-call popups go: stacked in one corner of a display's work area,
 * the newest nearest the corner, never outside the work area (so never under a
 * taskbar, dock or panel).
 *
 * Which corner:
 * - Tray bounds known (Windows, macOS: `tray.getBounds()`): the work-area corner
 *   nearest the tray icon, so the popup appears next to what the user associates
 *   with the app (bottom-right above a default Windows taskbar, top-right under the
 *   macOS menu bar, and it follows a taskbar moved to the top or left).
 * - Tray bounds unknown (Linux always reports zeros): the platform's usual
 *   notification corner. Windows bottom-right (toasts); macOS top-right
 *   (Notification Center); GNOME, Unity and Pantheon top-right (their panel and
 *   notifications are at the top); every other Linux desktop (KDE, Xfce, Cinnamon,
 *   MATE, LXQt) bottom-right, where their default panel and tray sit.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

export interface PopupLayoutInput {
  /** `display.workArea`: the display minus taskbar/dock/panels, in DIPs. */
  workArea: Rect;
  /** `display.bounds`: the whole display, used to tell which side the tray is on. */
  displayBounds: Rect;
  /** `tray.getBounds()`, or null/zero-sized when the platform cannot say. */
  trayBounds?: Rect | null;
  platform: string;
  /** `XDG_CURRENT_DESKTOP` on Linux, e.g. `ubuntu:GNOME` or `KDE`. */
  desktop?: string;
  /** How many calls are ringing. */
  count: number;
  size?: { width: number; height: number };
  /** Space between stacked popups. */
  gap?: number;
  /** Space between the stack and the work-area edge. */
  margin?: number;
  /** Most popups shown at once; the rest are summarised as "+N more". */
  max?: number;
}

export interface PopupLayout {
  corner: Corner;
  /** One rect per visible popup; index 0 is the newest call, nearest the corner. */
  rects: Rect[];
  /** Ringing calls without a popup of their own (shown as "+N more" on the farthest one). */
  hidden: number;
}

export const POPUP_SIZE = { width: 320, height: 110 } as const;
export const MAX_POPUPS = 4;

/** The platform's usual notification corner when the tray position is unknown. */
export function usualCorner(platform: string, desktop = ''): Corner {
  if (platform === 'darwin') return 'top-right';
  if (platform === 'linux' && /gnome|unity|pantheon/i.test(desktop)) return 'top-right';
  return 'bottom-right';
}

/** The corner of `displayBounds` nearest the tray icon's centre. */
export function trayCorner(trayBounds: Rect, displayBounds: Rect): Corner {
  const cx = trayBounds.x + trayBounds.width / 2;
  const cy = trayBounds.y + trayBounds.height / 2;
  const top = cy < displayBounds.y + displayBounds.height / 2;
  const left = cx < displayBounds.x + displayBounds.width / 2;
  return `${top ? 'top' : 'bottom'}-${left ? 'left' : 'right'}`;
}

/** Computes integer rects for `count` popups; pure and total (never throws, never overflows the work area). */
export function popupLayout(input: PopupLayoutInput): PopupLayout {
  const { workArea: area } = input;
  const gap = input.gap ?? 8;
  const margin = Math.max(
    0,
    Math.min(input.margin ?? 12, Math.floor(Math.min(area.width, area.height) / 4)),
  );
  const width = clampSize((input.size ?? POPUP_SIZE).width, area.width - 2 * margin);
  const height = clampSize((input.size ?? POPUP_SIZE).height, area.height - 2 * margin);
  const corner = pickCorner(input);

  const fit = Math.max(1, Math.floor((area.height - 2 * margin + gap) / (height + gap)));
  const count = Math.max(0, Math.floor(input.count));
  const visible = Math.min(count, Math.max(1, input.max ?? MAX_POPUPS), fit);

  const right = corner.endsWith('right');
  const bottom = corner.startsWith('bottom');
  const x = right ? area.x + area.width - margin - width : area.x + margin;
  const rects: Rect[] = [];
  for (let i = 0; i < visible; i += 1) {
    const offset = i * (height + gap);
    const y = bottom ? area.y + area.height - margin - height - offset : area.y + margin + offset;
    rects.push({ x: Math.round(x), y: Math.round(y), width, height });
  }
  return { corner, rects, hidden: count - visible };
}

function pickCorner(input: PopupLayoutInput): Corner {
  const tray = input.trayBounds;
  const known = tray && tray.width > 0 && tray.height > 0 && contains(input.displayBounds, tray);
  return known ? trayCorner(tray, input.displayBounds) : usualCorner(input.platform, input.desktop);
}

function contains(outer: Rect, inner: Rect): boolean {
  const cx = inner.x + inner.width / 2;
  const cy = inner.y + inner.height / 2;
  return (
    cx >= outer.x && cx < outer.x + outer.width && cy >= outer.y && cy < outer.y + outer.height
  );
}

/** Shrinks to the space available on tiny work areas, but never below 1px. */
function clampSize(wanted: number, available: number): number {
  return Math.max(1, Math.floor(Math.min(wanted, available)));
}
