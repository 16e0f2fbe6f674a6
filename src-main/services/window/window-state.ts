import * as v from 'valibot';
import type { Logger } from '../logging/logger';
import type { Rect } from '../popup/popup-layout';

/**
 * Remembers the main window's position and size between runs, and puts it back only where the
 * user can see and grab it: a monitor may have been unplugged, or the resolution lowered, since.
 */

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** Where the state is kept: a small JSON file in the app's data folder in the shell. */
export interface WindowStateStorePort {
  /** The stored value, or undefined when there is none. May throw (unreadable file). */
  read(): unknown;
  write(state: WindowState): void;
  remove(): void;
}

const StoredSchema = v.object({
  bounds: v.object({
    x: v.pipe(v.number(), v.finite()),
    y: v.pipe(v.number(), v.finite()),
    width: v.pipe(v.number(), v.finite(), v.minValue(1)),
    height: v.pipe(v.number(), v.finite(), v.minValue(1)),
  }),
  maximized: v.optional(v.boolean(), false),
});

/** The window's minimum size (main-window.ts), so a restored window is never smaller. */
export const MIN_SIZE = { width: 360, height: 520 } as const;
/** How much of the title bar must be on a display for the user to grab it. */
const GRAB = 48;

/**
 * `saved` moved and shrunk as little as needed to fit the work area it overlaps most (or the first
 * one, when it overlaps none): never larger than that area, never smaller than the minimum size
 * unless the area itself is smaller, and with the title bar reachable. Pure; integers out.
 */
export function clampToDisplays(saved: Rect, workAreas: readonly Rect[]): Rect | undefined {
  const area = bestArea(saved, workAreas);
  if (!area) return undefined;
  const width = Math.round(Math.min(Math.max(saved.width, MIN_SIZE.width), area.width));
  const height = Math.round(Math.min(Math.max(saved.height, MIN_SIZE.height), area.height));
  const visible = overlap(saved, area);
  // Mostly on this display and the title bar reachable: keep the position exactly.
  const titleBarOk =
    saved.y >= area.y &&
    saved.y + GRAB <= area.y + area.height &&
    saved.x + saved.width - GRAB >= area.x &&
    saved.x + GRAB <= area.x + area.width;
  if (
    titleBarOk &&
    visible >= (saved.width * saved.height) / 2 &&
    width === saved.width &&
    height === saved.height
  ) {
    return { x: Math.round(saved.x), y: Math.round(saved.y), width, height };
  }
  const x = Math.round(Math.min(Math.max(saved.x, area.x), area.x + area.width - width));
  const y = Math.round(Math.min(Math.max(saved.y, area.y), area.y + area.height - height));
  return { x, y, width, height };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function bestArea(saved: Rect, areas: readonly Rect[]): Rect | undefined {
  let best: Rect | undefined;
  let bestOverlap = -1;
  for (const area of areas) {
    if (area.width <= 0 || area.height <= 0) continue;
    const amount = overlap(saved, area);
    if (amount > bestOverlap) {
      best = area;
      bestOverlap = amount;
    }
  }
  return best;
}

export interface WindowStateServiceDeps {
  store: WindowStateStorePort;
  /** `screen.getAllDisplays().map((d) => d.workArea)`, read when needed (displays change). */
  workAreas(): Rect[];
  log: Pick<Logger, 'warn'>;
}

export class WindowStateService {
  constructor(private readonly deps: WindowStateServiceDeps) {}

  /** The state to open the window with, fitted to today's displays; undefined for the default place. */
  restore(): WindowState | undefined {
    let raw: unknown;
    try {
      raw = this.deps.store.read();
    } catch (error) {
      this.deps.log.warn('could not read the window position', { error });
      return undefined;
    }
    if (raw === undefined) return undefined;
    const parsed = v.safeParse(StoredSchema, raw);
    if (!parsed.success) return undefined;
    const bounds = clampToDisplays(parsed.output.bounds, this.deps.workAreas());
    return bounds ? { bounds, maximized: parsed.output.maximized } : undefined;
  }

  /** Remembers the window's normal (not maximised) bounds and whether it is maximised. Never throws. */
  save(state: WindowState): void {
    const parsed = v.safeParse(StoredSchema, state);
    if (!parsed.success) return;
    try {
      this.deps.store.write({
        bounds: {
          x: Math.round(state.bounds.x),
          y: Math.round(state.bounds.y),
          width: Math.round(state.bounds.width),
          height: Math.round(state.bounds.height),
        },
        maximized: state.maximized,
      });
    } catch (error) {
      this.deps.log.warn('could not save the window position', { error });
    }
  }

  /** Forgets the position ("reset app data"). */
  clear(): void {
    try {
      this.deps.store.remove();
    } catch (error) {
      this.deps.log.warn('could not forget the window position', { error });
    }
  }
}
