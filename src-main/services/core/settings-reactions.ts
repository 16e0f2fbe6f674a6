import type { Settings } from '../../../src-preload/contract';
import type { HotkeySettings } from '../hotkeys/hotkey-service';

/** Where the update feed comes from: the user's own setting, else the provisioning profile's. */
export function updateFeedOf(settings: Settings): string | undefined {
  return settings.updates.feedUrl ?? settings.provisioning?.updateFeedUrl;
}

export interface SettingsReactionDeps {
  settings: { get(): Settings; subscribe(listener: (next: Settings) => void): () => void };
  /** `settings:changed` to the page. */
  push(settings: Settings): void;
  hotkeys: { apply(hotkeys: HotkeySettings): unknown };
  startAtLogin: { apply(enabled: boolean): Promise<void> };
  updates?: { configure(feedUrl: string | undefined): void };
  /** Language or theme changed: open popups get their view again. */
  refreshPopupViews(): void;
  /** The tray and popups look at settings again (do-not-disturb, popups on or off). */
  refreshPhone(): void;
}

/**
 * What a settings change means outside the settings store: the page hears of it, the hotkeys are
 * registered again, start at login follows its switch, the update feed follows its URL, popups
 * follow the language and theme, and the tray shows do-not-disturb at once. Returns the
 * unsubscribe function.
 */
export function watchSettings(deps: SettingsReactionDeps): () => void {
  let previous = deps.settings.get();
  return deps.settings.subscribe((next) => {
    const before = previous;
    previous = next;
    deps.push(next);
    deps.hotkeys.apply(next.desktop.hotkeys);
    if (next.desktop.startAtLogin !== before.desktop.startAtLogin)
      void deps.startAtLogin.apply(next.desktop.startAtLogin);
    deps.updates?.configure(updateFeedOf(next));
    if (next.ui.language !== before.ui.language || next.ui.theme !== before.ui.theme)
      deps.refreshPopupViews();
    deps.refreshPhone();
  });
}
