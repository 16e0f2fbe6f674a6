import { isDeepStrictEqual } from 'node:util';
import {
  trayModel,
  type MenuItemModel,
  type TrayCommand,
  type TrayIconState,
  type TrayModel,
  type TrayModelOptions,
  type TrayState,
} from './tray-model';

/**
 * Keeps the system tray in step with the phone, touching Electron only when
 * something visible changed.
 *
 * Why diff at all: the page reports its phone on every call-state change,
 * and rebuilding the context menu while it is open closes it under the user's
 * pointer on Linux (libappindicator replaces the whole menu) and flickers on
 * Windows. So the menu is rebuilt only when its model differs, and icon,
 * tooltip and badge are each set only when they change.
 */

/** The slice of Electron's `Tray` this service uses; the shell maps `icon` to an image file. */
export interface TrayPort<TMenu> {
  setImage(icon: TrayIconState): void;
  setToolTip(text: string): void;
  /** On Linux the menu must be set again after any change, which is exactly what we do. */
  setContextMenu(menu: TMenu): void;
}

/** Builds a native menu from the plain model; `onCommand` is what each item's click calls. */
export interface MenuBuilderPort<TMenu> {
  build(items: readonly MenuItemModel[], onCommand: (command: TrayCommand) => void): TMenu;
}

/** `app.setBadgeCount` (macOS dock, Unity launchers); optional because Windows has no count badge. */
export interface BadgePort {
  setBadgeCount(count: number): void;
}

export interface TrayServiceDeps<TMenu> {
  tray: TrayPort<TMenu>;
  menuBuilder: MenuBuilderPort<TMenu>;
  onCommand: (command: TrayCommand) => void;
  badge?: BadgePort;
}

export class TrayService<TMenu> {
  private current: TrayModel | null = null;

  constructor(private readonly deps: TrayServiceDeps<TMenu>) {}

  /** Applies the model for this state, changing only what differs from the last one. Returns the model. */
  update(state: TrayState, options: TrayModelOptions): TrayModel {
    const next = trayModel(state, options);
    const previous = this.current;
    if (previous?.icon !== next.icon) this.deps.tray.setImage(next.icon);
    if (previous?.tooltip !== next.tooltip) this.deps.tray.setToolTip(next.tooltip);
    if (previous?.badgeCount !== next.badgeCount) this.deps.badge?.setBadgeCount(next.badgeCount);
    if (!previous || !isDeepStrictEqual(previous.menu, next.menu)) {
      this.deps.tray.setContextMenu(this.deps.menuBuilder.build(next.menu, this.deps.onCommand));
    }
    this.current = next;
    return next;
  }

  /** The model last applied, for the shell (e.g. to decide what a left click does). */
  get model(): TrayModel | null {
    return this.current;
  }
}
