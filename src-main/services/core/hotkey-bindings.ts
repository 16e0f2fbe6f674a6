import { isDeepStrictEqual } from 'node:util';
import type { Platform } from '../hotkeys/accelerator';
import {
  HotkeyService,
  type GlobalShortcutPort,
  type HotkeyName,
  type HotkeyReport,
  type HotkeySettings,
} from '../hotkeys/hotkey-service';
import type { Logger } from '../logging/logger';

export interface HotkeyBindingsDeps {
  shortcuts: GlobalShortcutPort;
  platform: Platform;
  onHotkey(name: HotkeyName): void;
  /** The report changed (a combination was registered again, or another app holds it). */
  onReport(report: HotkeyReport): void;
  log: Pick<Logger, 'warn'>;
}

/**
 * The global hotkeys as the settings ask for them: registered at start, registered again only
 * when the hotkey settings really changed (every settings change arrives here), with what could
 * not be registered logged and reported.
 */
export function createHotkeyBindings(initial: HotkeySettings, deps: HotkeyBindingsDeps) {
  const service = new HotkeyService({
    shortcuts: deps.shortcuts,
    onHotkey: (name) => deps.onHotkey(name),
    platform: deps.platform,
  });
  let applied = initial;
  let report = register(initial);

  function register(hotkeys: HotkeySettings): HotkeyReport {
    const next = service.apply(hotkeys);
    for (const [name, entry] of Object.entries(next)) {
      if (entry.status === 'in-use' || entry.status === 'invalid' || entry.status === 'unavailable')
        deps.log.warn('hotkey not registered', { name, message: entry.message });
    }
    return next;
  }

  return {
    get report(): HotkeyReport {
      return report;
    },
    /** Registers `hotkeys` if they differ from the ones in place; returns whether they did. */
    apply(hotkeys: HotkeySettings): boolean {
      if (isDeepStrictEqual(hotkeys, applied)) return false;
      applied = hotkeys;
      report = register(hotkeys);
      deps.onReport(report);
      return true;
    },
    dispose: () => service.dispose(),
  };
}

export type HotkeyBindings = ReturnType<typeof createHotkeyBindings>;
